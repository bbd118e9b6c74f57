// Outbound mail: hands each message to the one configured SMTP relay (SMTP_RELAY_URL) and nothing else. No
// queue and no retries (the task outbox, tasks/mail-outbox.ts, does both) and no templates here: a caller builds
// the text, calls send(), and either gets the Message-ID (for threading later replies through
// In-Reply-To/References) or an AppError MAIL_SEND_FAILED saying whether the relay could not be reached or
// refused the message. Timeouts are short so a dead relay fails promptly instead of holding the task worker, and
// no error text ever carries the URL's credentials.
import { createTransport, type NodemailerError } from 'nodemailer';
import type { Config } from '../config.js';
import { AppError } from '../shared/index.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** Message-ID of the mail this one answers, e.g. "<abc@example.org>" */
  inReplyTo?: string;
  /** Message-IDs of the thread so far, oldest first */
  references?: string[];
  /**
   * An https/http address that unsubscribes the recipient with one POST: sent as List-Unsubscribe with
   * List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058), so mail programs can offer an unsubscribe button
   */
  unsubscribeUrl?: string;
}

/** The RFC 8058 headers for an unsubscribe address; none for anything but a plain http(s) URL on one line. */
function unsubscribeHeaders(url: string | undefined): Record<string, string> | undefined {
  if (url === undefined || !/^https?:\/\/[^\s<>]+$/.test(url)) return undefined;
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export interface Mailer {
  /** Sends one message through the relay; resolves with its Message-ID ("<...@...>"). */
  send(message: MailMessage): Promise<{ messageId: string }>;
  /** Releases the transport; pending sends still finish. */
  close(): void;
}

/** How long to wait for the TCP connection and for the relay's greeting. */
const CONNECT_TIMEOUT_MS = 10_000;
/** How long the relay may stay silent in the middle of a session. */
const SOCKET_TIMEOUT_MS = 30_000;

/** Errors that mean no SMTP conversation took place (or it broke off), as opposed to a rejection. */
const UNREACHABLE_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY']);

interface Relay {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  pass: string | undefined;
  /** host:port, for messages; never includes credentials */
  label: string;
}

function parseRelayUrl(url: string): Relay {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('CONFIG_INVALID', { problems: ['SMTP_RELAY_URL must look like smtp://host:port'] });
  }
  const secure = parsed.protocol === 'smtps:';
  if ((!secure && parsed.protocol !== 'smtp:') || parsed.hostname === '') {
    throw new AppError('CONFIG_INVALID', { problems: ['SMTP_RELAY_URL must look like smtp://host:port'] });
  }
  // Nodemailer's defaults: 465 for implicit TLS, the submission port otherwise.
  const port = parsed.port ? Number(parsed.port) : secure ? 465 : 587;
  const hostname = parsed.hostname;
  return {
    host: hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname,
    port,
    secure,
    user: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    pass: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    label: `${hostname}:${port}`,
  };
}

/** Removes anything that could be a credential from text that ends up in an error message. */
function redact(text: string, relay: Relay): string {
  let out = text.replace(/\/\/[^/\s@]*@/g, '//');
  for (const secret of [relay.pass, relay.pass && encodeURIComponent(relay.pass)]) {
    if (secret) out = out.split(secret).join('***');
  }
  return out.replace(/\s+/g, ' ').trim();
}

function toAppError(err: unknown, relay: Relay): AppError<'MAIL_SEND_FAILED'> {
  const e = (err ?? {}) as NodemailerError;
  const code = typeof e.code === 'string' ? e.code : '';
  const original = e.originalCode ?? code;
  if (UNREACHABLE_CODES.has(code) || /^E(CONNREFUSED|CONNRESET|HOSTUNREACH|NETUNREACH|NOTFOUND|AI_AGAIN)$/.test(code)) {
    let detail: string;
    if (original === 'ECONNREFUSED') detail = 'connection refused';
    else if (original === 'ENOTFOUND' || original === 'EAI_AGAIN' || code === 'EDNS') detail = 'host name not found';
    else if (original === 'EHOSTUNREACH' || original === 'ENETUNREACH') detail = 'no route to the host';
    else if (code === 'ETIMEDOUT' && e.timeoutType === 'SOCKET_TIMEOUT')
      detail = `it stopped answering for ${SOCKET_TIMEOUT_MS / 1000} seconds`;
    else if (code === 'ETIMEDOUT') detail = `no answer within ${CONNECT_TIMEOUT_MS / 1000} seconds`;
    else if (code === 'ETLS') detail = 'the TLS handshake failed';
    else detail = redact(e.message || 'the connection failed', relay);
    return new AppError('MAIL_SEND_FAILED', { relay: relay.label, reason: 'unreachable', detail });
  }
  let detail: string;
  if (code === 'EAUTH' || code === 'ENOAUTH') {
    detail = `login rejected${e.response ? `: ${redact(e.response, relay)}` : ''}`;
  } else if (e.response) {
    detail = redact(e.response, relay);
  } else {
    detail = redact(e.message || String(err), relay);
  }
  return new AppError('MAIL_SEND_FAILED', { relay: relay.label, reason: 'refused', detail });
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}

export function createMailer(config: Pick<Config, 'smtpRelayUrl' | 'mailFrom'>): Mailer {
  const relay = parseRelayUrl(config.smtpRelayUrl);
  const transport = createTransport({
    host: relay.host,
    port: relay.port,
    secure: relay.secure,
    // smtps:// is TLS from the first byte; smtp:// to a relay on loopback stays plain, and to any other host
    // upgrades with STARTTLS when the relay offers it, so a password in the URL is not sent in the clear
    ignoreTLS: !relay.secure && isLoopback(relay.host),
    auth: relay.user !== undefined ? { user: relay.user, pass: relay.pass ?? '' } : undefined,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: CONNECT_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    logger: false,
    debug: false,
  });

  return {
    async send(message) {
      try {
        const info = await transport.sendMail({
          from: config.mailFrom,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          replyTo: message.replyTo,
          inReplyTo: message.inReplyTo,
          references: message.references && message.references.length > 0 ? message.references : undefined,
          headers: unsubscribeHeaders(message.unsubscribeUrl),
        });
        return { messageId: info.messageId };
      } catch (err) {
        throw toAppError(err, relay);
      }
    },
    close() {
      transport.close();
    },
  };
}
