// Who is asking: the session cookie (pages), an API key (Authorization: Bearer), or a guest (a signed cookie
// id, made when first needed). Also the cookie secret, CSRF protection for forms, and the cookie settings:
// HttpOnly, SameSite=Lax, Secure when the request came over TLS (behind a proxy: TRUST_PROXY). Registered on the
// site scope of app.ts, around the features; the probes and the assets are outside it and never look anyone up.
// A product for one role checks it with the scoped hook of require-role.ts.
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  appSecret,
  createSession,
  endSession,
  randomToken,
  SESSION_MAX_MS,
  sessionUser,
  type User,
  userForApiKey,
  type Viewer,
} from '../../accounts/index.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import { AppError } from '../../shared/index.js';

export const SESSION_COOKIE = 'cd_session';
export const GUEST_COOKIE = 'cd_guest';

declare module 'fastify' {
  interface FastifyRequest {
    /** the signed-in user (session or API key), resolved before the handler */
    user: User | undefined;
    /** how the user was recognised */
    authVia: 'session' | 'api-key' | undefined;
  }
}

/** The secret for signed cookies: SESSION_SECRET, else one generated once and kept in the database. */
function cookieSecret(config: Readonly<Config>, database: Database): Promise<string> {
  return appSecret(database.db, config.sessionSecret);
}

const secure = (request: FastifyRequest): boolean => request.protocol === 'https';

export function cookieOptions(request: FastifyRequest, maxAgeSeconds: number) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: secure(request), maxAge: maxAgeSeconds };
}

export async function registerAuth(
  app: FastifyInstance,
  config: Readonly<Config>,
  database: Database,
  now: () => Date,
): Promise<void> {
  await app.register(cookie, { secret: await cookieSecret(config, database) });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: '_csrf',
    // 'auto': Secure when the request came over TLS, as the session and guest cookies (cookieOptions)
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', signed: true, secure: 'auto' },
  });
  app.decorateRequest('user', undefined);
  app.decorateRequest('authVia', undefined);
  app.addHook('preHandler', async (request) => {
    const key = bearerKey(request.headers.authorization);
    if (key !== undefined) {
      if (key === null) throw new AppError('AUTH_INVALID_API_KEY', {});
      request.user = await userForApiKey(database.db, key, now());
      request.authVia = 'api-key';
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.user = await sessionUser(database.db, token, now());
      if (request.user) request.authVia = 'session';
    }
  });
}

/**
 * Whether `token` is this visitor's CSRF token, by the very check `app.csrfProtection` makes (the secret from the
 * signed `_csrf` cookie, the token verified against it). That hook reads the token from a parsed body or a header;
 * a multipart form is read by its route as a stream (web/uploads.ts), so the route hands over the `_csrf` field it
 * read. The hook is run on stand-ins for the request and reply that carry that token as the body and catch the
 * refusal the hook would send, so nothing is answered from here.
 */
export function csrfTokenValid(request: FastifyRequest, reply: FastifyReply, token: string): boolean {
  if (token === '') return false;
  let passed = false;
  const asked: FastifyRequest = Object.create(request, { body: { value: { _csrf: token } } });
  const answer: FastifyReply = Object.create(reply, { send: { value: () => answer } });
  request.server.csrfProtection.call(request.server, asked, answer, () => {
    passed = true;
  });
  return passed;
}

/**
 * The API key of an `Authorization: Bearer KEY` header (the scheme in any case, RFC 9110 §11.1); null for a
 * Bearer header without exactly one key. Other schemes are not ours — HTTP basic auth at a proxy in front of
 * the site sends `Basic …` on every request — so they are ignored (undefined), as is an empty header.
 */
function bearerKey(header: string | undefined): string | null | undefined {
  const m = /^\s*(\S+)(?:\s+(.*?))?\s*$/.exec(header ?? '');
  if (m?.[1]?.toLowerCase() !== 'bearer') return undefined;
  const key = m[2] ?? '';
  return key !== '' && !/\s/.test(key) ? key : null;
}

/** Starts a session for the user and sets its cookie (a new token each log in: no session fixation). */
export async function logIn(database: Database, reply: FastifyReply, user: User, now: Date): Promise<void> {
  const old = reply.request.cookies[SESSION_COOKIE];
  if (old) await endSession(database.db, old);
  const token = await createSession(database.db, user.id, now);
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(reply.request, SESSION_MAX_MS / 1000));
}

export async function logOut(database: Database, reply: FastifyReply): Promise<void> {
  await endSession(database.db, reply.request.cookies[SESSION_COOKIE]);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * The viewer for the meter: the user, else the guest of the signed cookie, made now when missing (and its
 * cookie set, unless issue is false: a request that counts nothing makes no guest).
 */
export function meterViewer(request: FastifyRequest, reply: FastifyReply, issue = true): Viewer {
  if (request.user) return { kind: 'user', user: request.user };
  const raw = request.cookies[GUEST_COOKIE];
  const unsigned = raw ? request.unsignCookie(raw) : undefined;
  if (unsigned?.valid && unsigned.value) return { kind: 'guest', guestId: unsigned.value };
  const guestId = randomToken(16);
  // API clients without a cookie jar are a new guest each time: the per-address cap is what limits them
  if (issue) reply.setCookie(GUEST_COOKIE, guestId, { ...cookieOptions(request, 400 * 24 * 3600), signed: true });
  return { kind: 'guest', guestId, fresh: true };
}

/** The signed-in user; a guest is refused (401). In a scope with a requireRole hook, the user that passed it. */
export function requireUser(request: FastifyRequest): User {
  if (!request.user) throw new AppError('AUTH_REQUIRED', {});
  return request.user;
}
