// Applications, the employer's side: a posting's applicants with their answers and notes, a status change (mailed to
// the applicant through the outbox, in the same transaction), notes, and the CSV export. Only the posting's own
// employer or an admin: anyone else — another employer included — gets CAREERS_NOT_FOUND, as if there were none.
//
// Statuses: new → reviewing → interview → offer → hired | rejected, in any order between the open ones (an
// interview can go back to reviewing). hired, rejected and the applicant's withdrawn are final: the applicant has
// been told, and a silent reversal would contradict that mail.
import { randomUUID } from 'node:crypto';
import { writeTransaction } from '../db/index.js';
import { AppError } from '../shared/index.js';
import { enqueueMail } from '../tasks/index.js';
import { managedJobRow, mayManage, requireSignedIn } from './access.js';
import { type ApplicationView, applicationQuery, toApplicationView } from './applications.js';
import { applicationStatusMail } from './careers-mail.js';
import { csvLine } from './csv.js';
import type { Actor, CareersDeps } from './deps.js';
import { Problems } from './problems.js';
import { readText } from './text-fields.js';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type EmployerApplicationStatus,
  FINAL_APPLICATION_STATUSES,
  isOneOf,
  LIMITS,
} from './values.js';

export interface ApplicationNote {
  id: string;
  body: string;
  authorId: string;
  createdAt: string;
}

export interface ReviewedApplication extends ApplicationView {
  applicant: { id: string; email: string };
  notes: ApplicationNote[];
}

type Db = CareersDeps['db'];

/** The application and its posting's owner, if `actor` may review it; CAREERS_NOT_FOUND otherwise. */
async function reviewable(db: Db, actor: Actor | undefined, id: string) {
  const who = requireSignedIn(actor);
  const row =
    typeof id === 'string' && id.length <= 100
      ? await applicationQuery(db)
          .innerJoin('users as u', 'u.id', 'a.applicant_user_id')
          .select('u.email as applicant_email')
          .where('a.id', '=', id)
          .executeTakeFirst()
      : undefined;
  if (!row || !mayManage(who, { owner_user_id: row.job_owner_id }))
    throw new AppError('CAREERS_NOT_FOUND', { what: 'application', id: String(id) });
  return row;
}

async function notesOf(db: Db, applicationIds: readonly string[]): Promise<Map<string, ApplicationNote[]>> {
  const byApplication = new Map<string, ApplicationNote[]>();
  if (applicationIds.length === 0) return byApplication;
  const rows = await db
    .selectFrom('careers_application_notes')
    .selectAll()
    .where('application_id', 'in', applicationIds)
    .orderBy('created_at')
    .execute();
  for (const r of rows) {
    const list = byApplication.get(r.application_id) ?? [];
    list.push({ id: r.id, body: r.body, authorId: r.author_user_id, createdAt: r.created_at });
    byApplication.set(r.application_id, list);
  }
  return byApplication;
}

/** A posting's applications in the order they came, with applicant, answers and notes. */
export async function listApplications(
  deps: CareersDeps,
  actor: Actor | undefined,
  jobId: string,
): Promise<ReviewedApplication[]> {
  const job = await managedJobRow(deps.db, actor, jobId);
  const rows = await applicationQuery(deps.db)
    .innerJoin('users as u', 'u.id', 'a.applicant_user_id')
    .select('u.email as applicant_email')
    .where('a.job_id', '=', job.id)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  const notes = await notesOf(
    deps.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...toApplicationView(r),
    applicant: { id: r.applicant_user_id, email: r.applicant_email },
    notes: notes.get(r.id) ?? [],
  }));
}

/**
 * One application as its posting's employer (or an admin) reviews it: with the applicant and the notes. Anyone else —
 * the applicant included, who reads theirs through getOwnApplication — gets CAREERS_NOT_FOUND.
 */
export async function getReviewedApplication(
  deps: CareersDeps,
  actor: Actor | undefined,
  id: string,
): Promise<ReviewedApplication> {
  return reviewed(deps, actor, id);
}

