// Upload routes: reading ONE multipart/form-data request (@fastify/multipart) with a byte cap on everything in it.
//
// - Opt-in: registerUploadRoutes gives a product a child scope where multipart is parsed (and nothing else); its
//   other routes, and every other product, have no multipart parser and refuse such a body unread (Fastify's
//   Unsupported Media Type, answered as BAD_INPUT), so no form elsewhere can be made to read a file.
// - Limits: the route's bodyLimit (body-limits.ts: the file kind's limit and the fields' allowance) is refused from
//   the Content-Length before anything is read (plugins/errors.ts), and, for a body sent without one (chunked), the
//   bytes are counted as they arrive and reading stops at the limit; the file stops at its kind's limit
//   (UPLOAD_TOO_LARGE naming the field), each text field at its own; one file, a bounded number of fields. A refusal
//   before the body is read whole closes the connection after the answer, so the rest is never read.
// - CSRF: a form posted with a cookie (any request but one with an API key, which a browser never adds by itself)
//   carries its token, in a `csrf-token` / `x-csrf-token` header or as the form's FIRST field, `_csrf` — checked
//   before any file byte is read, so a forged cross-site upload stores and reads nothing. Page forms put the Csrf
//   view first (it renders the hidden input).
// - The file comes back in memory (at most its kind's limit, 5 MB for a résumé) for the caller to hand to
//   saveUpload (src/storage), which checks it by content and stores it; text fields come back as typed. A page
//   form's `read` calls readUploadForm: a refusal here (too large, malformed) goes to the error page, since what
//   followed the file in the form was never read; the content check is the domain's, in `run`, so a refused file
//   shows the form again with the fields kept.
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../shared/index.js';
import { UPLOAD_KINDS, type UploadKind, type UploadStore, uploadsDir } from '../storage/index.js';
import { uploadBodyLimit } from './body-limits.js';
import type { FullDeps } from './deps.js';
import { csrfTokenValid } from './plugins/auth.js';
import { bodyTooLarge } from './plugins/errors.js';

export interface UploadFormSpec {
  /** the form's one file field and the kind of file it takes (its size limit and formats: storage/upload-kinds.ts) */
  file: { field: string; kind: UploadKind };
  /**
   * The text fields the form takes, each with its limit in bytes (UTF-8). A name ending in "*" stands for every
   * name that starts with the rest ("answer.*" takes answer.1, answer.2, …). Any other field is refused.
   */
  fields: Readonly<Record<string, number>>;
  /** at most this many text fields, the CSRF token not counted (default 50) */
  maxFields?: number;
}

export interface ReceivedFile {
  field: string;
  /** as the sender named it: metadata only (saveUpload sanitizes it) */
  fileName: string;
  bytes: Buffer;
}

export interface UploadForm {
  /** the text fields as typed (a null-prototype object) */
  fields: Record<string, string>;
  /** undefined when no file was sent, or the file input was left empty */
  file: ReceivedFile | undefined;
}

const DEFAULT_MAX_FIELDS = 50;
const FIELD_NAME_MAX = 100;

/** The storage of uploads for the web's routes: CODEDESK_DATA_DIR/uploads and the app's database and clock. */
export function uploadStore(deps: FullDeps): UploadStore {
  return { db: deps.database.db, dir: uploadsDir(deps.config.dataDir), now: deps.now };
}

/**
 * Registers routes that read multipart uploads in a child scope of their own: only there is multipart parsed, and
 * only multipart (the scope is for upload routes, and GETs such as the download of a file).
 */
export async function registerUploadRoutes(
  app: FastifyInstance,
  routes: (scope: FastifyInstance) => void | Promise<void>,
): Promise<void> {
  await app.register(async (scope) => {
    // only multipart bodies here: any other type is left unread (the catch-all parser reads nothing) for
    // readUploadForm to refuse in words, rather than parsed up to the upload's megabytes as JSON or a urlencoded form
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    // readUploadForm passes each form's own limits; these are the bounds for any other use of the parser here
    await scope.register(multipart, {
      limits: { fieldNameSize: FIELD_NAME_MAX, fieldSize: 64 * 1024, fields: 20, files: 1, parts: 30, headerPairs: 20 },
      throwFileSizeLimit: true,
    });
    await routes(scope);
  });
}

