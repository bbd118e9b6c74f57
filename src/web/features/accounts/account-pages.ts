// Account routes: register, log in, log out, password reset by mail, the account page with its API keys.
// Every POST checks the CSRF token; the account forms share one attempt budget per client address, and log in
// has its own limit per account (accounts/auth-limits.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import {
  changePassword,
  createApiKey,
  createUser,
  endUserSessions,
  listApiKeys,
  logInWithLimit,
  meterStatus,
  requestPasswordReset,
  resetPassword,
  resetTokenUsable,
  revokeApiKey,
  takeFormAttempt,
} from '../../../accounts/index.js';
import { AppError, displayableText } from '../../../shared/index.js';
import { PAGE_FORM_BODY_LIMIT } from '../../body-limits.js';
import type { FullDeps } from '../../deps.js';
import { formField as field, formRefusal, formRoute } from '../../form-route.js';
import { logIn, logOut, meterViewer, requireUser } from '../../plugins/auth.js';
import { sendPage } from '../../render.js';
import { AccountPage, LoginPage, RegisterPage, ResetPasswordPage, ResetRequestPage } from './account-views.js';
import { safeNext } from './safe-next.js';

type Form = Record<string, string | undefined>;

/** `next` to carry in the log-in form, as given: only a path safeNext would follow (it encodes it when it does) */
const nextProp = (next: string | undefined) => (next && safeNext(next, '') !== '' ? { next } : {});

/** what was typed, shown back in a refused form (a refused character as U+FFFD) */
const typed = (name: string, value: string | undefined) => (value ? { [name]: displayableText(value) } : {});

