export { rememberBounded } from './bounded-cache.js';
export { AppError, type ErrorCode, errorCatalogue, isAppError } from './errors.js';
export type { Parsed, ParseIssue } from './parse-types.js';
export { decodeText, dotIcd10cm, splitLines } from './text.js';
export {
  checkText,
  displayableText,
  type ForbiddenCharacter,
  findForbiddenCharacter,
  type TextRules,
} from './text-input.js';
export { cellText } from './xlsx-cell-text.js';
