import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppError, isAppError } from '../shared/index.js';
import { freePort } from '../shared/test-support/free-port.js';
import { createMailer } from './index.js';
import { startRefusingRelay } from './test-support/refusing-relay.js';
import { type SmtpSink, startSmtpSink } from './test-support/smtp-sink.js';

const mailFrom = 'CodeDesk <no-reply@codedesk.localhost>';
let sink: SmtpSink;

before(async () => {
  sink = await startSmtpSink();
});
after(async () => {
  await sink.close();
});

test('a message arrives at the relay with its envelope, subject, text and html', async () => {
  const mailer = createMailer({ smtpRelayUrl: sink.url, mailFrom });
  try {
    const { messageId } = await mailer.send({
      to: 'coder@example.org',
      subject: 'Your sign-in link',
      text: 'Open https://codedesk.example/sign-in/abc to sign in.',
      html: '<p>Open <a href="https://codedesk.example/sign-in/abc">this link</a> to sign in.</p>',
      replyTo: 'support@codedesk.localhost',
    });
    assert.match(messageId, /^<[^<>@\s]+@[^<>@\s]+>$/);
    const mail = await sink.waitFor((m) => m.messageId === messageId);
    assert.deepEqual(mail.to, ['coder@example.org']);
    assert.equal(mail.envelopeFrom, 'no-reply@codedesk.localhost');
    assert.equal(mail.from, '"CodeDesk" <no-reply@codedesk.localhost>');
    assert.equal(mail.subject, 'Your sign-in link');
    assert.equal(mail.text.trim(), 'Open https://codedesk.example/sign-in/abc to sign in.');
    assert.match(mail.html ?? '', /<a href="https:\/\/codedesk\.example\/sign-in\/abc">this link<\/a>/);
    assert.equal(mail.replyTo, 'support@codedesk.localhost');
    assert.equal(mail.inReplyTo, undefined);
    assert.equal(mail.references, undefined);
    assert.equal(mail.authUser, undefined);
    assert.match(mail.raw, /^Message-ID: <[^>]+>\r?$/im);
  } finally {
    mailer.close();
  }
});

test('a reply carries In-Reply-To and References so mail clients thread it', async () => {
  const mailer = createMailer({ smtpRelayUrl: sink.url, mailFrom });
  try {
    const first = await mailer.send({ to: 'coder@example.org', subject: 'Question about J45.909', text: 'Hello' });
    const second = await mailer.send({
      to: 'coder@example.org',
      subject: 'Re: Question about J45.909',
      text: 'An answer',
      inReplyTo: first.messageId,
      references: ['<root.1@example.org>', first.messageId],
    });
    const reply = await sink.waitFor((m) => m.messageId === second.messageId);
    assert.equal(reply.inReplyTo, first.messageId);
    assert.deepEqual(reply.references, ['<root.1@example.org>', first.messageId]);
    assert.match(
      reply.raw,
      new RegExp(`^In-Reply-To: ${first.messageId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\r?$`, 'im'),
    );
    assert.notEqual(second.messageId, first.messageId);
  } finally {
    mailer.close();
  }
});

test('credentials in the relay URL are used to log in', async () => {
  const url = sink.url.replace('smtp://', 'smtp://mailer:s%40cret@');
  const mailer = createMailer({ smtpRelayUrl: url, mailFrom });
  try {
    const { messageId } = await mailer.send({ to: 'a@example.org', subject: 'With login', text: 'x' });
    const mail = await sink.waitFor((m) => m.messageId === messageId);
    assert.equal(mail.subject, 'With login');
    assert.equal(mail.authUser, 'mailer');
  } finally {
    mailer.close();
  }
});

test('waitFor finds mail already received and rejects clearly on timeout', async () => {
  const mailer = createMailer({ smtpRelayUrl: sink.url, mailFrom });
  try {
    await mailer.send({ to: 'early@example.org', subject: 'Early bird', text: 'x' });
  } finally {
    mailer.close();
  }
  const early = await sink.waitFor((m) => m.subject === 'Early bird', 10);
  assert.deepEqual(early.to, ['early@example.org']);
  await assert.rejects(
    sink.waitFor((m) => m.subject === 'Never sent', 50),
    /no matching message within 50 ms/,
  );
});

test('a relay that is not listening fails promptly with MAIL_SEND_FAILED and no credentials', async () => {
  const port = await freePort();
  const mailer = createMailer({ smtpRelayUrl: `smtp://user:secret@127.0.0.1:${port}`, mailFrom });
  const started = Date.now();
  try {
    await assert.rejects(
      mailer.send({ to: 'coder@example.org', subject: 'Lost', text: 'Nobody is listening' }),
      (err: unknown) => {
        assert.ok(isAppError(err), `expected an AppError, got ${String(err)}`);
        assert.ok(err instanceof AppError);
        assert.equal(err.code, 'MAIL_SEND_FAILED');
        assert.equal(err.status, 502);
        assert.match(err.message, new RegExp(`relay at 127\\.0\\.0\\.1:${port} could not be reached`));
        assert.match(err.message, /connection refused/);
        const serialised = JSON.stringify({ message: err.message, params: err.params, json: err.toJSON() });
        assert.doesNotMatch(serialised, /secret/);
        assert.doesNotMatch(serialised, /user:/);
        return true;
      },
    );
  } finally {
    mailer.close();
  }
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test('a relay that rejects the recipient gives MAIL_SEND_FAILED saying it refused the message', async () => {
  const relay = await startRefusingRelay();
  const { port } = relay;
  const mailer = createMailer({ smtpRelayUrl: `smtp://127.0.0.1:${port}`, mailFrom });
  try {
    await assert.rejects(mailer.send({ to: 'ghost@example.org', subject: 'x', text: 'x' }), (err: unknown) => {
      assert.ok(isAppError(err));
      assert.equal(err.code, 'MAIL_SEND_FAILED');
      assert.match(err.message, new RegExp(`relay at 127\\.0\\.0\\.1:${port} refused the message`));
      assert.match(err.message, /550/);
      return true;
    });
  } finally {
    mailer.close();
    await relay.close();
  }
});

test('a relay URL that is not smtp:// or smtps:// is a configuration error', () => {
  assert.throws(() => createMailer({ smtpRelayUrl: 'http://127.0.0.1:25', mailFrom }), /SMTP_RELAY_URL/);
});
