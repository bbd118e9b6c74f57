// Public surface of the Medicare Physician Fee Schedule readers (national relative value file, GPCIs, anesthesia
// conversion factors, locality-county crosswalk): pure functions from a file's content (and its name, for issue
// messages) to records, plus the fee schedule amount of one row in one locality and the indicator meanings.
// Reading files, picking releases and building the catalog happen elsewhere.
export { parseAnesthesiaCf, parseAnesthesiaCfTxt } from './anes-csv.js';
export { parseGpci } from './gpci-csv.js';
export { parseCountyList, parseLocalityCounties } from './locco-csv.js';
// computePayment, PAYABLE_STATUSES and the indicator meanings (payment.ts re-exports those from indicators.ts).
export * from './payment.js';
export { parsePfsRvu } from './rvu-csv.js';
export * from './types.js';
