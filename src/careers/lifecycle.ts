// A posting's life: draft → (pending: an admin approves) → published → closed | expired.
//
// - publishJob (its employer): a draft goes public at once when the employer already has an approved posting;
//   otherwise — an employer's first posting, or one an admin unpublished — it waits as pending for an admin.
// - approveJob (admin): pending → published; the employer is mailed.
// - unpublishJob (admin, with a reason): pending or published → draft, marked for review; the reason is mailed to
//   the employer through the outbox in the same transaction, so the mail exists if and only if the change does.
// - renewJob (its employer): a published or expired posting gets a later closing date (same bounds as on save).
// - closeJob (its employer): no more applications; final.
// Going public sets the posted date once, a closing date when none was given (CLOSING_DAYS_DEFAULT days on), and
// schedules the reminder and the expiry (deadlines.ts). Every step takes a search number (search-seq.ts).
import type { Transaction } from 'kysely';
import { type DatabaseSchema, writeTransaction } from '../db/index.js';
import { enqueueMail } from '../tasks/index.js';
import { managedJobRow, requireAdmin, requireEmployer } from './access.js';
import { approvedMail, unpublishedMail } from './careers-mail.js';
import { addDays, isoDay } from './dates.js';
import { scheduleDeadlines } from './deadlines.js';
import type { Actor, CareersDeps } from './deps.js';
import { effectiveStatus, type JobDocument, type JobRow, jobInputOf, toJobDocument } from './job-document.js';
import { closingDateProblem, readJobFields } from './job-input.js';
import { ownerDocument, wrongState } from './jobs.js';
import { Problems } from './problems.js';
import { takeSearchSeq } from './search-seq.js';
import { readText } from './text-fields.js';
import { CLOSING_DAYS_DEFAULT, CLOSING_DAYS_MAX, type JobStatus, LIMITS } from './values.js';

type Trx = Transaction<DatabaseSchema>;

/** Reads the posting's status again inside the transaction: a change made meanwhile wins, this one is refused. */
async function lockStatus(trx: Trx, row: JobRow, action: string, allowed: readonly JobStatus[]): Promise<void> {
  const fresh = await trx
    .selectFrom('careers_jobs')
    .select('status')
    .where('id', '=', row.id)
    .executeTakeFirstOrThrow();
  if (!allowed.includes(fresh.status as JobStatus)) throw wrongState(fresh, action, allowed);
}

/** Makes the posting public in `trx`: status, posted date (once), closing date (the default when none), deadlines. */
async function goPublic(trx: Trx, row: JobRow, now: Date, extra: { approved?: boolean } = {}): Promise<string> {
  const at = now.toISOString();
  const closingDate = row.closing_date ?? addDays(isoDay(now), CLOSING_DAYS_DEFAULT);
  await trx
    .updateTable('careers_jobs')
    .set({
      status: 'published',
      posted_at: row.posted_at ?? at,
      closing_date: closingDate,
      needs_review: 0,
      ...(extra.approved ? { approved_at: at } : {}),
      search_seq: await takeSearchSeq(trx),
      updated_at: at,
    })
    .where('id', '=', row.id)
    .execute();
  await scheduleDeadlines(trx, { id: row.id, closingDate, reminded: row.reminder_sent_at !== null }, now);
  return closingDate;
}

/** Every rule of a save checked again on the stored posting: a closing date may have passed since it was saved. */
function checkStillValid(row: JobRow, today: string, what: string): void {
  const problems = new Problems();
  readJobFields(jobInputOf(toJobDocument(row, today)), today, problems);
  problems.throwIfAny(what);
}