/** An upload route's options: its body limit, and a refusal of a larger body that names the file field. */
export function uploadRouteOptions(spec: UploadFormSpec): {
  bodyLimit: number;
  config: { bodyTooLarge: () => AppError };
} {
  return { bodyLimit: uploadBodyLimit(spec.file.kind), config: { bodyTooLarge: () => fileTooLarge(spec) } };
}

const fileTooLarge = (spec: UploadFormSpec) =>
  new AppError('UPLOAD_TOO_LARGE', { field: spec.file.field, limitBytes: UPLOAD_KINDS[spec.file.kind].maxBytes });

const formInvalid = (field: string, why: string) => new AppError('UPLOAD_FORM_INVALID', { field, why });

/** Reads the route's multipart form: its text fields and its one file, each within its limit (see above). */
export async function readUploadForm(
  request: FastifyRequest,
  reply: FastifyReply,
  spec: UploadFormSpec,
): Promise<UploadForm> {
  const raw = request.raw;
  try {
    if (!request.isMultipart()) throw formInvalid(spec.file.field, 'send the form as multipart/form-data');
    return await readWithinLimit(request, reply, spec);
  } catch (e) {
    if (!raw.readableEnded) {
      // not read whole: stop here, and close the connection after the answer rather than read the rest
      raw.unpipe();
      raw.pause();
      reply.header('connection', 'close');
    }
    throw refusalOf(e, spec);
  }
}

/** The form, or the route's too-large refusal as soon as the body passes the route's limit. */
async function readWithinLimit(
  request: FastifyRequest,
  reply: FastifyReply,
  spec: UploadFormSpec,
): Promise<UploadForm> {
  const raw = request.raw;
  const limitBytes = request.routeOptions.bodyLimit;
  let received = 0;
  let stop: (e: AppError) => void = () => {};
  const overLimit = new Promise<never>((_, reject) => {
    stop = reject;
  });
  const count = (chunk: Buffer) => {
    received += chunk.length;
    if (received > limitBytes) stop(bodyTooLarge(request));
  };
  // Starting to read pipes the request into the parser at once (the async function runs up to its first await);
  // the count is attached in the same tick, before any data flows, so it sees every byte the parser sees.
  const reading = readParts(request, reply, spec).then(async (form) => {
    // the parser is done at the closing boundary; what may follow it is counted too, up to the end of the body
    await bodyEnd(raw);
    return form;
  });
  raw.on('data', count);
  // a reading that fails after the limit stopped it is of no interest
  reading.catch(() => {});
  try {
    return await Promise.race([reading, overLimit]);
  } finally {
    raw.off('data', count);
  }
}

async function readParts(request: FastifyRequest, reply: FastifyReply, spec: UploadFormSpec): Promise<UploadForm> {
  const maxFields = spec.maxFields ?? DEFAULT_MAX_FIELDS;
  const fileLimit = UPLOAD_KINDS[spec.file.kind].maxBytes;
  let csrfChecked = request.authVia === 'api-key' || csrfHeaderChecked(request, reply);
  const fields: Record<string, string> = Object.create(null);
  let fieldCount = 0;
  let file: ReceivedFile | undefined;
  let files = 0;
  const parts = request.parts({
    limits: {
      fieldNameSize: FIELD_NAME_MAX,
      // the parser cuts a longer value short and says so; the field's own limit is checked below
      fieldSize: Math.max(256, ...Object.values(spec.fields)) + 1,
      // one more than taken, so that the extra one is refused here in words
      fields: maxFields + 2,
      files: 2,
      parts: maxFields + 4,
      // a byte more than taken: the count below refuses it first, this is the parser's own bound
      fileSize: fileLimit + 1,
      headerPairs: 20,
    },
  });
  for await (const part of parts) {
    if (!csrfChecked) {
      // a form posted with a cookie names its token first, before anything else is read
      const token = part.type === 'field' && part.fieldname === '_csrf' ? part.value : undefined;
      if (typeof token !== 'string' || !csrfTokenValid(request, reply, token)) throw new AppError('CSRF_INVALID', {});
      csrfChecked = true;
      continue;
    }
    if (part.type === 'file') {
      files++;
      if (part.fieldname !== spec.file.field)
        throw formInvalid(part.fieldname, `this form takes a file only as "${spec.file.field}"`);
      if (files > 1) throw formInvalid(spec.file.field, 'send one file only');
      const bytes = await readFilePart(part, fileLimit, spec);
      // a file input left empty is sent as a part with no name and no bytes
      if (bytes.length > 0 || part.filename !== '') file = { field: spec.file.field, fileName: part.filename, bytes };
      continue;
    }
    const name = part.fieldname;
    if (name === '_csrf') continue;
    const limit = fieldLimit(spec, name);
    if (limit === undefined || part.fieldnameTruncated)
      throw formInvalid(name.slice(0, FIELD_NAME_MAX), `is not a field of this form (${fieldList(spec)})`);
    if (Object.hasOwn(fields, name)) throw formInvalid(name, 'was sent more than once');
    if (++fieldCount > maxFields) throw formInvalid(name, `the form takes at most ${maxFields} text fields`);
    if (typeof part.value !== 'string') throw formInvalid(name, 'send it as plain text');
    if (part.valueTruncated || Buffer.byteLength(part.value) > limit)
      throw formInvalid(name, `is longer than ${limit} bytes; shorten it`);
    fields[name] = part.value;
  }
  // an empty form, or one whose only field was not the token
  if (!csrfChecked) throw new AppError('CSRF_INVALID', {});
  return { fields, file };
}

