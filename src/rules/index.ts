// Public surface of Claim Check: the claim types, normalization, the rule lists and checkClaim. The web and CLI
// adapters call checkClaim; the assistant may run single rules.
export { checkClaim, compareFindings, summarize } from './check-claim.js';
export { MAX_CLAIM_LINES, MAX_DIAGNOSES, MAX_MODIFIERS, normalizeClaim } from './claim.js';
export { type CodeRef, DIAGNOSIS_RULES, parseCodeRefs, refMatches } from './diagnosis/index.js';
export {
  type LabNcdCoverage,
  type LabNcdCoverageQuery,
  type LabNcdCoverageResult,
  labNcdCoverage,
} from './diagnosis/lab-ncd-coverage.js';
export {
  addOnRule,
  diagnosisCodeValidity,
  duplicateLines,
  lineCodeValidity,
  modifierMismatch,
  modifierUnknown,
  mueRule,
  PROCEDURE_RULES,
  pointerRule,
  ptpRule,
  releaseStale,
  unitsRule,
} from './procedure-rules.js';
export type {
  Citation,
  Claim,
  ClaimCheckResult,
  ClaimInput,
  ClaimLine,
  ClaimLineInput,
  Finding,
  Rule,
  RuleContext,
  RuleId,
  Severity,
} from './types.js';
