// Public surface of the ICD-10-CM parsers: pure functions from a file's text (and its name, for issue
// messages) to records. Reading files, picking releases and building the catalog happen elsewhere.

export { type AddendaAction, type AddendaChange, parseAddenda } from './addenda-file.js';
export { isCmCode, isIndexCode, normalizeCmCode } from './code-format.js';
export { type CmCodesFileRecord, parseCmCodesFile } from './codes-file.js';
export { type CmConversionEntry, parseCmConversionTable } from './conversion-table.js';
export { flattenIndexPaths, type IndexPath, termLabel } from './index-paths.js';
export { parseCmIndex } from './index-xml.js';
export { parseCmOrder } from './order-file.js';
export { padWithPlaceholder } from './seven-character.js';
export { parseCmTabular } from './tabular-xml.js';
export * from './types.js';
export { compareWithOrder, type OrderComparison } from './verify.js';
