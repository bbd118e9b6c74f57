// CasePilot's daily allowance on the web (accounts/assistant-allowance.ts): one question counted for whoever asks
// — the account (session or API key), else the guest cookie shared with the code-page meter — with what is left
// in X-CodeDesk-Questions-Remaining, and the refusal the page and the API both answer with.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AssistantAllowanceResult, countAssistantQuestion } from '../../../accounts/index.js';
import { AppError } from '../../../shared/index.js';
import type { FullDeps } from '../../deps.js';
import { meterViewer } from '../../plugins/auth.js';

export const QUESTIONS_REMAINING_HEADER = 'x-codedesk-questions-remaining';
/** the viewer's daily allowance, for the page's script to say "N of L left" */
export const QUESTIONS_LIMIT_HEADER = 'x-codedesk-questions-limit';

export async function countAskRequest(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: FullDeps,
): Promise<AssistantAllowanceResult> {
  const result = await countAssistantQuestion(deps.database.db, meterViewer(req, reply), deps.now(), deps.config);
  if (result.remaining !== undefined) reply.header(QUESTIONS_REMAINING_HEADER, String(result.remaining));
  if (result.limit !== undefined) reply.header(QUESTIONS_LIMIT_HEADER, String(result.limit));
  return result;
}

/** 402 for a viewer whose questions for the day are used up. */
export function questionsExhausted(result: AssistantAllowanceResult): AppError<'ASSISTANT_QUESTIONS_EXHAUSTED'> {
  return new AppError('ASSISTANT_QUESTIONS_EXHAUSTED', {
    limit: result.limit ?? 0,
    who: result.who === 'free' ? 'free' : 'guest',
  });
}
