// A real SMTP server for tests: smtp-server on a loopback port (the OS picks it unless told), plain text (no STARTTLS), any
// login or none accepted. Every message that arrives is parsed with mailparser and kept in `messages`, so a
// test can send through the real mailer and assert on what a relay would have received.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** the From: header as text, e.g. "CodeDesk <no-reply@codedesk.localhost>" */
  from: string;
  /** the envelope sender (MAIL FROM) */
  envelopeFrom: string;
  /** the envelope recipients (RCPT TO) */
  to: string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  messageId: string;
  inReplyTo?: string;
  references?: string[];
  /** the user name the client logged in with, when it logged in */
  authUser?: string;
  /** the message exactly as received (headers and body) */
  raw: string;
}

export interface SmtpSink {
  port: number;
  /** smtp://127.0.0.1:PORT */
  url: string;
  /** every message received so far, oldest first */
  messages: ReceivedMail[];
  /** The first message (already received or still to come) that matches; rejects after timeoutMs. */
  waitFor(predicate: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export interface SmtpSinkOptions {
  /** how long the sink takes to accept each message, as a slow relay would (default 0) */
  delayMs?: number;
  /** listen on this port (a relay that comes back where it was); default: one the OS picks */
  port?: number;
}

interface Waiter {
  predicate: (m: ReceivedMail) => boolean;
  resolve: (m: ReceivedMail) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<Waiter>();

  const deliver = (mail: ReceivedMail): void => {
    messages.push(mail);
    for (const w of waiters) {
      let matches = false;
      try {
        matches = w.predicate(mail);
      } catch (e) {
        waiters.delete(w);
        clearTimeout(w.timer);
        w.reject(e instanceof Error ? e : new Error(String(e)));
        continue;
      }
      if (matches) {
        waiters.delete(w);
        clearTimeout(w.timer);
        w.resolve(mail);
      }
    }
  };

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    hideSTARTTLS: true,
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? '' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (err) => callback(err));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            const references = parsed.references;
            deliver({
              from: parsed.from?.text ?? '',
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : undefined,
              replyTo: parsed.replyTo?.text,
              messageId: parsed.messageId ?? '',
              inReplyTo: parsed.inReplyTo,
              references: references === undefined ? undefined : Array.isArray(references) ? references : [references],
              authUser: typeof session.user === 'string' ? session.user : undefined,
              raw,
            });
            if (options.delayMs) setTimeout(() => callback(), options.delayMs);
            else callback();
          },
          (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
        );
      });
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    const net = server.listen(options.port ?? 0, '127.0.0.1', () => {
      net.off('error', reject);
      resolve((net.address() as AddressInfo).port);
    });
    net.once('error', reject);
  });
  // Errors on single connections (a client hanging up mid-session) must not crash the test process.
  server.on('error', () => {});

  let closed: Promise<void> | undefined;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(predicate, timeoutMs = 5000) {
      const already = messages.find(predicate);
      if (already) return Promise.resolve(already);
      return new Promise<ReceivedMail>((resolve, reject) => {
        const waiter: Waiter = {
          predicate,
          resolve,
          reject,
          timer: setTimeout(() => {
            waiters.delete(waiter);
            const seen =
              messages.length === 0
                ? 'none arrived'
                : `${messages.length} arrived: ${messages.map((m) => `"${m.subject}" to ${m.to.join(', ')}`).join('; ')}`;
            reject(new Error(`SMTP sink: no matching message within ${timeoutMs} ms (${seen})`));
          }, timeoutMs),
        };
        waiters.add(waiter);
      });
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        for (const w of waiters) {
          clearTimeout(w.timer);
          w.reject(new Error('SMTP sink closed before a matching message arrived'));
        }
        waiters.clear();
        server.close(() => resolve());
      });
      return closed;
    },
  };
}
