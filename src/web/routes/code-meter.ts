// Counts a code-page view (page or API) against the asker's meter: the signed-in user or API key's account,
// else the guest cookie and the client address. User agents matching METER_EXEMPT_USER_AGENTS (none by
// default) are not metered.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type MeterResult, meterCodeView } from '../../accounts/index.js';
import type { FullDeps } from '../app.js';
import { meterViewer } from '../plugins/auth.js';

export async function meterCodeRequest(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: FullDeps,
  system: string,
  code: string,
): Promise<MeterResult> {
  const exempt = deps.config.meterExemptUserAgents;
  if (exempt && !req.user && exempt.test(req.headers['user-agent'] ?? '')) return { allowed: true, who: 'unlimited' };
  const viewer = meterViewer(req, reply);
  const result = await meterCodeView(deps.database.db, viewer, `${system}:${code}`, req.ip, deps.now(), deps.config);
  if (result.remaining !== undefined) reply.header('x-codedesk-views-remaining', String(result.remaining));
  return result;
}
