// /admin/jobs: the moderation queue (admins only: the domain's requireAdmin, and a guest is sent to log in).
// Approve publishes a pending posting and mails its employer; unpublish takes a pending or published posting down
// with a reason, mailed to its employer. A refusal (no reason given, a wrong state) shows the queue with the message.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import type { User } from '../../../accounts/index.js';
import { approveJob, type CareersDeps, moderationQueue, unpublishJob } from '../../../careers/index.js';
import { PAGE_FORM_BODY_LIMIT } from '../../body-limits.js';
import { formField, formRoute } from '../../form-route.js';
import { requireUser } from '../../plugins/auth.js';
import { sendPage } from '../../render.js';
import type { CareersFeatureOptions } from './options.js';
import { ModerationPage } from './view-admin.js';

type FormBody = { Params: { id: string }; Body: Record<string, unknown> };

const NOTICES: Record<string, string> = {
  approved: 'Approved: the posting is public and its employer is mailed.',
  unpublished: 'Unpublished: its employer is mailed the reason.',
};

async function queuePage(
  careers: CareersDeps,
  reply: FastifyReply,
  user: User,
  extra: { notice?: string; error?: string },
  status = 200,
): Promise<FastifyReply> {
  const jobs = await moderationQueue(careers, user);
  return sendPage(
    reply,
    { title: 'Job moderation', noStore: true },
    h(ModerationPage, { jobs, csrf: reply.generateCsrf(), ...extra }),
    status,
  );
}

export function registerAdminJobPages(app: FastifyInstance, { careers }: CareersFeatureOptions): void {
  const csrf = { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection };

  app.get('/admin/jobs', async (req, reply) => {
    if (!req.user) return reply.redirect('/login?next=/admin/jobs', 303);
    const notice = NOTICES[(req.query as Record<string, string>)?.done ?? ''];
    return queuePage(careers, reply, req.user, notice ? { notice } : {});
  });

  const action = (path: string, done: string, call: (user: User, id: string, body: unknown) => Promise<unknown>) =>
    app.post<FormBody>(
      `/admin/jobs/:id/${path}`,
      csrf,
      formRoute<{ user: User; id: string; body: unknown }, FormBody>({
        read: (req) => ({ user: requireUser(req), id: req.params.id, body: req.body }),
        async run({ user, id, body }, _req, reply) {
          await call(user, id, body);
          return reply.redirect(`/admin/jobs?done=${done}`, 303);
        },
        refused: ({ user }, refusal, _req, reply) =>
          refusal.code === 'FORBIDDEN' || refusal.code === 'AUTH_REQUIRED'
            ? Promise.reject(refusal)
            : queuePage(careers, reply, user, { error: refusal.message }, refusal.status),
      }),
    );
  action('approve', 'approved', (user, id) => approveJob(careers, user, id));
  action('unpublish', 'unpublished', (user, id, body) =>
    unpublishJob(careers, user, id, { reason: formField(body, 'reason') }),
  );
}