async function reviewed(deps: CareersDeps, actor: Actor | undefined, id: string): Promise<ReviewedApplication> {
  const row = await reviewable(deps.db, actor, id);
  return {
    ...toApplicationView(row),
    applicant: { id: row.applicant_user_id, email: row.applicant_email },
    notes: (await notesOf(deps.db, [row.id])).get(row.id) ?? [],
  };
}

/** Moves an application to `status` and mails the applicant; the same status again changes nothing and mails nothing. */
export async function setApplicationStatus(
  deps: CareersDeps,
  actor: Actor | undefined,
  id: string,
  input: { status?: unknown },
): Promise<ReviewedApplication> {
  const row = await reviewable(deps.db, actor, id);
  const status = input.status;
  if (!isOneOf(APPLICATION_STATUSES, status)) {
    const problems = new Problems();
    problems.add('status', `"${String(status ?? '').slice(0, 40)}" is not one of ${APPLICATION_STATUSES.join(', ')}`);
    problems.throwIfAny('The status cannot be changed');
  }
  const next = status as EmployerApplicationStatus;
  if (row.status === next) return reviewed(deps, actor, id);
  const refuse = (current: string) =>
    new AppError('CAREERS_WRONG_STATE', {
      what: 'application',
      status: current,
      action: `moved to ${next}`,
      allowed: APPLICATION_STATUSES.filter((s) => !FINAL_APPLICATION_STATUSES.includes(s)),
    });
  if (FINAL_APPLICATION_STATUSES.includes(row.status as ApplicationStatus)) throw refuse(row.status);
  const now = deps.now();
  await writeTransaction(deps.db, [`careers:application:${id}`], async (trx) => {
    const fresh = await trx
      .selectFrom('careers_applications')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (FINAL_APPLICATION_STATUSES.includes(fresh.status as ApplicationStatus)) throw refuse(fresh.status);
    if (fresh.status === next) return;
    await trx
      .updateTable('careers_applications')
      .set({ status: next, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    await enqueueMail(
      trx,
      applicationStatusMail(row.applicant_email, row.job_title, row.organization_name, next, deps.publicUrl),
      now,
    );
  });
  return reviewed(deps, actor, id);
}

/** A note on an application, seen by the posting's employer and admins only. */
export async function addApplicationNote(
  deps: CareersDeps,
  actor: Actor | undefined,
  id: string,
  input: { body?: unknown },
): Promise<ApplicationNote> {
  const row = await reviewable(deps.db, actor, id);
  const who = requireSignedIn(actor);
  const problems = new Problems();
  const body = readText(problems, 'body', input.body, { max: LIMITS.note, required: true, multiline: true });
  problems.throwIfAny('The note cannot be saved');
  const note = { id: randomUUID(), body: body as string, authorId: who.id, createdAt: deps.now().toISOString() };
  await deps.db
    .insertInto('careers_application_notes')
    .values({
      id: note.id,
      application_id: row.id,
      author_user_id: who.id,
      body: note.body,
      created_at: note.createdAt,
    })
    .execute();
  return note;
}

/**
 * A posting's applicants as CSV (csv.ts: quoted as needed, formula-looking cells prefixed with an apostrophe): one row
 * per application, one column per screening question (as asked), the notes joined.
 */
export async function applicantsCsv(deps: CareersDeps, actor: Actor | undefined, jobId: string): Promise<string> {
  const applications = await listApplications(deps, actor, jobId);
  // the questions as each applicant was asked them: a posting edited between applications adds columns
  const questions = [...new Set(applications.flatMap((a) => a.answers.map((x) => x.question)))];
  let csv = csvLine([
    'application id',
    'applied at',
    'status',
    'applicant email',
    'cover note',
    ...questions,
    'résumé upload id',
    'notes',
  ]);
  for (const a of applications)
    csv += csvLine([
      a.id,
      a.createdAt,
      a.status,
      a.applicant.email,
      a.coverNote,
      ...questions.map((q) => a.answers.find((x) => x.question === q)?.answer ?? ''),
      a.resumeUploadId,
      a.notes.map((n) => n.body).join('\n\n'),
    ]);
  return csv;
}
