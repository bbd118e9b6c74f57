// The SQLite file holds password hashes, session and key hashes: it and its -wal and -shm files are readable
// by their owner only, however the process's umask is set and whatever mode an older file had. (A file-mode
// property of the embedded database alone: PostgreSQL keeps its own files.)
import assert from 'node:assert/strict';
import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../shared/test-support/codesets.js';
import { openDatabase, SQLITE_FILE } from './index.js';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

test('the SQLite database was created world-readable (0644): the file, -wal and -shm are 0600', async () => {
  const dir = tempDir();
  const before = process.umask(0o022);
  try {
    const database = await openDatabase({ dataDir: dir.path });
    try {
      // a write, so that the -wal and -shm files exist
      await database.db.insertInto('app_meta').values({ key: 'k', value: 'v' }).execute();
      const file = join(dir.path, SQLITE_FILE);
      for (const path of [file, `${file}-wal`, `${file}-shm`]) {
        assert.ok(existsSync(path), path);
        assert.equal(modeOf(path), '600', path);
      }
    } finally {
      await database.close();
    }
  } finally {
    process.umask(before);
    dir.remove();
  }
});

test('a database file left world-readable by an older version is made 0600 when opened', async () => {
  const dir = tempDir();
  try {
    const file = join(dir.path, SQLITE_FILE);
    const first = await openDatabase({ dataDir: dir.path });
    await first.close();
    chmodSync(file, 0o644);
    writeFileSync(`${file}-wal`, '');
    chmodSync(`${file}-wal`, 0o644);
    const again = await openDatabase({ dataDir: dir.path });
    try {
      assert.equal(modeOf(file), '600');
      assert.equal(modeOf(`${file}-wal`), '600');
    } finally {
      await again.close();
    }
  } finally {
    dir.remove();
  }
});
