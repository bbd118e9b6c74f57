// Two worker processes (each with its own connection or pool) racing on one queue of 1,000 tasks, on one SQLite
// file and on PostgreSQL: every task runs exactly once, and both processes take part.
import assert from 'node:assert/strict';
import { type ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../config.js';
import { writeTransaction } from '../db/index.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { enqueue } from './index.js';

const TASKS = 1000;
const WORKER = resolve(projectRoot, 'src/tasks/test-support/race-worker.ts');

interface Report {
  ran: number[];
  errors: string[];
}

function startWorker(env: Record<string, string>): {
  child: ChildProcess;
  ready: Promise<void>;
  report: Promise<Report>;
} {
  const child = fork(WORKER, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = new Promise<void>((ok, fail) => {
    child.once('message', () => ok());
    child.once('exit', (code) => fail(new Error(`worker exited (${code}) before it was ready`)));
  });
  const report = ready.then(
    () =>
      new Promise<Report>((ok, fail) => {
        child.once('message', (m) => ok(m as Report));
        child.once('exit', (code) => fail(new Error(`worker exited (${code}) without a report`)));
      }),
  );
  return { child, ready, report };
}

describeEachDatabase('two worker processes on one queue', (t) => {
  test(`${TASKS} tasks: each runs exactly once`, async (tc) => {
    const now = new Date();
    await writeTransaction(t.database.db, [], async (trx) => {
      for (let n = 0; n < TASKS; n++) await enqueue(trx, { type: 'race', payload: { n } }, now);
    });
    const env: Record<string, string> = t.databaseUrl
      ? { DATABASE_URL: t.databaseUrl }
      : { CODEDESK_DATA_DIR: t.dataDir };
    const workers = [startWorker(env), startWorker(env)];
    try {
      await Promise.all(workers.map((w) => w.ready));
      // both told to start at once
      for (const w of workers) w.child.send('go');
      const reports = await Promise.all(workers.map((w) => w.report));
      assert.deepEqual(
        reports.flatMap((r) => r.errors),
        [],
      );
      tc.diagnostic(`tasks run by each process: ${reports.map((r) => r.ran.length).join(' and ')}`);
      const ran = reports.flatMap((r) => r.ran).sort((a, b) => a - b);
      const twice = ran.filter((n, i) => ran[i - 1] === n);
      assert.deepEqual(twice, [], 'no task ran twice');
      assert.equal(ran.length, TASKS);
      assert.deepEqual(
        ran,
        Array.from({ length: TASKS }, (_, n) => n),
      );
      for (const [i, r] of reports.entries())
        assert.ok(r.ran.length > 0, `process ${i + 1} ran some (${r.ran.length})`);
      const states = await t.database.db
        .selectFrom('tasks')
        .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
        .where('type', '=', 'race')
        .groupBy('state')
        .execute();
      assert.deepEqual(
        states.map((s) => [s.state, Number(s.n)]),
        [['done', TASKS]],
      );
      const attempts = await t.database.db
        .selectFrom('tasks')
        .select('id')
        .where('type', '=', 'race')
        .where('attempts', '!=', 1)
        .execute();
      assert.deepEqual(attempts, [], 'every task was claimed once');
    } finally {
      for (const w of workers) if (w.child.exitCode === null) w.child.kill();
    }
  });
});
