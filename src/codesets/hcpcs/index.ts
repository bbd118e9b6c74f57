// Public surface of the HCPCS Level II parsers (CMS ANWEB file, contractor record layout 2019-2026): pure
// functions from a file's content (and its name, for issue messages) to records. Reading files, picking
// releases and building the catalog happen elsewhere.
export { ANWEB_FIELDS, type AnwebField } from './anweb-layout.js';
export { parseHcpcsAnweb } from './anweb-txt.js';
export { parseHcpcsAnwebXlsx } from './anweb-xlsx.js';
export { type ProcessingNote, parseHcpcsProcNotes } from './proc-notes.js';
export {
  type HcpcsRecordLayout,
  type LayoutField,
  type LayoutTable,
  type LayoutValue,
  parseHcpcsRecordLayout,
} from './record-layout.js';
export * from './types.js';
