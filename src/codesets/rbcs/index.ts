// Public surface of the RBCS reader: CMS's Restructured BETOS Classification System CSV, text in, the latest
// assignment of each code out (records + issues).
export { isRbcsHeader, parseRbcsCsv } from './rbcs-csv.js';
export * from './types.js';
