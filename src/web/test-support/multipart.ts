// multipart/form-data bodies for tests (RFC 7578), built by hand so that a test controls every byte: the order of
// the parts (the CSRF token first, or not), file names with any characters, and bodies cut short.
import { randomBytes } from 'node:crypto';

export type FormPart =
  | { name: string; value: string }
  | { name: string; fileName: string; data: Buffer; contentType?: string };

export interface MultipartBody {
  body: Buffer;
  contentType: string;
  boundary: string;
}

/** "--boundary\r\n<headers>\r\n\r\n" of one part (its data and "\r\n" follow) */
export function partHead(boundary: string, part: FormPart): Buffer {
  const quoted = (s: string) => s.replace(/["\r\n]/g, (c) => encodeURIComponent(c));
  const lines = [`--${boundary}`];
  if ('fileName' in part) {
    lines.push(`Content-Disposition: form-data; name="${quoted(part.name)}"; filename="${quoted(part.fileName)}"`);
    lines.push(`Content-Type: ${part.contentType ?? 'application/octet-stream'}`);
  } else lines.push(`Content-Disposition: form-data; name="${quoted(part.name)}"`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
}

export function multipartBody(
  parts: readonly FormPart[],
  boundary = `codedesk${randomBytes(8).toString('hex')}`,
): MultipartBody {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(
      partHead(boundary, part),
      'fileName' in part ? part.data : Buffer.from(part.value, 'utf8'),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}`, boundary };
}
