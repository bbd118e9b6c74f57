// The diagnosis rules of Claim Check: ICD-10-CM tabular conventions (Excludes1, code first, use additional code),
// the Medicare Code Editor's diagnosis edits (age, sex, manifestation and unacceptable principal diagnosis), and the
// clinical laboratory NCDs' diagnosis coverage. Each rule is pure over the catalog; see each file for its spec,
// version and the subset it implements.
import type { Rule } from '../types.js';
import { codeFirstRule } from './code-first.js';
import { excludes1Rule } from './excludes1.js';
import { labNcdRule } from './lab-ncd.js';
import { mceAgeRule } from './mce-age.js';
import { mceManifestationPrincipalRule } from './mce-manifestation-principal.js';
import { mceSexRule } from './mce-sex.js';
import { mceUnacceptablePrincipalRule } from './mce-unacceptable-principal.js';
import { useAdditionalRule } from './use-additional.js';

export { type CodeRef, parseCodeRefs, refMatches } from './code-refs.js';
export { type DxNotes, dxNotes, type NoteBlock } from './tabular-notes.js';
export {
  codeFirstRule,
  excludes1Rule,
  labNcdRule,
  mceAgeRule,
  mceManifestationPrincipalRule,
  mceSexRule,
  mceUnacceptablePrincipalRule,
  useAdditionalRule,
};

export const DIAGNOSIS_RULES: Rule[] = [
  excludes1Rule,
  codeFirstRule,
  useAdditionalRule,
  mceSexRule,
  mceAgeRule,
  mceManifestationPrincipalRule,
  mceUnacceptablePrincipalRule,
  labNcdRule,
];
