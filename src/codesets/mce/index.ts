// Public surface of the Medicare Code Editor parsers: CMS "Definitions of Medicare Code Edits" text (official, v43.1)
// and a third-party tab-separated transcription of the v37 code lists (not official), both into MceDefinitions.
export { decodeCp1252, repairCp1252 } from './cp1252.js';
export { parseMceDefinitions } from './definitions-text.js';
export { MCE_EDIT_NAMES, parseMceSimpleEdits } from './simple-edits-tsv.js';
export * from './types.js';
