// Editorial text: editors' Markdown descriptions and "How to use" tips per code, with revision history.
export { type DiffLine, lineDiff } from './diff.js';
export { MAX_EDITORIAL_LENGTH, renderMarkdown, sanitizeEditorialHtml } from './markdown.js';
export {
  type ChangeSummary,
  type Clock,
  type CurrentTexts,
  currentTexts,
  EDITORIAL_FIELDS,
  type EditedCode,
  type EditorialField,
  editedCodes,
  type HistoryEntry,
  isEditorialField,
  normalizeBody,
  type Revision,
  revertTo,
  revisionHistory,
  type SaveRevisionInput,
  saveRevision,
} from './revisions.js';
