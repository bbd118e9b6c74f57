// Counts a code-page view (page or API) against the asker's meter: the signed-in user or API key's account,
// else the guest cookie and the client address. User agents matching METER_EXEMPT_USER_AGENTS (none by
// default) are not metered. A HEAD request (Fastify answers it with the GET route, body dropped) gets the
// headers and status a GET would, but counts nothing and makes no guest: no page is read. A header (a category or
// subcategory that is not itself a code to report) is a step of browsing down to a code: reading it spends no
// view either, and it shows its detailed sections only while the viewer has views left (spendsView).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type MeterResult, meterCodeView } from '../../../accounts/index.js';
import type { CodeLookup } from '../../../catalog/index.js';
import type { FullDeps } from '../../deps.js';
import { meterViewer } from '../../plugins/auth.js';

export async function meterCodeRequest(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: FullDeps,
  system: string,
  code: string,
  options: { spend?: boolean } = {},
): Promise<MeterResult> {
  const exempt = deps.config.meterExemptUserAgents;
  if (exempt && !req.user && exempt.test(req.headers['user-agent'] ?? '')) return { allowed: true, who: 'unlimited' };
  const peek = req.method === 'HEAD' || options.spend === false;
  const viewer = meterViewer(req, reply, !peek);
  const key = `${system}:${code}`;
  const result = await meterCodeView(deps.database.db, viewer, key, req.ip, deps.now(), deps.config, { peek });
  if (result.remaining !== undefined) reply.header('x-codedesk-views-remaining', String(result.remaining));
  return result;
}

/**
 * Whether reading this code spends a view: a header lists the codes below it on the way to the one to report, so
 * browsing E11 → E11.6 → E11.65 spends one view (E11.65), not three.
 */
export function spendsView(lookup: Pick<CodeLookup, 'kind'>): boolean {
  return lookup.kind !== 'header';
}
