// Public surface of the ICD-10-PCS parsers: the CMS Code Tables, Definitions and Index XML and the
// order file. All are pure functions of the file's text (plus a file name for issue messages).

export { pcsLongTitle } from './code-title.js';
export { PCS_DEFINITIONS_ROOT, parsePcsDefinitions } from './definitions-xml.js';
export { flattenPcsIndexPaths, PCS_INDEX_ROOT, type PcsIndexReference, parsePcsIndex } from './index-xml.js';
export { parsePcsOrder } from './order-file.js';
export { buildPcsTitleIndex, expandPcsTables, type PcsTitleIndex } from './tables-expand.js';
export { PCS_TABLES_ROOT, parsePcsTables } from './tables-xml.js';
export type * from './types.js';
