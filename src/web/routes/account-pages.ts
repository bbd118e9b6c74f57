// Account routes: register, log in, log out, password reset by mail, the account page with its API keys.
// Every POST checks the CSRF token; log in, registration and reset are rate-limited per client address.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import {
  authenticate,
  changePassword,
  createApiKey,
  createUser,
  endUserSessions,
  getUser,
  listApiKeys,
  meterStatus,
  requestPasswordReset,
  resetPassword,
  resetTokenUsable,
  revokeApiKey,
} from '../../accounts/index.js';
import { AppError, isAppError } from '../../shared/index.js';
import type { FullDeps } from '../deps.js';
import { logIn, logOut, meterViewer, requireUser } from '../plugins/auth.js';
import { AccountPage, LoginPage, RegisterPage, ResetPasswordPage, ResetRequestPage } from '../views/account.js';
import { sendPage } from './render.js';
import { safeNext } from './safe-next.js';

type Form = Record<string, string | undefined>;

const field = (body: unknown, name: string): string | undefined => {
  const v = (body as Form | undefined)?.[name];
  return typeof v === 'string' ? v : undefined;
};

/** The message for a refused form; unexpected errors go on to the error handler. */
function refusal(e: unknown): { status: number; message: string } {
  if (isAppError(e) && e.status < 500) return { status: e.status, message: e.message };
  if (isAppError(e) && e.code === 'MAIL_SEND_FAILED') return { status: e.status, message: e.message };
  throw e;
}