/** Publishes a draft: public at once, or pending an admin's approval (see above). Publishing again is a no-op. */
export async function publishJob(deps: CareersDeps, actor: Actor | undefined, id: string): Promise<JobDocument> {
  const who = requireEmployer(actor);
  const row = await managedJobRow(deps.db, who, id);
  if (row.status === 'pending' || row.status === 'published') return ownerDocument(deps, id);
  if (row.status !== 'draft') throw wrongState(row, 'published', ['draft']);
  const now = deps.now();
  checkStillValid(row, isoDay(now), 'The job posting cannot be published');
  await writeTransaction(deps.db, [`careers:job:${id}`, `careers:owner:${row.owner_user_id}`], async (trx) => {
    await lockStatus(trx, row, 'published', ['draft']);
    const approvedBefore = await trx
      .selectFrom('careers_jobs')
      .select('id')
      .where('owner_user_id', '=', row.owner_user_id)
      .where('approved_at', 'is not', null)
      .limit(1)
      .executeTakeFirst();
    const needsApproval = who.role !== 'admin' && (Number(row.needs_review) === 1 || !approvedBefore);
    if (!needsApproval) {
      await goPublic(trx, row, now);
      return;
    }
    await trx
      .updateTable('careers_jobs')
      .set({ status: 'pending', search_seq: await takeSearchSeq(trx), updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  });
  return ownerDocument(deps, id);
}

async function ownerEmail(trx: Trx, row: JobRow): Promise<string> {
  const owner = await trx
    .selectFrom('users')
    .select('email')
    .where('id', '=', row.owner_user_id)
    .executeTakeFirstOrThrow();
  return owner.email;
}

/** An admin approves a pending posting: it is published and its employer is mailed. */
export async function approveJob(deps: CareersDeps, actor: Actor | undefined, id: string): Promise<JobDocument> {
  const admin = requireAdmin(actor);
  const row = await managedJobRow(deps.db, admin, id);
  if (row.status !== 'pending') throw wrongState(row, 'approved', ['pending']);
  const now = deps.now();
  checkStillValid(row, isoDay(now), 'The job posting cannot be approved (its employer must fix it first)');
  await writeTransaction(deps.db, [`careers:job:${id}`], async (trx) => {
    await lockStatus(trx, row, 'approved', ['pending']);
    const closingDate = await goPublic(trx, row, now, { approved: true });
    await trx.updateTable('careers_jobs').set({ moderation_reason: null }).where('id', '=', id).execute();
    await enqueueMail(trx, approvedMail(await ownerEmail(trx, row), row.title, id, closingDate, deps.publicUrl), now);
  });
  return ownerDocument(deps, id);
}

/**
 * An admin takes a pending or published posting down with a reason: it becomes a draft that needs an admin's review
 * before it is public again, and the reason is mailed to its employer in the same transaction.
 */
export async function unpublishJob(
  deps: CareersDeps,
  actor: Actor | undefined,
  id: string,
  input: { reason?: unknown },
): Promise<JobDocument> {
  const admin = requireAdmin(actor);
  const problems = new Problems();
  const reason = readText(problems, 'reason', input.reason, {
    max: LIMITS.unpublishReason,
    required: true,
    multiline: true,
  });
  problems.throwIfAny('The posting cannot be unpublished');
  const row = await managedJobRow(deps.db, admin, id);
  const from: readonly JobStatus[] = ['pending', 'published'];
  if (!from.includes(row.status as JobStatus)) throw wrongState(row, 'unpublished', from);
  const now = deps.now();
  await writeTransaction(deps.db, [`careers:job:${id}`], async (trx) => {
    await lockStatus(trx, row, 'unpublished', from);
    await trx
      .updateTable('careers_jobs')
      .set({
        status: 'draft',
        needs_review: 1,
        moderation_reason: reason as string,
        search_seq: await takeSearchSeq(trx),
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await enqueueMail(
      trx,
      unpublishedMail(await ownerEmail(trx, row), row.title, id, reason as string, deps.publicUrl),
      now,
    );
  });
  return ownerDocument(deps, id);
}

/**
 * A later closing date for a published or expired posting (public again if it had expired). Without one, the
 * default is CLOSING_DAYS_DEFAULT days from today; either way it must be later than the current one and within
 * CLOSING_DAYS_MAX days.
 */
export async function renewJob(
  deps: CareersDeps,
  actor: Actor | undefined,
  id: string,
  input: { closingDate?: unknown } = {},
): Promise<JobDocument> {
  const row = await managedJobRow(deps.db, requireEmployer(actor), id);
  const now = deps.now();
  const today = isoDay(now);
  const from: readonly JobStatus[] = ['published', 'expired'];
  if (!from.includes(effectiveStatus(row, today))) throw wrongState(row, 'renewed', from);
  const problems = new Problems();
  const given = input.closingDate;
  const closingDate =
    given === undefined || given === null || given === '' ? addDays(today, CLOSING_DAYS_DEFAULT) : given;
  if (typeof closingDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(closingDate))
    problems.add('closingDate', 'must be a date written YYYY-MM-DD');
  else {
    const why = closingDateProblem(closingDate, today);
    if (why) problems.add('closingDate', why);
    else if (row.closing_date !== null && closingDate <= row.closing_date)
      problems.add(
        'closingDate',
        `the posting is already open until ${row.closing_date}: renewing extends it, up to ${addDays(today, CLOSING_DAYS_MAX)}`,
      );
  }
  problems.throwIfAny('The posting cannot be renewed');
  await writeTransaction(deps.db, [`careers:job:${id}`], async (trx) => {
    await lockStatus(trx, row, 'renewed', from);
    await trx
      .updateTable('careers_jobs')
      .set({
        status: 'published',
        closing_date: closingDate as string,
        search_seq: await takeSearchSeq(trx),
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await scheduleDeadlines(
      trx,
      { id, closingDate: closingDate as string, reminded: row.reminder_sent_at !== null },
      now,
    );
  });
  return ownerDocument(deps, id);
}

/** Its employer closes a posting: no more applications, not listed; final. Closing again is a no-op. */
export async function closeJob(deps: CareersDeps, actor: Actor | undefined, id: string): Promise<JobDocument> {
  const row = await managedJobRow(deps.db, requireEmployer(actor), id);
  if (row.status === 'closed' || row.status === 'expired') return ownerDocument(deps, id);
  const from: readonly JobStatus[] = ['draft', 'pending', 'published'];
  const now = deps.now();
  await writeTransaction(deps.db, [`careers:job:${id}`], async (trx) => {
    await lockStatus(trx, row, 'closed', from);
    const at = now.toISOString();
    await trx
      .updateTable('careers_jobs')
      .set({ status: 'closed', closed_at: at, search_seq: await takeSearchSeq(trx), updated_at: at })
      .where('id', '=', id)
      .execute();
  });
  return ownerDocument(deps, id);
}
