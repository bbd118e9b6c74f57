// Public surface of the Medicare NCCI readers: add-on code edits (AOC xlsx), medically unlikely edits (MUE csv/xlsx),
// procedure-to-procedure edits (PTP txt/xlsx) and the NCCI PTP-associated modifiers. Pure functions from a file's
// content (and its name, for issue messages) to records; reading files and building the catalog happen elsewhere.
export { ADD_ON_EDIT_TYPE_MEANINGS, parseAddOnCodeEdits } from './aoc-xlsx.js';
export { julianToIso, yyyymmddToIso } from './dates.js';
export { addOnEditInForce, ptpEditInForce } from './edit-rules.js';
export {
  isNcciPtpAssociatedModifier,
  NCCI_MODIFIER_LIST_SOURCE,
  NCCI_PTP_ASSOCIATED_MODIFIERS,
  NOT_NCCI_PTP_ASSOCIATED_MODIFIERS,
  ncciModifier,
} from './modifiers.js';
export { MUE_ADJUDICATION_MEANINGS, mueServiceTypeFromName, parseMueCsv, parseMueXlsx } from './mue.js';
export { PTP_MODIFIER_MEANINGS, parsePtpText, parsePtpXlsx, ptpSettingFromName } from './ptp.js';
export * from './types.js';
