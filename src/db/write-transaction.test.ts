// writeTransaction on SQLite and PostgreSQL: read-then-write under its locks loses no update, a nested call joins
// the outer transaction, and on SQLite a write lock held elsewhere past the busy timeout is tried a bounded
// number of times, then refused with DATABASE_BUSY (503).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { isAppError } from '../shared/index.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { type Database, openDatabase, SQLITE_FILE, WRITE_ATTEMPTS, writeTransaction } from './index.js';
import { describeEachDatabase } from './test-support/each-database.js';

describeEachDatabase('writeTransaction', (t) => {
  test('forty concurrent read-then-write increments under one lock lose none', async () => {
    const db = t.database.db;
    await db.insertInto('app_meta').values({ key: 'counter', value: '0' }).execute();
    await Promise.all(
      Array.from({ length: 40 }, () =>
        writeTransaction(db, ['counter'], async (trx) => {
          const row = await trx
            .selectFrom('app_meta')
            .select('value')
            .where('key', '=', 'counter')
            .executeTakeFirstOrThrow();
          await trx
            .updateTable('app_meta')
            .set({ value: String(Number(row.value) + 1) })
            .where('key', '=', 'counter')
            .execute();
        }),
      ),
    );
    const row = await db.selectFrom('app_meta').select('value').where('key', '=', 'counter').executeTakeFirst();
    assert.equal(row?.value, '40');
  });

  test('a nested call joins the outer transaction: a failure rolls both back', async () => {
    const db = t.database.db;
    await assert.rejects(
      writeTransaction(db, ['outer'], async (trx) => {
        await trx.insertInto('app_meta').values({ key: 'outer', value: '1' }).execute();
        await writeTransaction(trx, ['inner'], async (inner) => {
          await inner.insertInto('app_meta').values({ key: 'inner', value: '1' }).execute();
        });
        throw new Error('changed my mind');
      }),
      /changed my mind/,
    );
    const keys = await db.selectFrom('app_meta').select('key').where('key', 'in', ['outer', 'inner']).execute();
    assert.deepEqual(keys, []);
  });
});

describe('writeTransaction on SQLite while another process holds the write lock', () => {
  const dir = tempDir();
  let database: Database;
  let other: SQLite.Database;
  before(async () => {
    database = await openDatabase({ dataDir: dir.path, busyTimeoutMs: 20 });
    other = new SQLite(join(dir.path, SQLITE_FILE));
  });
  after(async () => {
    other?.close();
    await database?.close();
    dir.remove();
  });

  test('is tried a bounded number of times, then DATABASE_BUSY; once the lock is free it goes through', async () => {
    other.exec('begin immediate');
    let runs = 0;
    try {
      await assert.rejects(
        writeTransaction(database.db, [], async (trx) => {
          runs++;
          await trx.insertInto('app_meta').values({ key: 'late', value: '1' }).execute();
        }),
        (e: unknown) => {
          assert.ok(isAppError(e), String(e));
          assert.equal(e.code, 'DATABASE_BUSY');
          assert.equal(e.status, 503);
          assert.match(e.message, new RegExp(`tried ${WRITE_ATTEMPTS} times`));
          return true;
        },
      );
    } finally {
      other.exec('rollback');
    }
    // BEGIN IMMEDIATE waits before the first read, so the work never started
    assert.equal(runs, 0);
    await writeTransaction(database.db, [], async (trx) => {
      await trx.insertInto('app_meta').values({ key: 'late', value: '1' }).execute();
    });
    const row = await database.db.selectFrom('app_meta').select('value').where('key', '=', 'late').executeTakeFirst();
    assert.equal(row?.value, '1');
  });
});
