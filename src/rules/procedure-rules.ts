// The claim edits of Claim Check other than the diagnosis-coding rules (./diagnosis): code validity on the date
// of service (diagnoses and line codes), stale releases, NCCI PTP, MUE and add-on edits, modifiers, pointers,
// units and duplicate lines. One rule per file; each file names the spec it implements.
import { addOnRule } from './add-on.js';
import { diagnosisCodeValidity } from './diagnosis-code-validity.js';
import { duplicateLines } from './duplicate-lines.js';
import { lineCodeValidity } from './line-code-validity.js';
import { modifierMismatch } from './modifier-mismatch.js';
import { modifierUnknown } from './modifier-unknown.js';
import { mueRule } from './mue.js';
import { pointerRule } from './pointers.js';
import { ptpRule } from './ptp.js';
import { releaseStale } from './release-stale.js';
import type { Rule } from './types.js';
import { unitsRule } from './units.js';

export {
  addOnRule,
  diagnosisCodeValidity,
  duplicateLines,
  lineCodeValidity,
  modifierMismatch,
  modifierUnknown,
  mueRule,
  pointerRule,
  ptpRule,
  releaseStale,
  unitsRule,
};

export const PROCEDURE_RULES: Rule[] = [
  diagnosisCodeValidity,
  lineCodeValidity,
  releaseStale,
  ptpRule,
  mueRule,
  addOnRule,
  modifierUnknown,
  modifierMismatch,
  pointerRule,
  unitsRule,
  duplicateLines,
];
