// The mail outbox: every mail the application sends is a `mail` task, enqueued in the transaction of the change
// it tells about and sent by the task worker through the Mailer. Nothing waits for the relay on a request, a
// relay that is down delays mail instead of losing it (retried with backoff), and a crash loses nothing.
// Until it is sent the task holds the mail's text — a reset link valid for an hour at most; once sent only the
// recipient and subject are kept.

import type { InsertQueryBuilder, InsertResult } from 'kysely';
import type { DatabaseSchema } from '../db/index.js';
import type { Mailer, MailMessage } from '../mail/index.js';
import { isAppError } from '../shared/index.js';
import { type Db, enqueue, insertWithTask } from './task-queue.js';
import { PermanentTaskFailure, type TaskType } from './worker.js';

export const MAIL_TASK = 'mail';

/** Queues a mail through `db`: pass the transaction of the change the mail is about. */
export function enqueueMail(db: Db, message: MailMessage, now: Date): Promise<string> {
  return enqueue(db, { type: MAIL_TASK, payload: message }, now);
}

/** Inserts `change` and queues the mail about it (one statement on PostgreSQL: see insertWithTask). */
export function insertWithMail<T extends keyof DatabaseSchema>(
  db: Db,
  change: InsertQueryBuilder<DatabaseSchema, T, InsertResult>,
  message: MailMessage,
  now: Date,
): Promise<string> {
  return insertWithTask(db, change, { type: MAIL_TASK, payload: message }, now);
}

function asMessage(payload: unknown): MailMessage | undefined {
  const m = payload as Partial<MailMessage> | null;
  if (!m || typeof m !== 'object') return undefined;
  if (typeof m.to !== 'string' || typeof m.subject !== 'string' || typeof m.text !== 'string') return undefined;
  return m as MailMessage;
}

/** whom and what, never the text */
export function describeMailTask(payload: unknown): { to?: string; subject?: string } {
  const m = (payload ?? {}) as Partial<MailMessage>;
  return {
    ...(typeof m.to === 'string' ? { to: m.to } : {}),
    ...(typeof m.subject === 'string' ? { subject: m.subject } : {}),
  };
}

/** A relay's 5xx answer to the message (no such mailbox, policy): sending it again cannot succeed. */
function refusedForGood(err: unknown): boolean {
  if (!isAppError(err) || err.code !== 'MAIL_SEND_FAILED') return false;
  const params = err.params as { reason: string; detail: string };
  return params.reason === 'refused' && /^5\d\d\b/.test(params.detail);
}

export function mailTaskType(mailer: Mailer): TaskType {
  return {
    async run(payload) {
      const message = asMessage(payload);
      if (!message) throw new PermanentTaskFailure(new Error('the payload is not a mail (to, subject, text)'));
      try {
        await mailer.send(message);
      } catch (err) {
        throw refusedForGood(err) ? new PermanentTaskFailure(err) : err;
      }
    },
    keepWhenDone: describeMailTask,
  };
}
