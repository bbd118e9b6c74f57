// Editorial text: editors' Markdown descriptions and "How to use" tips per code, with revision history, and drafts
// waiting for an editor's review.
export { type DiffLine, lineDiff } from './diff.js';
export {
  codesWithText,
  type Draft,
  discardDraft,
  draftsFor,
  publishDraft,
  type SaveDraftInput,
  saveDraft,
  waitingDrafts,
} from './drafts.js';
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
