// Uploaded files (résumés, logos): stored under CODEDESK_DATA_DIR/uploads with random names, checked by content
// (never by name), recorded in the uploads table. Who may read a file is decided by the caller.
export { type CheckedContent, checkUploadContent } from './content-checks/check-content.js';
export { sanitizeFileName } from './file-name.js';
export {
  DOCX_LIMITS,
  FILE_NAME_MAX_CHARS,
  isUploadKind,
  MAX_IMAGE_SIDE,
  UPLOAD_FORMATS,
  UPLOAD_KINDS,
  type UploadFormat,
  type UploadKind,
} from './upload-kinds.js';
export {
  deleteUpload,
  findUpload,
  type NewUpload,
  openUpload,
  saveUpload,
  sweepUploads,
  type UploadRecord,
  type UploadStore,
  uploadsDir,
} from './upload-store.js';
