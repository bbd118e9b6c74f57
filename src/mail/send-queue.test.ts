// The send queue over the real mailer and a real SMTP sink on loopback: enqueue returns at once and the mail
// still arrives; a relay that is down or a full queue is reported to onError, never to the caller; drain waits
// for what is in flight.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isAppError } from '../shared/index.js';
import { freePort } from '../shared/test-support/free-port.js';
import { createMailer, createSendQueue, type MailMessage } from './index.js';
import { type SmtpSink, startSmtpSink } from './test-support/smtp-sink.js';

const mailFrom = 'CodeDesk <no-reply@codedesk.localhost>';
let slowSink: SmtpSink;

before(async () => {
  slowSink = await startSmtpSink({ delayMs: 300 });
});
after(async () => {
  await slowSink.close();
});

test('enqueue returns before a slow relay has the mail; drain waits until it has', async () => {
  const mailer = createMailer({ smtpRelayUrl: slowSink.url, mailFrom });
  const errors: unknown[] = [];
  const outbox = createSendQueue(mailer, { onError: (e) => errors.push(e) });
  try {
    for (let i = 0; i < 3; i++) outbox.enqueue({ to: `q${i}@example.org`, subject: `Queued ${i}`, text: 'x' });
    // nothing can have arrived yet: the sink holds each message 300 ms
    assert.equal(slowSink.messages.filter((m) => /^Queued/.test(m.subject)).length, 0);
    await outbox.drain();
    assert.deepEqual(
      slowSink.messages
        .filter((m) => /^Queued/.test(m.subject))
        .map((m) => m.subject)
        .sort(),
      ['Queued 0', 'Queued 1', 'Queued 2'],
    );
    assert.deepEqual(errors, []);
  } finally {
    mailer.close();
  }
});

test('a relay that is down is reported to onError with MAIL_SEND_FAILED; the caller never sees it', async () => {
  const port = await freePort();
  const mailer = createMailer({ smtpRelayUrl: `smtp://127.0.0.1:${port}`, mailFrom });
  const failed: { error: unknown; message: MailMessage }[] = [];
  const outbox = createSendQueue(mailer, { onError: (error, message) => failed.push({ error, message }) });
  try {
    outbox.enqueue({ to: 'lost@example.org', subject: 'Lost', text: 'x' });
    await outbox.drain();
    assert.equal(failed.length, 1);
    assert.ok(isAppError(failed[0]?.error));
    assert.equal(failed[0]?.error.code, 'MAIL_SEND_FAILED');
    assert.equal(failed[0]?.message.to, 'lost@example.org');
  } finally {
    mailer.close();
  }
});

test('beyond maxQueued waiting messages, new ones are refused through onError with MAIL_QUEUE_FULL', async () => {
  const mailer = createMailer({ smtpRelayUrl: slowSink.url, mailFrom });
  const codes: string[] = [];
  const outbox = createSendQueue(mailer, {
    concurrency: 1,
    maxQueued: 2,
    onError: (e) => codes.push(isAppError(e) ? e.code : String(e)),
  });
  try {
    // one in flight, two waiting, the fourth refused
    for (let i = 0; i < 4; i++) outbox.enqueue({ to: `full${i}@example.org`, subject: `Full ${i}`, text: 'x' });
    assert.deepEqual(codes, ['MAIL_QUEUE_FULL']);
    await outbox.drain();
    assert.equal(slowSink.messages.filter((m) => /^Full/.test(m.subject)).length, 3);
  } finally {
    mailer.close();
  }
});
