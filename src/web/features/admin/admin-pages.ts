// Admin routes under /admin: list people, change role and plan, disable accounts. Only the admin role reaches them
// (the admin feature's requireRole hook).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { getUser, isPlan, isRole, listUsers, type UserListing, updateUser } from '../../../accounts/index.js';
import { AppError, checkText, displayableText } from '../../../shared/index.js';
import { PAGE_FORM_BODY_LIMIT } from '../../body-limits.js';
import type { FullDeps } from '../../deps.js';
import { formRoute } from '../../form-route.js';
import { requireUser } from '../../plugins/auth.js';
import { sendPage } from '../../render.js';
import { AdminUsersPage } from './admin-views.js';

const PAGE_SIZE = 50;

export function registerAdminRoutes(app: FastifyInstance, deps: FullDeps): void {
  const db = deps.database.db;

  type UsersQuery = { Querystring: Record<string, string | undefined> };
  const usersPage = (
    reply: FastifyReply,
    search: { typed: string; page: number; saved: string | undefined },
    listing: UserListing,
    refusal?: AppError,
  ) => {
    const notice = search.saved ? `Saved ${displayableText(search.saved.slice(0, 254))}.` : undefined;
    return sendPage(
      reply,
      { title: 'Users', noStore: true },
      h(AdminUsersPage, {
        listing,
        // the search as typed stays in its box, a refused character shown as U+FFFD
        q: displayableText(search.typed),
        page: search.page,
        pageSize: PAGE_SIZE,
        csrf: reply.generateCsrf(),
        ...(notice ? { notice } : {}),
        ...(refusal ? { error: refusal.message } : {}),
      }),
      refusal?.status ?? 200,
    );
  };

  // the search form of the list: a refused search shows the list empty, with why
  app.get<UsersQuery>(
    '/users',
    formRoute({
      read: (req: FastifyRequest<UsersQuery>) => {
        const page = Number(req.query.page ?? '1');
        if (!Number.isInteger(page) || page < 1 || page > 100_000)
          throw new AppError('BAD_INPUT', { why: 'page must be a whole number from 1' });
        return { typed: (req.query.q ?? '').slice(0, 254), page, saved: req.query.saved };
      },
      async run(search, _req, reply) {
        checkText('q', search.typed);
        const listing = await listUsers(db, {
          q: search.typed,
          limit: PAGE_SIZE,
          offset: (search.page - 1) * PAGE_SIZE,
        });
        return usersPage(reply, search, listing);
      },
      refused: (search, refusal, _req, reply) => usersPage(reply, search, { total: 0, users: [] }, refusal),
    }),
  );

  app.post<{ Params: { id: string }; Body: Record<string, string | undefined> }>(
    '/users/:id',
    { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection },
    async (req, reply) => {
      const admin = requireUser(req);
      const target = await getUser(db, req.params.id.slice(0, 100));
      if (!target) throw new AppError('NOT_FOUND', { what: 'That account' });
      const { role, plan } = req.body ?? {};
      if (role !== undefined && !isRole(role))
        throw new AppError('ACCOUNT_INVALID', { field: 'role', why: `"${role.slice(0, 40)}" is not a role` });
      if (plan !== undefined && !isPlan(plan))
        throw new AppError('ACCOUNT_INVALID', { field: 'plan', why: `"${plan.slice(0, 40)}" is not a plan` });
      const disabled = req.body?.disabled === '1';
      // an admin cannot lock themselves out by accident
      if (target.id === admin.id && (disabled || (role !== undefined && role !== 'admin')))
        throw new AppError('BAD_INPUT', { why: 'You cannot remove your own admin role or disable your own account' });
      await updateUser(db, target.id, { ...(role ? { role } : {}), ...(plan ? { plan } : {}), disabled }, deps.now());
      return reply.redirect(`/admin/users?saved=${encodeURIComponent(target.email)}`, 303);
    },
  );
}