export function registerAccountRoutes(app: FastifyInstance, deps: FullDeps): void {
  const { database, config } = deps;
  const db = database.db;
  const authLimit = { rateLimit: { max: config.authAttemptsPer15Minutes, timeWindow: '15 minutes' } };
  const guarded = { preHandler: app.csrfProtection, config: authLimit };
  const meta = (title: string) => ({ title, noStore: true });

  app.get('/register', async (_req, reply) =>
    sendPage(reply, meta('Register'), h(RegisterPage, { csrf: reply.generateCsrf(), freeViews: config.freeCodeViews })),
  );
  app.post('/register', guarded, async (req, reply) => {
    const email = field(req.body, 'email');
    const role = field(req.body, 'role') ?? 'member';
    try {
      if (role !== 'member' && role !== 'employer')
        throw new AppError('ACCOUNT_INVALID', { field: 'role', why: 'choose member or employer' });
      const user = await createUser(
        db,
        { email: email ?? '', password: field(req.body, 'password') ?? '', role },
        deps.now(),
      );
      await logIn(database, reply, user, deps.now());
      return reply.redirect('/account', 303);
    } catch (e) {
      const { status, message } = refusal(e);
      const props = { csrf: reply.generateCsrf(), error: message, role, freeViews: config.freeCodeViews };
      return sendPage(reply, meta('Register'), h(RegisterPage, { ...props, ...(email ? { email } : {}) }), status);
    }
  });

  app.get<{ Querystring: Form }>('/login', async (req, reply) => {
    const next = req.query.next;
    const notice = req.query.reset === '1' ? 'Your password is changed; log in with the new one.' : undefined;
    return sendPage(
      reply,
      meta('Log in'),
      h(LoginPage, { csrf: reply.generateCsrf(), ...(next ? { next } : {}), ...(notice ? { notice } : {}) }),
    );
  });
  app.post('/login', guarded, async (req, reply) => {
    const email = field(req.body, 'email');
    const next = field(req.body, 'next');
    // decided before the session exists, so that no redirect can fail after it is made
    const target = safeNext(next);
    try {
      const user = await authenticate(db, email, field(req.body, 'password'));
      await logIn(database, reply, user, deps.now());
      return reply.redirect(target, 303);
    } catch (e) {
      const { status, message } = refusal(e);
      const props = {
        csrf: reply.generateCsrf(),
        error: message,
        ...(email ? { email } : {}),
        ...(next ? { next } : {}),
      };
      return sendPage(reply, meta('Log in'), h(LoginPage, props), status);
    }
  });

  app.post('/logout', { preHandler: app.csrfProtection }, async (_req, reply) => {
    await logOut(database, reply);
    return reply.redirect('/', 303);
  });

  app.get('/password-reset', async (_req, reply) =>
    sendPage(reply, meta('Reset your password'), h(ResetRequestPage, { csrf: reply.generateCsrf() })),
  );
  app.post('/password-reset', guarded, async (req, reply) => {
    const email = field(req.body, 'email') ?? '';
    try {
      const found = await requestPasswordReset(db, email, deps.now());
      if (found) {
        const link = `${config.publicUrl}/password-reset/${found.token}`;
        await deps.mailer.send({
          to: found.user.email,
          subject: 'Reset your CodeDesk password',
          text: `Someone (we hope you) asked to reset the password of the CodeDesk account for ${found.user.email}.\n\nOpen this link within one hour to choose a new password (it works once):\n${link}\n\nIf it was not you, ignore this mail; your password stays as it is.\n`,
        });
      }
      // the same answer whether or not the address has an account
      return sendPage(
        reply,
        meta('Reset your password'),
        h(ResetRequestPage, { csrf: reply.generateCsrf(), sent: true }),
      );
    } catch (e) {
      const { status, message } = refusal(e);
      const props = { csrf: reply.generateCsrf(), error: message, email };
      return sendPage(reply, meta('Reset your password'), h(ResetRequestPage, props), status);
    }
  });

  app.get<{ Params: { token: string } }>('/password-reset/:token', async (req, reply) => {
    if (!(await resetTokenUsable(db, req.params.token, deps.now()))) throw new AppError('RESET_TOKEN_INVALID', {});
    return sendPage(
      reply,
      meta('Choose a new password'),
      h(ResetPasswordPage, { csrf: reply.generateCsrf(), token: req.params.token }),
    );
  });
  app.post<{ Params: { token: string } }>('/password-reset/:token', guarded, async (req, reply) => {
    try {
      const userId = await resetPassword(db, req.params.token, field(req.body, 'password') ?? '', deps.now());
      await logOut(database, reply);
      const user = await getUser(db, userId);
      if (user) await notifyPasswordChanged(user.email);
      return reply.redirect('/login?reset=1', 303);
    } catch (e) {
      const { status, message } = refusal(e);
      if (isAppError(e) && e.code === 'RESET_TOKEN_INVALID') throw e;
      const props = { csrf: reply.generateCsrf(), error: message, token: req.params.token };
      return sendPage(reply, meta('Choose a new password'), h(ResetPasswordPage, props), status);
    }
  });

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

  /** tells the owner their password changed, so a change they did not make does not go unnoticed */
  const notifyPasswordChanged = async (email: string) => {
    try {
      await deps.mailer.send({
        to: email,
        subject: 'Your CodeDesk password was changed',
        text: `The password of the CodeDesk account for ${email} was just changed, and every other session was logged out.\n\nIf this was not you, reset it now at ${config.publicUrl}/password-reset and tell the site's administrator.\n`,
      });
    } catch (e) {
      // the change itself stands; the notice is best effort and its failure is logged
      app.log.warn({ err: e }, 'password change notice not sent');
    }
  };
  app.get('/account', async (req, reply) => {
    if (!req.user) return reply.redirect('/login?next=/account', 303);
    return accountPage(req, reply);
  });
  app.post('/account/api-keys', { preHandler: app.csrfProtection }, async (req, reply) => {
    const user = requireUser(req);
    const { key } = await createApiKey(db, user.id, deps.now());
    return accountPage(req, reply, { newKey: key });
  });
  app.post('/account/password', guarded, async (req, reply) => {
    const user = requireUser(req);
    try {
      await changePassword(db, user.id, field(req.body, 'current'), field(req.body, 'password'));
    } catch (e) {
      const { status, message } = refusal(e);
      return accountPage(req, reply, { passwordError: message }, status);
    }
    // every session ends (a thief's too); this browser gets a fresh one
    await endUserSessions(db, user.id);
    await logIn(database, reply, user, deps.now());
    await notifyPasswordChanged(user.email);
    return accountPage(req, reply, { notice: 'Your password is changed; other sessions were logged out.' });
  });
  app.post<{ Params: { id: string } }>(
    '/account/api-keys/:id/revoke',
    { preHandler: app.csrfProtection },
    async (req, reply) => {
      const user = requireUser(req);
      await revokeApiKey(db, user.id, req.params.id.slice(0, 100), deps.now());
      return reply.redirect('/account', 303);
    },
  );
}
