// `codedesk serve` as a process: listens on PORT, answers /ready once the catalog and database are open, logs
// JSON lines, and on SIGTERM finishes and exits 0.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createSession, createUser, requestPasswordReset, resetPassword } from '../accounts/index.js';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { currentBuildDir } from '../catalog/store.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { projectRoot } from '../config.js';
import { openDatabase } from '../db/index.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { freePort } from '../shared/test-support/free-port.js';

describe('codedesk serve', () => {
  const dir = tempDir();
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
  });
  after(() => dir.remove());

  const serve = async (workers: number) => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(projectRoot, 'src/cli/main.ts'), 'serve'], {
      env: {
        ...process.env,
        CODEDESK_DATA_DIR: dir.path,
        PORT: String(port),
        HOST: '127.0.0.1',
        WEB_WORKERS: String(workers),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
    });
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    return { port, child, exited, output: () => out };
  };

  /** true once /ready answers ready (within about 20 s) */
  const whenReady = async (port: number): Promise<boolean> => {
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 200));
      try {
        const r = await fetch(`http://127.0.0.1:${port}/ready`);
        if (r.status === 200 && (await r.json()).status === 'ready') return true;
      } catch {
        // not listening yet
      }
    }
    return false;
  };

  test('starts, is ready, and shuts down gracefully on SIGTERM', async () => {
    const { port, child, exited, output } = await serve(1);
    assert.ok(await whenReady(port), `not ready; output: ${output().slice(0, 500)}`);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    const lines = output()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg?: string });
    assert.ok(lines.some((l) => l.msg === 'CodeDesk is listening'));
    assert.ok(lines.some((l) => l.msg === 'shutting down'));
  });

  test('WEB_WORKERS=2: two processes serve the port; SIGTERM stops them all and exits 0', async () => {
    const { port, child, exited, output } = await serve(2);
    const listening = () =>
      output()
        .split('\n')
        .filter((l) => l.includes('"CodeDesk is listening"')).length;
    for (let i = 0; i < 150 && listening() < 2; i++) await new Promise((r) => setTimeout(r, 200));
    assert.equal(listening(), 2, `two workers listening; output: ${output().slice(0, 800)}`);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.status)),
    );
    assert.deepEqual(new Set(statuses), new Set([200]));
    const pids = new Set(
      output()
        .split('\n')
        .filter((l) => l.includes('"CodeDesk is listening"'))
        .map((l) => (JSON.parse(l) as { pid: number }).pid),
    );
    assert.equal(pids.size, 2);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(output(), /all workers stopped/);
  });

  test('expired sessions and used reset links were never purged: serve purges them at start', async () => {
    const database = await openDatabase({ dataDir: dir.path });
    const t0 = new Date();
    try {
      const user = await createUser(
        database.db,
        { email: 'purge@example.org', password: 'a long enough password', role: 'member' },
        t0,
      );
      const reset = await requestPasswordReset(database.db, 'purge@example.org', t0, {
        resetMailsPerAccountPerHour: 3,
      });
      assert.ok(reset);
      await resetPassword(database.db, reset.token, 'another long password', t0);
      // after the reset (which ends every session): one session that ended 10 days ago, one live
      await createSession(database.db, user.id, new Date(t0.getTime() - 40 * 24 * 3600_000));
      await createSession(database.db, user.id, t0);
    } finally {
      await database.close();
    }
    const { port, child, exited, output } = await serve(1);
    assert.ok(await whenReady(port), `not ready; output: ${output().slice(0, 500)}`);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    const after = await openDatabase({ dataDir: dir.path });
    try {
      const sessions = await after.db.selectFrom('sessions').select('expires_at').execute();
      assert.equal(sessions.length, 1, 'the live session stays');
      assert.deepEqual(await after.db.selectFrom('password_resets').select('token_hash').execute(), []);
    } finally {
      await after.close();
    }
  });
});

describe('codedesk serve on a damaged catalog', () => {
  const dir = tempDir();
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
    // one byte of a layer changed, the JSON still valid
    const file = join(currentBuildDir(dir.path) as string, 'layers/icd10cm_2026.codes.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Fracture of femur"', '"Fracture of tibia"'));
  });
  after(() => dir.remove());

  for (const workers of [1, 2]) {
    test(`regression: WEB_WORKERS=${workers}: refuses to start, naming the file, exit 1${workers > 1 ? ' (workers were restarted forever)' : ''}`, async () => {
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', resolve(projectRoot, 'src/cli/main.ts'), 'serve'], {
        env: { ...process.env, CODEDESK_DATA_DIR: dir.path, PORT: String(port), WEB_WORKERS: String(workers) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        // a primary replacing workers that die at start would never stop: end it after a few rounds
        if ((out.match(/worker died/g) ?? []).length >= 3) child.kill('SIGKILL');
      });
      let err = '';
      child.stderr.on('data', (b: Buffer) => {
        err += b.toString();
      });
      const code = await new Promise<number | null>((ok) => child.on('exit', (c) => ok(c)));
      assert.equal(code, 1, `${out.slice(0, 600)}\n${err.slice(0, 600)}`);
      assert.match(err, /layers\/icd10cm_2026\.codes\.json is not the file the import wrote/);
      assert.match(err, /codedesk import/);
    });
  }
});