export function registerAccountRoutes(app: FastifyInstance, deps: FullDeps): void {
  const { database, config } = deps;
  const db = database.db;
  // the reset link's mail and the password-changed notice, queued with the change (accounts/account-mail.ts)
  const mail = { publicUrl: config.publicUrl };
  // one budget per client address for all the account forms, counted in the database (shared by every process)
  const countFormAttempt = async (req: FastifyRequest) => takeFormAttempt(db, req.ip, deps.now(), config);
  const guarded = { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: [app.csrfProtection, countFormAttempt] };
  const csrfChecked = { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection };
  const meta = (title: string) => ({ title, noStore: true });

  app.get('/register', async (_req, reply) =>
    sendPage(reply, meta('Register'), h(RegisterPage, { csrf: reply.generateCsrf(), freeViews: config.freeCodeViews })),
  );
  app.post(
    '/register',
    guarded,
    formRoute({
      read: (req) => ({
        email: field(req.body, 'email'),
        password: field(req.body, 'password'),
        role: field(req.body, 'role') ?? 'member',
      }),
      async run({ email, password, role }, _req, reply) {
        if (role !== 'member' && role !== 'employer')
          throw new AppError('ACCOUNT_INVALID', { field: 'role', why: 'choose member or employer' });
        const user = await createUser(db, { email: email ?? '', password: password ?? '', role }, deps.now());
        await logIn(database, reply, user, deps.now());
        return reply.redirect('/account', 303);
      },
      refused({ email, role }, refusal, _req, reply) {
        const props = { csrf: reply.generateCsrf(), error: refusal.message, role, freeViews: config.freeCodeViews };
        const page = h(RegisterPage, { ...props, ...typed('email', email) });
        return sendPage(reply, meta('Register'), page, refusal.status);
      },
    }),
  );

  app.get<{ Querystring: Form }>('/login', async (req, reply) => {
    const next = req.query.next;
    const notice = req.query.reset === '1' ? 'Your password is changed; log in with the new one.' : undefined;
    return sendPage(
      reply,
      meta('Log in'),
      h(LoginPage, { csrf: reply.generateCsrf(), ...nextProp(next), ...(notice ? { notice } : {}) }),
    );
  });
  app.post(
    '/login',
    guarded,
    formRoute({
      read: (req) => ({
        email: field(req.body, 'email'),
        password: field(req.body, 'password'),
        next: field(req.body, 'next'),
      }),
      async run({ email, password, next }, _req, reply) {
        // decided before the session exists, so that no redirect can fail after it is made
        const target = safeNext(next);
        const user = await logInWithLimit(db, email, password, deps.now(), config);
        await logIn(database, reply, user, deps.now());
        return reply.redirect(target, 303);
      },
      refused({ email, next }, refusal, _req, reply) {
        // the account must wait: say how long, as the other 429 answers do
        if (refusal.code === 'RATE_LIMITED')
          reply.header('retry-after', String((refusal.params as { retryAfterSeconds: number }).retryAfterSeconds));
        const props = {
          csrf: reply.generateCsrf(),
          error: refusal.message,
          ...typed('email', email),
          ...nextProp(next),
        };
        return sendPage(reply, meta('Log in'), h(LoginPage, props), refusal.status);
      },
    }),
  );

  app.post('/logout', csrfChecked, async (_req, reply) => {
    await logOut(database, reply);
    return reply.redirect('/', 303);
  });

  app.get('/password-reset', async (_req, reply) =>
    sendPage(reply, meta('Reset your password'), h(ResetRequestPage, { csrf: reply.generateCsrf() })),
  );
  app.post(
    '/password-reset',
    guarded,
    formRoute({
      read: (req) => ({ email: field(req.body, 'email') ?? '' }),
      async run({ email }, _req, reply) {
        // the link's mail is queued with the link; the worker sends it after the answer
        await requestPasswordReset(db, email, deps.now(), config, mail);
        // the same answer whether or not the address has an account
        const page = h(ResetRequestPage, { csrf: reply.generateCsrf(), sent: true });
        return sendPage(reply, meta('Reset your password'), page);
      },
      refused({ email }, refusal, _req, reply) {
        const props = { csrf: reply.generateCsrf(), error: refusal.message, ...typed('email', email) };
        return sendPage(reply, meta('Reset your password'), h(ResetRequestPage, props), refusal.status);
      },
    }),
  );

  app.get<{ Params: { token: string } }>('/password-reset/:token', async (req, reply) => {
    if (!(await resetTokenUsable(db, req.params.token, deps.now()))) throw new AppError('RESET_TOKEN_INVALID', {});
    return sendPage(
      reply,
      meta('Choose a new password'),
      h(ResetPasswordPage, { csrf: reply.generateCsrf(), token: req.params.token }),
    );
  });
  app.post<{ Params: { token: string } }>(
    '/password-reset/:token',
    guarded,
    formRoute({
      read: (req: FastifyRequest<{ Params: { token: string } }>) => ({
        token: req.params.token,
        password: field(req.body, 'password') ?? '',
      }),
      async run({ token, password }, _req, reply) {
        await resetPassword(db, token, password, deps.now(), mail);
        await logOut(database, reply);
        return reply.redirect('/login?reset=1', 303);
      },
      // a link that cannot be used is the error page, not the form: there is nothing to type again
      refusalOf: (e) => {
        const refusal = formRefusal(e);
        return refusal?.code === 'RESET_TOKEN_INVALID' ? undefined : refusal;
      },
      refused({ token }, refusal, _req, reply) {
        const props = { csrf: reply.generateCsrf(), error: refusal.message, token };
        return sendPage(reply, meta('Choose a new password'), h(ResetPasswordPage, props), refusal.status);
      },
    }),
  );

  const accountPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: { newKey?: string; notice?: string; passwordError?: string } = {},
    status = 200,
  ) => {
    const user = requireUser(req);
    const meter = await meterStatus(db, meterViewer(req, reply), req.ip, deps.now(), config);
    const keys = await listApiKeys(db, user.id);
    const props = { user, meter, keys, csrf: reply.generateCsrf(), ...extra };
    return sendPage(reply, meta('Your account'), h(AccountPage, props), status);
  };

  app.get('/account', async (req, reply) => {
    if (!req.user) return reply.redirect('/login?next=/account', 303);
    return accountPage(req, reply);
  });
  app.post('/account/api-keys', csrfChecked, async (req, reply) => {
    const user = requireUser(req);
    const { key } = await createApiKey(db, user.id, deps.now());
    return accountPage(req, reply, { newKey: key });
  });
  app.post(
    '/account/password',
    guarded,
    formRoute({
      read: (req) => ({
        user: requireUser(req),
        current: field(req.body, 'current'),
        password: field(req.body, 'password'),
      }),
      async run({ user, current, password }, req, reply) {
        await changePassword(db, user.id, current, password, deps.now(), mail);
        // every session ends (a thief's too); this browser gets a fresh one
        await endUserSessions(db, user.id);
        await logIn(database, reply, user, deps.now());
        return accountPage(req, reply, { notice: 'Your password is changed; other sessions were logged out.' });
      },
      refused: (_input, refusal, req, reply) =>
        accountPage(req, reply, { passwordError: refusal.message }, refusal.status),
    }),
  );
  app.post<{ Params: { id: string } }>('/account/api-keys/:id/revoke', csrfChecked, async (req, reply) => {
    const user = requireUser(req);
    await revokeApiKey(db, user.id, req.params.id.slice(0, 100), deps.now());
    return reply.redirect('/account', 303);
  });
}
