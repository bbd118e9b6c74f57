// Mail through the task outbox, over HTTP on SQLite and PostgreSQL: with the relay down, asking for a password
// reset answers as always and the mail waits as a task; once the relay is back, the worker's retry delivers it,
// and the link in it works. Once sent, the task keeps whom and what, not the link.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createUser } from '../accounts/index.js';
import { postgresUnavailable } from '../db/test-support/postgres.js';
import { type SmtpSink, startSmtpSink } from '../mail/test-support/smtp-sink.js';
import { freePort } from '../shared/test-support/free-port.js';
import { TestClient } from './test-support/client.js';
import { type Dialect, startMiniApp, type TestApp } from './test-support/test-app.js';

const PASSWORD = 'a long enough password';

for (const dialect of ['sqlite', 'postgres'] as Dialect[]) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
  describe(`mail through the task outbox on ${dialect}`, { skip }, () => {
    let t: TestApp;
    let port: number;
    let sink: SmtpSink | undefined;
    before(async () => {
      // a relay address where nothing listens yet
      port = await freePort();
      t = await startMiniApp({
        dialect,
        env: {
          SMTP_RELAY_URL: `smtp://127.0.0.1:${port}`,
          PUBLIC_URL: 'http://codedesk.test',
          RATE_LIMIT_PER_MINUTE: '100000',
        },
      });
    });
    after(async () => {
      await t?.close();
      await sink?.close();
    });

    const mailTasks = () => t.database.db.selectFrom('tasks').selectAll().where('type', '=', 'mail').execute();

    test('a reset asked for while the relay was down was mailed once it came back', async () => {
      await createUser(t.database.db, { email: 'paula@example.org', password: PASSWORD, role: 'member' }, new Date());
      const c = new TestClient(t.app, {}, '10.8.0.1');
      const nobody = await c.submit('/password-reset', '/password-reset', { email: 'nobody@example.org' });
      assert.equal(nobody.statusCode, 200);
      const asked = await c.submit('/password-reset', '/password-reset', { email: 'paula@example.org' });
      assert.equal(asked.statusCode, 200);
      assert.match(asked.body, /If an account exists for that address/);
      // one mail task (none for the address without an account), failing while nobody listens
      let tasks = await mailTasks();
      while (!tasks.some((x) => x.state === 'failed')) {
        await new Promise((r) => setTimeout(r, 20));
        tasks = await mailTasks();
      }
      assert.equal(tasks.length, 1);
      assert.match(tasks[0]?.last_error ?? '', /MAIL_SEND_FAILED: .*could not be reached \(connection refused\)/);
      // the relay comes back on its address: the next retry delivers
      sink = await startSmtpSink({ port });
      const mail = await sink.waitFor((m) => m.to.includes('paula@example.org'), 20_000);
      assert.match(mail.subject, /Reset your CodeDesk password/);
      const link = /http:\/\/codedesk\.test(\/password-reset\/[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      assert.ok(link, mail.text);
      const set = await c.submit(link, link, { password: 'paulas new long password' });
      assert.equal(set.statusCode, 303);
      // the notice of the change goes the same way
      await sink.waitFor((m) => m.to.includes('paula@example.org') && /password was changed/.test(m.subject));
      // sent mail keeps its recipient and subject, never the text with the link
      tasks = await mailTasks();
      while (tasks.some((x) => x.state !== 'done')) {
        await new Promise((r) => setTimeout(r, 20));
        tasks = await mailTasks();
      }
      assert.equal(tasks.length, 2);
      const reset = tasks.find((x) => x.payload.includes('Reset your'));
      assert.ok(reset);
      assert.ok(reset.attempts >= 2, `attempts ${reset.attempts}`);
      assert.deepEqual(JSON.parse(reset.payload), { to: 'paula@example.org', subject: 'Reset your CodeDesk password' });
      assert.equal(sink.messages.filter((m) => /Reset your/.test(m.subject)).length, 1, 'sent once');
    });
  });
}
