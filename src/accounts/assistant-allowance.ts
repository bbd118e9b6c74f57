// CasePilot's daily question allowance (docs/accounts.md): a guest asks GUEST_ASSISTANT_QUESTIONS questions per
// UTC day, a free account FREE_ASSISTANT_QUESTIONS, a paid plan and the staff without limit — the same tiers as the
// code-page meter. Counted in the database (one row per guest or account and day), so every server process shares
// the count; one conditional upsert takes a question only while some are left, so two concurrent questions cannot
// both take the last one.
import { sql } from 'kysely';
import { isUnmetered, type Viewer } from './meter.js';
import type { Db } from './users.js';

export interface AssistantAllowanceLimits {
  guestAssistantQuestions: number;
  freeAssistantQuestions: number;
}

export interface AssistantAllowanceResult {
  /** the question may be answered (and has been counted) */
  allowed: boolean;
  who: 'guest' | 'free' | 'unlimited';
  /** questions left today after this one (limited viewers only) */
  remaining?: number;
  /** the viewer's daily allowance */
  limit?: number;
}

/** Counts one question against the viewer's allowance for the day, when any is left. */
export async function countAssistantQuestion(
  db: Db,
  viewer: Viewer,
  now: Date,
  limits: AssistantAllowanceLimits,
): Promise<AssistantAllowanceResult> {
  if (viewer.kind === 'user' && isUnmetered(viewer.user)) return { allowed: true, who: 'unlimited' };
  const who = viewer.kind === 'user' ? 'free' : 'guest';
  const limit = who === 'free' ? limits.freeAssistantQuestions : limits.guestAssistantQuestions;
  const subject = viewer.kind === 'user' ? `user:${viewer.user.id}` : `guest:${viewer.guestId}`;
  if (limit <= 0) return { allowed: false, who, remaining: 0, limit };
  const day = now.toISOString().slice(0, 10);
  const row = await db
    .insertInto('assistant_questions')
    .values({ subject, day, questions: 1 })
    .onConflict((oc) =>
      oc
        .columns(['subject', 'day'])
        .doUpdateSet({ questions: sql<number>`assistant_questions.questions + 1` })
        .where('assistant_questions.questions', '<', limit),
    )
    .returning('questions')
    .executeTakeFirst();
  if (row === undefined) return { allowed: false, who, remaining: 0, limit };
  return { allowed: true, who, remaining: limit - Number(row.questions), limit };
}
