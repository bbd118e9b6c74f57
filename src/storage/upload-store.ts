// Uploaded files and their records: saveUpload (check by content, write atomically, record), openUpload (the record
// and a stream of the bytes), deleteUpload, and sweepUploads (files no record names, and .partial leftovers).
// Who may read which file is the caller's decision (a route, after its own authorization); this module stores.
//
// Nothing is stored half: the content is checked before anything touches the disk; the file is written whole and
// renamed into place (upload-files.ts); the record is inserted after that, and a failed insert removes the file.
// When the caller passes a transaction as `db` and it rolls back after saveUpload, the file stays without a
// record until sweepUploads removes it (after its grace period, so that files of transactions still open are
// left alone).
import { createHash, randomUUID } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { DatabaseSchema, UploadsTable } from '../db/index.js';
import { AppError } from '../shared/index.js';
import { checkUploadContent } from './content-checks/check-content.js';
import { sanitizeFileName } from './file-name.js';
import { listStoredFiles, newStorageKey, removeFile, storagePath, writeAtomically } from './upload-files.js';
import { UPLOAD_KINDS, type UploadKind } from './upload-kinds.js';

export interface UploadStore {
  /** the database, or the caller's transaction (see above) */
  db: Kysely<DatabaseSchema>;
  /** the uploads folder: uploadsDir(config.dataDir) */
  dir: string;
  now?: () => Date;
}

/** CODEDESK_DATA_DIR/uploads */
export function uploadsDir(dataDir: string): string {
  return join(dataDir, 'uploads');
}

export interface UploadRecord {
  id: string;
  kind: UploadKind;
  /** the checked format's type */
  contentType: string;
  byteSize: number;
  /** hex */
  sha256: string;
  /** the sender's name, sanitized, with the checked format's extension: the download's suggested name */
  fileName: string;
  ownerId: string;
  createdAt: string;
}

export type NewUpload = {
  kind: UploadKind;
  /** as the sender named it: kept only as metadata (sanitized) */
  fileName: string;
  ownerId: string;
  /** the form field, for messages (default: the kind) */
  field?: string;
} & ({ bytes: Buffer } | { stream: AsyncIterable<Uint8Array> });

/** Checks the file by its content, stores it under a random name and records it. */
export async function saveUpload(store: UploadStore, input: NewUpload): Promise<UploadRecord> {
  const rules = UPLOAD_KINDS[input.kind];
  const field = input.field ?? input.kind;
  const bytes = 'bytes' in input ? input.bytes : await readCapped(input.stream, rules.maxBytes, field);
  if (bytes.length > rules.maxBytes) throw new AppError('UPLOAD_TOO_LARGE', { field, limitBytes: rules.maxBytes });
  const checked = await checkUploadContent(input.kind, bytes, field);
  const key = newStorageKey();
  const record: UploadRecord = {
    id: randomUUID(),
    kind: input.kind,
    contentType: checked.contentType,
    byteSize: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    fileName: sanitizeFileName(input.fileName, checked.extension, checked.format === 'jpeg' ? ['.jpeg'] : []),
    ownerId: input.ownerId,
    createdAt: (store.now?.() ?? new Date()).toISOString(),
  };
  await writeAtomically(store.dir, key, bytes);
  try {
    await store.db.insertInto('uploads').values(toRow(record, key)).execute();
  } catch (e) {
    await removeFile(storagePath(store.dir, key));
    throw e;
  }
  return record;
}

/** Reads a stream up to the limit; one byte more stops reading (the rest is never read) and refuses the file. */
async function readCapped(stream: AsyncIterable<Uint8Array>, maxBytes: number, field: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    // leaving the loop ends the iteration, which destroys a Node stream
    if (total > maxBytes) throw new AppError('UPLOAD_TOO_LARGE', { field, limitBytes: maxBytes });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The record, or undefined. */
export async function findUpload(store: Pick<UploadStore, 'db'>, id: string): Promise<UploadRecord | undefined> {
  const row = await findRow(store.db, id);
  return row && toRecord(row);
}

/** The record and a stream of the stored bytes; NOT_FOUND when there is no such upload. */
export async function openUpload(store: UploadStore, id: string): Promise<{ record: UploadRecord; stream: Readable }> {
  const row = await findRow(store.db, id);
  if (!row) throw new AppError('NOT_FOUND', { what: 'The uploaded file' });
  const record = toRecord(row);
  let file: Awaited<ReturnType<typeof open>>;
  try {
    file = await open(storagePath(store.dir, row.storage_key), 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new AppError('UPLOAD_UNREADABLE', { id, why: 'it is missing from the uploads folder' });
    throw e;
  }
  // the size is free to compare, and says a file was cut short or replaced
  const { size } = await file.stat();
  if (size !== record.byteSize) {
    await file.close();
    throw new AppError('UPLOAD_UNREADABLE', {
      id,
      why: `it is ${size} bytes on disk, not the ${record.byteSize} stored`,
    });
  }
  return { record, stream: file.createReadStream() };
}

/**
 * Deletes the record, then the file (a file left by a failure here is one the sweep removes; a record without its
 * file would not be). The file goes at once: with a transaction as `db`, call it after the point of no return.
 * Returns whether there was such an upload.
 */
export async function deleteUpload(store: UploadStore, id: string): Promise<boolean> {
  const row = await findRow(store.db, id);
  if (!row) return false;
  await store.db.deleteFrom('uploads').where('id', '=', id).execute();
  await removeFile(storagePath(store.dir, row.storage_key));
  return true;
}

/**
 * Removes stored files no record names and .partial leftovers, when last written before `olderThan` (give open
 * transactions time to commit: an hour is plenty). Returns how many files it removed.
 */
export async function sweepUploads(store: UploadStore, olderThan: Date): Promise<number> {
  const { stored, partial } = await listStoredFiles(store.dir);
  const old = (f: { modifiedAt: Date }) => f.modifiedAt < olderThan;
  const doomed = partial.filter(old);
  const candidates = stored.filter(old);
  for (let i = 0; i < candidates.length; i += 500) {
    const batch = candidates.slice(i, i + 500);
    const rows = await store.db
      .selectFrom('uploads')
      .select('storage_key')
      .where(
        'storage_key',
        'in',
        batch.map((f) => f.key),
      )
      .execute();
    const known = new Set(rows.map((r) => r.storage_key));
    doomed.push(...batch.filter((f) => !known.has(f.key)));
  }
  for (const f of doomed) await removeFile(f.path);
  return doomed.length;
}

/** ids are UUIDs; anything longer is no id of ours and is not sent to the database */
function findRow(db: Kysely<DatabaseSchema>, id: string): Promise<UploadsTable | undefined> {
  if (id.length > 64) return Promise.resolve(undefined);
  return db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();
}

function toRow(r: UploadRecord, key: string): UploadsTable {
  return {
    id: r.id,
    kind: r.kind,
    content_type: r.contentType,
    byte_size: r.byteSize,
    sha256: r.sha256,
    file_name: r.fileName,
    owner_id: r.ownerId,
    storage_key: key,
    created_at: r.createdAt,
  };
}

function toRecord(row: UploadsTable): UploadRecord {
  return {
    id: row.id,
    kind: row.kind as UploadKind,
    contentType: row.content_type,
    byteSize: Number(row.byte_size),
    sha256: row.sha256,
    fileName: row.file_name,
    ownerId: row.owner_id,
    createdAt: row.created_at,
  };
}
