// Public surface of the CPT readers. CodeDesk ships no CPT descriptor text (AMA copyright): code numbers come from
// CMS's public fee schedule file, descriptors only from an operator's licensed file in CodeDesk's TSV format.
export { isCptCode } from './code-format.js';
export { type CsvLine, splitCsvLine } from './csv.js';
export { CPT_LICENSED_HEADER, parseCptLicensedTsv } from './licensed-tsv.js';
export { parsePfsCodeNumbers } from './pfs-codes.js';
export * from './types.js';
