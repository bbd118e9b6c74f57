// Public surface of the Medicare NCCI readers: add-on code edits (AOC xlsx), medically unlikely edits (MUE csv/xlsx),
// procedure-to-procedure edits (PTP txt/xlsx) and the NCCI PTP-associated modifiers. Pure functions from a file's
// content (and its name, for issue messages) to records; reading files and building the catalog happen elsewhere.
export { ADD_ON_EDIT_TYPE_MEANINGS, parseAddOnCodeEdits } from './aoc-xlsx.js';
export { julianToIso, yyyymmddToIso } from './dates.js';
// when an edit applies and the PTP-associated modifiers: all of the second surface, which needs no parser
export * from './edit-rules.js';
export { MUE_ADJUDICATION_MEANINGS, mueServiceTypeFromName, parseMueCsv, parseMueXlsx } from './mue.js';
export { PTP_MODIFIER_MEANINGS, parsePtpText, parsePtpXlsx, ptpSettingFromName } from './ptp.js';
export * from './types.js';
