// Two real processes writing to one database at once (what WEB_WORKERS=2, or two servers on one SQLite file,
// do): every read-then-write path must succeed in both and keep its invariants — no "database is locked",
// revision numbers without gaps or repeats, and a meter that never counts past its limit.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { createUser } from '../accounts/index.js';
import { projectRoot } from '../config.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import type { WriteLoadOptions, WriteLoadResult } from './test-support/write-load.js';

const SCRIPT = resolve(projectRoot, 'src/web/test-support/write-load.ts');
const ROUNDS = 150;
const RESET_LIMITS = { resetMailsPerAccountPerHour: 3 };
/** a fixed window both processes spend */
const ATTEMPT_RULE = { limit: 10, windowMs: 60_000 };

function startWriter(opts: WriteLoadOptions) {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(opts)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  child.stderr.on('data', (b: Buffer) => {
    err += b.toString();
  });
  const ready = new Promise<void>((ok, fail) => {
    const check = () => {
      if (out.includes('ready\n')) ok();
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => fail(new Error(`writer ${opts.worker} exited (${code}) before ready: ${err}`)));
  });
  const done = new Promise<WriteLoadResult>((ok, fail) => {
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) fail(new Error(`writer ${opts.worker} exited ${code}: ${err.slice(0, 2000)}`));
      else ok(JSON.parse(last) as WriteLoadResult);
    });
  });
  return { child, ready, done };
}

describeEachDatabase('two processes writing to one database', (t) => {
  test('concurrent writers on SQLite failed with "database is locked": none fails, invariants hold', async () => {
    const db = t.database.db;
    const t0 = new Date('2026-11-10T12:00:00Z');
    const password = 'a long enough password';
    const editor = await createUser(db, { email: 'ed@example.org', password, role: 'editor' }, t0);
    const reader = await createUser(db, { email: 'reader@example.org', password, role: 'member' }, t0);
    const writers = [1, 2].map((worker) =>
      startWriter({
        dataDir: t.dataDir,
        ...(t.databaseUrl ? { databaseUrl: t.databaseUrl } : {}),
        worker,
        rounds: ROUNDS,
        editorId: editor.id,
        readerId: reader.id,
        readerEmail: reader.email,
        resetLimits: RESET_LIMITS,
        attemptRule: ATTEMPT_RULE,
      }),
    );
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.child.stdin.end('go\n');
    const results = await Promise.all(writers.map((w) => w.done));
    const failures = results.flatMap((r) => r.failures.map((f) => `process ${r.worker}: ${f}`));
    assert.deepEqual(failures.slice(0, 10), [], `${failures.length} failures`);
    assert.equal(
      results.reduce((n, r) => n + r.saved, 0),
      2 * ROUNDS,
    );
    const seqs = (
      await db.selectFrom('editorial_revisions').select('seq').where('code', '=', 'E11.9').orderBy('seq').execute()
    ).map((r) => Number(r.seq));
    assert.deepEqual(
      seqs,
      Array.from({ length: 2 * ROUNDS }, (_, i) => i + 1),
    );
    // a free account reads 5 code pages a month, however many processes count its views
    assert.equal(
      results.reduce((n, r) => n + r.viewsAllowed, 0),
      5,
    );
    const views = await db
      .selectFrom('code_views')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('viewer', '=', `user:${reader.id}`)
      .executeTakeFirstOrThrow();
    assert.equal(Number(views.n), 5);
  });
});
