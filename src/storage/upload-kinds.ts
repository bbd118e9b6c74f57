// What may be uploaded: each kind's formats (recognised by content, never by the file's name or the type the
// sender declared) and its size limit. The one place these limits are set: the web's upload body limits
// (web/body-limits.ts) are made from them, and the content checks read their bounds from here.

const KB = 1024;
const MB = 1024 * KB;

export type UploadFormat = 'pdf' | 'docx' | 'png' | 'jpeg';

export interface UploadFormatInfo {
  /** the Content-Type the file is served with: the checked format's, never the sender's */
  contentType: string;
  /** with the dot, for the download's file name */
  extension: string;
}

export const UPLOAD_FORMATS: Readonly<Record<UploadFormat, UploadFormatInfo>> = {
  pdf: { contentType: 'application/pdf', extension: '.pdf' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: '.docx',
  },
  png: { contentType: 'image/png', extension: '.png' },
  jpeg: { contentType: 'image/jpeg', extension: '.jpg' },
};

export interface UploadKindRules {
  maxBytes: number;
  formats: readonly UploadFormat[];
  /** what the kind takes, in the words of a refusal: "that file is not <accepted>" */
  accepted: string;
}

export const UPLOAD_KINDS = {
  /** CareerCenter's applications: the applicant's résumé */
  resume: { maxBytes: 5 * MB, formats: ['pdf', 'docx'], accepted: 'a PDF or Word (.docx) document' },
  /** CareerCenter's organization profiles */
  logo: { maxBytes: 1 * MB, formats: ['png', 'jpeg'], accepted: 'a PNG or JPEG image' },
} as const satisfies Record<string, UploadKindRules>;

export type UploadKind = keyof typeof UPLOAD_KINDS;

export function isUploadKind(value: string): value is UploadKind {
  return Object.hasOwn(UPLOAD_KINDS, value);
}

/** The widest and tallest image taken, in pixels (a logo is shown small; a huge one is a decompression bomb) */
export const MAX_IMAGE_SIDE = 4096;

/**
 * The bounds of a Word document's ZIP container, enforced while it is inflated (declared sizes are checked first,
 * and then not trusted): a real résumé has a few dozen entries and unpacks to a few megabytes.
 */
export const DOCX_LIMITS = {
  maxEntries: 1000,
  /** all entries together, inflated */
  maxTotalBytes: 50 * MB,
  /** inflated ÷ compressed, for an entry over ratioFromBytes: Word's XML packs 5–20:1, a zip bomb thousands to one */
  maxRatio: 100,
  /** small entries (a few KB of repeated spaces) may pack tighter without harm; the total bounds them */
  ratioFromBytes: 64 * KB,
  /** [Content_Types].xml is read into memory: a few KB in practice */
  maxContentTypesBytes: 1 * MB,
} as const;

/** The sender's file name is kept (as metadata, for the download's name) to at most this many characters */
export const FILE_NAME_MAX_CHARS = 200;
