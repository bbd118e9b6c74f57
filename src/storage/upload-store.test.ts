// Stored uploads on SQLite and PostgreSQL, with a real uploads folder: files under random names (never the
// sender's), owner-only, the record matching the bytes; nothing left behind when a file is refused, too large, or
// its record cannot be written; reads refused for unknown ids and for files missing or damaged on disk; delete;
// and the sweep that removes files no record names.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { after, before, test } from 'node:test';
import { createUser, type User } from '../accounts/index.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { errorCode } from '../shared/test-support/error-code.js';
import {
  deleteUpload,
  findUpload,
  openUpload,
  saveUpload,
  sweepUploads,
  UPLOAD_KINDS,
  type UploadStore,
  uploadsDir,
} from './index.js';
import { elfProgram, minimalDocx, minimalPdf, png } from './test-support/upload-fixtures.js';

const T0 = new Date('2026-12-01T10:00:00Z');

/** every file under the folder, as paths relative to it */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

describeEachDatabase('stored uploads', (t) => {
  const data = tempDir('codedesk-uploads-');
  let store: UploadStore;
  let ann: User;
  before(async () => {
    store = { db: t.database.db, dir: uploadsDir(data.path), now: () => T0 };
    ann = await createUser(
      t.database.db,
      { email: 'ann@example.org', password: 'a long enough password', role: 'member' },
      T0,
    );
  });
  after(() => data.remove());

  /** removes every file and record between tests that count them */
  const emptyStore = async () => {
    await t.database.db.deleteFrom('uploads').execute();
    await sweepUploads(store, new Date('2100-01-01T00:00:00Z'));
    assert.deepEqual(filesUnder(store.dir), []);
  };

  test('a PDF is stored under a random name, owner-only, and its record says what was checked', async () => {
    const pdf = minimalPdf();
    const record = await saveUpload(store, {
      kind: 'resume',
      bytes: pdf,
      fileName: 'Ann Smith résumé.pdf',
      ownerId: ann.id,
    });
    assert.deepEqual(
      { ...record, id: typeof record.id },
      {
        id: 'string',
        kind: 'resume',
        contentType: 'application/pdf',
        byteSize: pdf.length,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        fileName: 'Ann Smith résumé.pdf',
        ownerId: ann.id,
        createdAt: T0.toISOString(),
      },
    );
    assert.deepEqual(await findUpload(store, record.id), record);
    const files = filesUnder(store.dir);
    assert.equal(files.length, 1);
    const [onDisk = ''] = files;
    // "ab/ab…" (32 hex characters): nothing of the sender's name, nothing of the record's id
    assert.match(onDisk, /^([0-9a-f]{2})\/\1[0-9a-f]{30}$/);
    assert.ok(!onDisk.includes(record.id));
    assert.equal(statSync(join(store.dir, onDisk)).mode & 0o777, 0o600);
    assert.equal(statSync(store.dir).mode & 0o777, 0o700);
    assert.deepEqual(readFileSync(join(store.dir, onDisk)), pdf);
    const opened = await openUpload(store, record.id);
    assert.deepEqual(opened.record, record);
    assert.deepEqual(await buffer(opened.stream), pdf);
    await emptyStore();
  });

  test('a Word document read from a stream is stored; the name gets the checked extension, never a path', async () => {
    const docx = minimalDocx();
    const chunks = [docx.subarray(0, 100), docx.subarray(100)];
    const record = await saveUpload(store, {
      kind: 'resume',
      stream: Readable.from(chunks),
      fileName: '..\\..\\C:\\Users\\ann\\My "CV"\u202e.exe',
      ownerId: ann.id,
    });
    assert.equal(record.contentType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // the folders are cut off, the bidirectional override dropped, the quote made harmless, .docx added
    assert.equal(record.fileName, 'My _CV_.exe.docx');
    const opened = await openUpload(store, record.id);
    assert.deepEqual(await buffer(opened.stream), docx);
    assert.equal(filesUnder(store.dir).length, 1);
    await emptyStore();
  });

  test('a program renamed .pdf is refused and nothing is stored: no file, no partial file, no record', async () => {
    const code = await errorCode(
      saveUpload(store, { kind: 'resume', bytes: elfProgram(), fileName: 'resume.pdf', ownerId: ann.id }),
    );
    assert.equal(code, 'UPLOAD_TYPE_REFUSED');
    const logo = await errorCode(
      saveUpload(store, { kind: 'logo', bytes: minimalPdf(), fileName: 'logo.png', ownerId: ann.id }),
    );
    assert.equal(logo, 'UPLOAD_TYPE_REFUSED');
    assert.deepEqual(filesUnder(store.dir), []);
    assert.equal((await t.database.db.selectFrom('uploads').select('id').execute()).length, 0);
  });

  test('a stream larger than the kind takes is refused after its limit, without reading the rest', async () => {
    let pulled = 0;
    const chunk = 64 * 1024;
    async function* fiftyMegabytes() {
      for (let i = 0; i < 800; i++) {
        pulled += chunk;
        yield i === 0 ? Buffer.concat([minimalPdf(), Buffer.alloc(chunk - minimalPdf().length)]) : Buffer.alloc(chunk);
      }
    }
    const code = await errorCode(
      saveUpload(store, {
        kind: 'resume',
        stream: fiftyMegabytes(),
        fileName: 'big.pdf',
        ownerId: ann.id,
        field: 'resume',
      }),
    );
    assert.equal(code, 'UPLOAD_TOO_LARGE');
    assert.equal(pulled, UPLOAD_KINDS.resume.maxBytes + chunk);
    const bytes = Buffer.alloc(UPLOAD_KINDS.logo.maxBytes + 1);
    png(8, 8).copy(bytes);
    const logo = await errorCode(saveUpload(store, { kind: 'logo', bytes, fileName: 'logo.png', ownerId: ann.id }));
    assert.equal(logo, 'UPLOAD_TOO_LARGE');
    assert.deepEqual(filesUnder(store.dir), []);
  });

  test('when the record cannot be written (no such owner), the file written for it is removed', async () => {
    await assert.rejects(
      saveUpload(store, { kind: 'logo', bytes: png(16, 16), fileName: 'logo.png', ownerId: 'no-such-user' }),
      // the database's foreign key refusal, passed on as it is
      (e: { code?: unknown }) => e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || e.code === '23503',
    );
    assert.deepEqual(filesUnder(store.dir), []);
  });

  test('reads: an unknown or path-shaped id is not found; a file missing or changed on disk is unreadable', async () => {
    assert.equal(await errorCode(openUpload(store, '6f1c1b8e-0000-4000-8000-000000000000')), 'NOT_FOUND');
    assert.equal(await errorCode(openUpload(store, '../../../../etc/passwd')), 'NOT_FOUND');
    assert.equal(await errorCode(openUpload(store, 'x'.repeat(10_000))), 'NOT_FOUND');
    const record = await saveUpload(store, { kind: 'logo', bytes: png(16, 16), fileName: 'l.png', ownerId: ann.id });
    const [onDisk = ''] = filesUnder(store.dir);
    writeFileSync(join(store.dir, onDisk), 'cut');
    assert.equal(await errorCode(openUpload(store, record.id)), 'UPLOAD_UNREADABLE');
    await emptyStore();
    const gone = await saveUpload(store, { kind: 'logo', bytes: png(16, 16), fileName: 'l.png', ownerId: ann.id });
    await sweepUploads(store, T0); // removes nothing: everything is newer
    const [path = ''] = filesUnder(store.dir);
    unlinkSync(join(store.dir, path));
    assert.equal(await errorCode(openUpload(store, gone.id)), 'UPLOAD_UNREADABLE');
    await emptyStore();
  });

  test('delete removes the record and the file; deleting again says there was none', async () => {
    const record = await saveUpload(store, {
      kind: 'resume',
      bytes: minimalPdf(),
      fileName: 'cv.pdf',
      ownerId: ann.id,
    });
    assert.equal(await deleteUpload(store, record.id), true);
    assert.equal(await findUpload(store, record.id), undefined);
    assert.deepEqual(filesUnder(store.dir), []);
    assert.equal(await deleteUpload(store, record.id), false);
  });

  test('a save in a transaction that rolls back leaves a file without a record, which the sweep removes once old', async () => {
    const kept = await saveUpload(store, {
      kind: 'resume',
      bytes: minimalPdf(),
      fileName: 'kept.pdf',
      ownerId: ann.id,
    });
    await assert.rejects(
      t.database.db.transaction().execute(async (trx) => {
        await saveUpload(
          { ...store, db: trx },
          { kind: 'resume', bytes: minimalDocx(), fileName: 'a.docx', ownerId: ann.id },
        );
        throw new Error('the application could not be saved');
      }),
      /could not be saved/,
    );
    assert.equal(filesUnder(store.dir).length, 2);
    // a leftover of a write that never finished
    writeFileSync(join(store.dir, '.partial', 'ab'.repeat(16)), 'half');
    const justNow = new Date(Date.now() - 60_000);
    assert.equal(await sweepUploads(store, justNow), 0, 'files newer than the grace period are left alone');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of filesUnder(store.dir)) utimesSync(join(store.dir, f), hourAgo, hourAgo);
    assert.equal(await sweepUploads(store, justNow), 2);
    const left = filesUnder(store.dir);
    assert.equal(left.length, 1);
    const opened = await openUpload(store, kept.id);
    assert.deepEqual(await buffer(opened.stream), minimalPdf());
    await emptyStore();
  });
});
