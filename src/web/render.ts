// Sends a server-rendered page in the site frame, with the header's account links for whoever is asking
// (and the CSRF token for its log-out form).
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { type PageMeta, renderPage } from './views/layout.js';

// biome-ignore lint/suspicious/noExplicitAny: any page component
export function sendPage(reply: FastifyReply, meta: PageMeta, body: VNode<any>, status = 200): FastifyReply {
  const user = reply.request.user;
  const account = user ? { email: user.email, role: user.role, csrf: reply.generateCsrf() } : undefined;
  // pages that carry a form token or account details are not for shared caches
  if (user || meta.noStore) reply.header('cache-control', 'no-store');
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(renderPage({ ...meta, ...(account ? { account } : {}) }, body));
}
