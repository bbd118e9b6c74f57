// Serving a stored upload (src/storage's openUpload), after the route has decided the visitor may have it: as a
// download (Content-Disposition: attachment, the name in RFC 6266 / RFC 8187 form), with the type its content was
// checked as and X-Content-Type-Options: nosniff (the browser never guesses another), a Content-Security-Policy
// that lets nothing in it run if it is opened anyway, and Cache-Control: private, no-store (a résumé is never kept
// by a shared cache, nor on the disk of a shared computer). Logos may be shown inline: only images are.
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { UploadRecord } from '../storage/index.js';

/** the only types ever served inline, when asked: the checked image formats */
const INLINE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg']);

export interface SendUploadOptions {
  /** show it in the page (an organization's logo) rather than download it; only for images, else ignored */
  inline?: boolean;
}

export function sendUpload(
  reply: FastifyReply,
  upload: { record: UploadRecord; stream: Readable },
  options: SendUploadOptions = {},
): FastifyReply {
  const { record, stream } = upload;
  const disposition = options.inline === true && INLINE_TYPES.has(record.contentType) ? 'inline' : 'attachment';
  return reply
    .type(record.contentType)
    .header('content-length', String(record.byteSize))
    .header('content-disposition', contentDisposition(disposition, record.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(stream);
}

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 §4): filename* carries the name exactly, percent-encoded
 * as RFC 8187 attr-chars; filename is a plain-ASCII stand-in for old clients (accents dropped, anything else "_",
 * no quote, backslash or percent sign a client could misread).
 */
export function contentDisposition(type: 'attachment' | 'inline', fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
