// codedesk tasks list / retry on SQLite and PostgreSQL: an operator sees the queue (a mail by whom and what,
// never its text), filters it by state, and puts a dead task back; bad input exits 2 with the error shape.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { enqueue, enqueueMail, startTaskWorker, type TaskListing } from '../tasks/index.js';
import { cliMain } from './test-support/run-cli.js';

describeEachDatabase('codedesk tasks', (t) => {
  const codedesk = (args: string[]) => {
    const env = { ...process.env, CODEDESK_DATA_DIR: t.dataDir, DATABASE_URL: t.databaseUrl ?? '' };
    const r = spawnSync(process.execPath, ['--import', 'tsx', cliMain, 'tasks', ...args], { encoding: 'utf8', env });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  test('list shows the queue newest first, by state; retry puts a dead task back; refusals exit 2', async () => {
    const db = t.database.db;
    const now = new Date();
    const dead = await enqueue(db, { type: 'report', payload: { month: '2026-11' }, maxAttempts: 1 }, now);
    const failed = await enqueue(db, { type: 'report', payload: { month: '2026-10' }, maxAttempts: 5 }, now);
    const done = await enqueue(db, { type: 'ping', payload: null }, now);
    const worker = startTaskWorker(t.database, {
      types: {
        report: {
          run: async () => {
            throw new Error('the report service is down');
          },
        },
        ping: { run: async () => {} },
      },
      log: { info: () => {}, warn: () => {}, error: () => {} },
      pollMs: 10,
      backoff: { baseMs: 3600_000, maxMs: 3600_000 },
    });
    await worker.idle();
    await worker.stop();
    const mail = await enqueueMail(
      db,
      {
        to: 'ops@example.org',
        subject: 'Reset your password',
        text: 'https://codedesk.test/password-reset/secret-token',
      },
      new Date(now.getTime() + 1000),
    );

    const all = codedesk(['list', '--json']);
    assert.equal(all.status, 0, all.stderr);
    const listed = JSON.parse(all.stdout) as TaskListing[];
    assert.equal(listed[0]?.id, mail, 'newest first');
    assert.deepEqual(
      new Map(listed.map((x) => [x.id, x.state])),
      new Map([
        [mail, 'queued'],
        [dead, 'dead'],
        [failed, 'failed'],
        [done, 'done'],
      ]),
    );
    assert.deepEqual(listed[0]?.summary, { to: 'ops@example.org', subject: 'Reset your password' });
    assert.equal(listed.find((x) => x.id === dead)?.lastError, 'the report service is down');
    assert.doesNotMatch(all.stdout, /secret-token/);

    const deadOnly = JSON.parse(codedesk(['list', '--state', 'dead', '--json']).stdout) as TaskListing[];
    assert.deepEqual(
      deadOnly.map((x) => x.id),
      [dead],
    );
    const text = codedesk(['list']);
    assert.equal(text.status, 0, text.stderr);
    assert.match(
      text.stdout,
      new RegExp(`${dead}  report  dead  attempts 1/1 .*last error: the report service is down`),
    );
    assert.match(text.stdout, /to ops@example\.org: Reset your password/);
    assert.doesNotMatch(text.stdout, /secret-token/);

    const retried = codedesk(['retry', dead, '--json']);
    assert.equal(retried.status, 0, retried.stderr);
    const back = JSON.parse(retried.stdout) as TaskListing;
    assert.deepEqual([back.id, back.state, back.attempts], [dead, 'queued', 0]);
    assert.ok(Date.parse(back.runAt) <= Date.now());
    assert.match(codedesk(['retry', failed]).stdout, new RegExp(`queued ${failed} \\(report\\) again`));

    const notRetryable = codedesk(['retry', done, '--json']);
    assert.equal(notRetryable.status, 2);
    assert.equal(JSON.parse(notRetryable.stdout).error.code, 'TASK_NOT_RETRYABLE');
    const unknown = codedesk(['retry', 'no-such-task', '--json']);
    assert.equal(unknown.status, 2);
    assert.equal(JSON.parse(unknown.stdout).error.code, 'NOT_FOUND');
    const badState = codedesk(['list', '--state', 'sleeping', '--json']);
    assert.equal(badState.status, 2);
    assert.match(JSON.parse(badState.stdout).error.message, /--state must be one of queued, running, done/);
  });
});
