// Public surface of the General Equivalence Mappings parser (CMS/CDC 2018 diagnosis GEMs, 2016 procedure GEMs):
// pure functions from a GEM file's text (and its name) to rows, and helpers that collate one source code's rows
// into the guide's entry types. Reading files and building the catalog happen elsewhere.
export { dotIcd9cm, dotIcd9Procedure, formatGemCode, hasGemCodeShape, isNoMapPlaceholder } from './code-format.js';
export { type ParsedGem, parseGem } from './gem-file.js';
export { combinationClusters, groupBySource, groupMappings } from './mapping-groups.js';
export * from './types.js';
