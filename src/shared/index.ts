export { AppError, errorCatalogue, isAppError, type ErrorCode } from './errors.js';
export type { ParseIssue, Parsed } from './parse-types.js';
export { decodeText, dotIcd10cm, splitLines } from './text.js';
