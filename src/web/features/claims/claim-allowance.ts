// Claim Check's daily allowance for guests on the web (accounts/claim-allowance.ts): counts one checked claim
// for whoever asks — the account (session or API key), else the guest cookie shared with the code-page meter
// and the client address — and says what is left in X-CodeDesk-Claim-Checks-Remaining.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ClaimAllowanceResult, countClaimCheck } from '../../../accounts/index.js';
import { AppError } from '../../../shared/index.js';
import type { FullDeps } from '../../deps.js';
import { meterViewer } from '../../plugins/auth.js';

export const CLAIM_CHECKS_REMAINING_HEADER = 'x-codedesk-claim-checks-remaining';

export async function countClaimRequest(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: FullDeps,
): Promise<ClaimAllowanceResult> {
  const result = await countClaimCheck(deps.database.db, meterViewer(req, reply), req.ip, deps.now(), deps.config);
  if (result.remaining !== undefined) reply.header(CLAIM_CHECKS_REMAINING_HEADER, String(result.remaining));
  return result;
}

/** The refusal of a guest whose claim checks are used up (402, for the API and the page alike). */
export function claimChecksExhausted(result: ClaimAllowanceResult): AppError<'CLAIM_CHECKS_EXHAUSTED'> {
  return new AppError('CLAIM_CHECKS_EXHAUSTED', {
    limit: result.limit ?? 0,
    refusedBy: result.refusedBy === 'address' ? 'address' : 'allowance',
  });
}
