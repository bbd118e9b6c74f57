// The one entry to the content checks: the file's format is recognised from its bytes among the formats its kind
// takes (upload-kinds.ts), then checked whole by that format's module (one per format, beside this file). The name
// the sender gave and the type their browser declared are never consulted. A refusal is UPLOAD_TYPE_REFUSED naming
// the field, what the kind takes, and what was found.
import { AppError } from '../../shared/index.js';
import { UPLOAD_FORMATS, UPLOAD_KINDS, type UploadFormat, type UploadKind } from '../upload-kinds.js';
import { docxProblem, isZip } from './docx.js';
import { whatItIs } from './identify.js';
import { isJpeg, jpegProblem } from './jpeg.js';
import { isPdf, pdfProblem } from './pdf.js';
import { isPng, pngProblem } from './png.js';

interface FormatCheck {
  /** the first bytes say this format (a quick test; problem() checks the whole file) */
  matches(bytes: Buffer): boolean;
  /** what keeps it from being a whole file of the format, in plain words; undefined when it passes */
  problem(bytes: Buffer): string | undefined | Promise<string | undefined>;
}

const CHECKS: Readonly<Record<UploadFormat, FormatCheck>> = {
  pdf: { matches: isPdf, problem: pdfProblem },
  docx: { matches: isZip, problem: docxProblem },
  png: { matches: isPng, problem: pngProblem },
  jpeg: { matches: isJpeg, problem: jpegProblem },
};

export interface CheckedContent {
  format: UploadFormat;
  /** the format's own type, to serve the file with */
  contentType: string;
  extension: string;
}

/**
 * The format of an upload of this kind, found and checked from its bytes; UPLOAD_TYPE_REFUSED when it is none the
 * kind takes or is not a whole, safe file of it. field: the form field, for the message (default: the kind).
 */
export async function checkUploadContent(
  kind: UploadKind,
  bytes: Buffer,
  field: string = kind,
): Promise<CheckedContent> {
  const rules = UPLOAD_KINDS[kind];
  const refuse = (why: string | undefined) =>
    new AppError('UPLOAD_TYPE_REFUSED', { field, accepted: rules.accepted, ...(why ? { why } : {}) });
  const format = rules.formats.find((f) => CHECKS[f].matches(bytes));
  if (!format) throw refuse(whatItIs(bytes));
  const problem = await CHECKS[format].problem(bytes);
  if (problem) throw refuse(problem);
  return { format, ...UPLOAD_FORMATS[format] };
}
