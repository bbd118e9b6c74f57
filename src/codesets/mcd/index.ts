// Public surface of the Medicare Coverage Database parsers: the CMS clinical laboratory NCD ICD-10 coding
// spreadsheet (and its Section 508 twin), xlsx bytes in, one record per ICD-10-CM row plus the NCD lists.
export { parseLabNcdSpreadsheet } from './lab-ncd-xlsx.js';
export * from './types.js';
