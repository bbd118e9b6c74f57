// A published posting's two deadlines, as tasks (src/tasks) scheduled in the transaction that publishes, approves,
// renews or re-dates it: the reminder mail to the employer REMINDER_DAYS_BEFORE the closing date (once per posting),
// and the expiry when the closing day is over. Each task names the closing date it was scheduled for; a posting
// renewed or re-dated since has a new pair of tasks, and the old pair finds the date changed and does nothing. So
// there is no sweep and no clock loop: the task queue's run_at is the timer, and its retries make it reliable.
//
// The task type is CareerCenter's, above tasks/ in the layers, so the runtime merges careersTaskTypes() into the
// worker's types (runtime/process-services.ts) with what it needs: the database, the clock, the site's address —
// and the saved searches' daily digest (search-digest.ts) with them.
import type { Kysely, Transaction } from 'kysely';
import { type DatabaseSchema, writeTransaction } from '../db/index.js';
import { enqueue, enqueueMail, PermanentTaskFailure, type TaskType } from '../tasks/index.js';
import { closingReminderMail } from './careers-mail.js';
import { addDays, endOfDay, isIsoDay, startOfDay } from './dates.js';
import { searchDigestTaskTypes } from './search-digest.js';
import { takeSearchSeq } from './search-seq.js';
import { REMINDER_DAYS_BEFORE } from './values.js';

export const JOB_DEADLINE_TASK = 'careers.job-deadline';

export interface JobDeadlinePayload {
  jobId: string;
  /** the closing date the task was scheduled for */
  closingDate: string;
  kind: 'reminder' | 'expire';
}

/**
 * Queues the posting's deadlines in `trx` (the transaction publishing it): the expiry when `closingDate` is over, and
 * the reminder REMINDER_DAYS_BEFORE it unless that moment has passed or the employer was reminded already.
 */
export async function scheduleDeadlines(
  trx: Transaction<DatabaseSchema>,
  job: { id: string; closingDate: string; reminded: boolean },
  now: Date,
): Promise<void> {
  const remindAt = startOfDay(addDays(job.closingDate, -REMINDER_DAYS_BEFORE));
  const payload = (kind: JobDeadlinePayload['kind']): JobDeadlinePayload => ({
    jobId: job.id,
    closingDate: job.closingDate,
    kind,
  });
  if (!job.reminded && remindAt > now)
    await enqueue(trx, { type: JOB_DEADLINE_TASK, payload: payload('reminder'), runAt: remindAt }, now);
  await enqueue(trx, { type: JOB_DEADLINE_TASK, payload: payload('expire'), runAt: endOfDay(job.closingDate) }, now);
}

function asPayload(value: unknown): JobDeadlinePayload | undefined {
  const p = value as Partial<JobDeadlinePayload> | null;
  if (!p || typeof p !== 'object') return undefined;
  if (typeof p.jobId !== 'string' || typeof p.closingDate !== 'string' || !isIsoDay(p.closingDate)) return undefined;
  if (p.kind !== 'reminder' && p.kind !== 'expire') return undefined;
  return p as JobDeadlinePayload;
}

export interface DeadlineDeps {
  db: Kysely<DatabaseSchema>;
  now: () => Date;
  publicUrl: string;
}

/** Runs one deadline; safe to run twice (a lost lease): the reminder is marked sent, the expiry is a state change. */
export async function runDeadline(deps: DeadlineDeps, payload: JobDeadlinePayload): Promise<'done' | 'stale'> {
  const now = deps.now();
  if (payload.kind === 'expire' && now < endOfDay(payload.closingDate))
    throw new Error(`the posting closes on ${payload.closingDate}; its expiry ran early and will be tried again`);
  return writeTransaction(deps.db, [`careers:job:${payload.jobId}`], async (trx) => {
    const job = await trx
      .selectFrom('careers_jobs as j')
      .innerJoin('users as u', 'u.id', 'j.owner_user_id')
      .select(['j.id', 'j.status', 'j.title', 'j.closing_date', 'j.reminder_sent_at', 'u.email'])
      .where('j.id', '=', payload.jobId)
      .executeTakeFirst();
    // closed, unpublished, renewed or re-dated since: a newer task (or none) is in charge
    if (job?.status !== 'published' || job.closing_date !== payload.closingDate) return 'stale';
    const at = now.toISOString();
    if (payload.kind === 'reminder') {
      if (job.reminder_sent_at !== null) return 'stale';
      await trx.updateTable('careers_jobs').set({ reminder_sent_at: at }).where('id', '=', job.id).execute();
      await enqueueMail(
        trx,
        closingReminderMail(job.email, job.title, job.id, payload.closingDate, deps.publicUrl),
        now,
      );
      return 'done';
    }
    const seq = await takeSearchSeq(trx);
    await trx
      .updateTable('careers_jobs')
      .set({ status: 'expired', search_seq: seq, updated_at: at })
      .where('id', '=', job.id)
      .execute();
    return 'done';
  });
}

/** What the worker gives CareerCenter's task types: the deadlines' needs, and the secret the digest signs with. */
export interface CareersTaskDeps extends DeadlineDeps {
  /** config.sessionSecret (else the secret kept in the database): signs the digest's unsubscribe links */
  sessionSecret?: string | undefined;
}

/** CareerCenter's task types, by name, for the worker: the posting deadlines and the saved searches' digest. */
export function careersTaskTypes(deps: CareersTaskDeps): Record<string, TaskType> {
  return {
    ...searchDigestTaskTypes(deps),
    [JOB_DEADLINE_TASK]: {
      async run(raw) {
        const payload = asPayload(raw);
        if (!payload)
          throw new PermanentTaskFailure(new Error('the payload is not a job deadline (jobId, closingDate, kind)'));
        await runDeadline(deps, payload);
      },
    },
  };
}
