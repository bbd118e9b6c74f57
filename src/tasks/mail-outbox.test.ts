// The mail outbox on SQLite and PostgreSQL with real SMTP on loopback: enqueueMail never talks to the relay (a
// slow relay holds the worker, not the caller); the worker sends the mail and keeps only whom and what; a relay
// that refuses the recipient for good (5xx) makes the task dead at once instead of retrying it for an hour.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { createMailer } from '../mail/index.js';
import { startRefusingRelay } from '../mail/test-support/refusing-relay.js';
import { type SmtpSink, startSmtpSink } from '../mail/test-support/smtp-sink.js';
import { enqueueMail, listTasks, startTaskWorker, taskTypes } from './index.js';

const mailFrom = 'CodeDesk <no-reply@codedesk.localhost>';
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

describeEachDatabase('the mail outbox', (t) => {
  let slow: SmtpSink;
  before(async () => {
    slow = await startSmtpSink({ delayMs: 300 });
  });
  after(() => slow.close());

  test('enqueueMail returns before a slow relay has the mail; the worker sends it and keeps no text', async () => {
    const db = t.database.db;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(
        await enqueueMail(db, { to: `q${i}@example.org`, subject: `Queued ${i}`, text: 'secret link' }, new Date()),
      );
    // nothing reached the relay: queued is all that happened
    assert.equal(slow.messages.filter((m) => /^Queued/.test(m.subject)).length, 0);
    const mailer = createMailer({ smtpRelayUrl: slow.url, mailFrom });
    const worker = startTaskWorker(t.database, { types: taskTypes({ mailer }), log: quiet, pollMs: 10 });
    try {
      for (let i = 0; i < 3; i++) await slow.waitFor((m) => m.subject === `Queued ${i}`, 10_000);
      let tasks = await listTasks(db, { limit: 1000 });
      while (ids.some((id) => tasks.find((x) => x.id === id)?.state !== 'done')) {
        await worker.idle();
        tasks = await listTasks(db, { limit: 1000 });
      }
    } finally {
      await worker.stop();
      mailer.close();
    }
    const kept = await db.selectFrom('tasks').select('payload').where('id', 'in', ids).execute();
    for (const row of kept) assert.doesNotMatch(row.payload, /secret link/);
    assert.deepEqual(
      (await listTasks(db, { limit: 1000 })).filter((x) => x.id === ids[0]).map((x) => x.summary),
      [{ to: 'q0@example.org', subject: 'Queued 0' }],
    );
  });

  test('a relay that refuses the recipient (550) makes the mail dead at once, the reason kept', async () => {
    const relay = await startRefusingRelay();
    const mailer = createMailer({ smtpRelayUrl: `smtp://127.0.0.1:${relay.port}`, mailFrom });
    const id = await enqueueMail(t.database.db, { to: 'ghost@example.org', subject: 'x', text: 'x' }, new Date());
    const worker = startTaskWorker(t.database, { types: taskTypes({ mailer }), log: quiet, pollMs: 10 });
    try {
      await worker.idle();
    } finally {
      await worker.stop();
      mailer.close();
      await relay.close();
    }
    const [task] = (await listTasks(t.database.db, { state: 'dead' })).filter((x) => x.id === id);
    assert.ok(task, 'dead');
    assert.equal(task.attempts, 1);
    assert.match(task.lastError ?? '', /refused the message \(550/);
  });
});