/** A token in the header (scripts, the page's own JavaScript) is checked before the body is read at all. */
function csrfHeaderChecked(request: FastifyRequest, reply: FastifyReply): boolean {
  const header = request.headers['csrf-token'] ?? request.headers['x-csrf-token'];
  if (header === undefined) return false;
  if (typeof header !== 'string' || !csrfTokenValid(request, reply, header)) throw new AppError('CSRF_INVALID', {});
  return true;
}

/** The file's bytes, up to its limit: one byte more stops reading it (leaving the loop destroys the part's stream). */
async function readFilePart(part: MultipartFile, limit: number, spec: UploadFormSpec): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw fileTooLarge(spec);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function fieldLimit(spec: UploadFormSpec, name: string): number | undefined {
  const exact = Object.hasOwn(spec.fields, name) && !name.endsWith('*') ? spec.fields[name] : undefined;
  if (exact !== undefined) return exact;
  for (const [pattern, limit] of Object.entries(spec.fields))
    if (pattern.endsWith('*') && name.startsWith(pattern.slice(0, -1)) && name.length > pattern.length - 1)
      return limit;
  return undefined;
}

function fieldList(spec: UploadFormSpec): string {
  const names = [spec.file.field, ...Object.keys(spec.fields)];
  return `it takes ${names.join(', ')}`;
}

/** Resolves when the whole body has arrived (the parser may be done before the last bytes are read). */
function bodyEnd(raw: FastifyRequest['raw']): Promise<void> {
  if (raw.readableEnded) return Promise.resolve();
  return new Promise((resolve, reject) => {
    raw.once('end', resolve);
    raw.once('close', () => (raw.readableEnded ? resolve() : reject(new Error('the request was closed early'))));
    raw.resume();
  });
}

/** the multipart parser's (busboy's) words for a body that is not well-formed multipart, and bodyEnd's */
const MALFORMED = /unexpected end|malformed|boundary not found|terminated early|closed early/i;

/** What went wrong, in the error catalogue's words: the parser's own refusals, and a form cut short or malformed. */
function refusalOf(e: unknown, spec: UploadFormSpec): unknown {
  if (isAppError(e)) return e;
  const code = (e as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return fileTooLarge(spec);
  if (code === 'FST_FILES_LIMIT') return formInvalid(spec.file.field, 'send one file only');
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT')
    return formInvalid('form', `it has more fields than the form takes (${fieldList(spec)})`);
  if (code === 'FST_PROTO_VIOLATION') return formInvalid('form', 'a field name is not allowed');
  if (code === 'FST_INVALID_JSON_FIELD_ERROR') return formInvalid('form', 'send the text fields as plain text');
  if (code === 'FST_MP_PREMATURE_CLOSE' || (e instanceof Error && MALFORMED.test(e.message)))
    return formInvalid('form', 'the form data is malformed or cut short; send the form again');
  return e;
}
