// Applications, the applicant's side: apply on CodeDesk to a published posting that takes applications here (one per
// applicant and posting; a résumé upload id, an optional cover note, answers to the screening questions), list one's
// own, read one, withdraw one. The résumé file is the file storage's; only its id is kept here. An applicant never
// sees another's application: anything not theirs is CAREERS_NOT_FOUND.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { type CareersApplicationsTable, writeTransaction } from '../db/index.js';
import { AppError } from '../shared/index.js';
import { findJobRow, mayManage, requireSignedIn } from './access.js';
import { isoDay } from './dates.js';
import type { Actor, CareersDeps } from './deps.js';
import { effectiveStatus, toJobDocument } from './job-document.js';
import type { ScreeningQuestion } from './job-input.js';
import { readUploadId } from './organizations.js';
import { Problems } from './problems.js';
import { readText } from './text-fields.js';
import { type ApplicationStatus, FINAL_APPLICATION_STATUSES, LIMITS } from './values.js';

export interface ApplicationInput {
  /** the upload id the file storage gave the résumé */
  resumeUploadId?: unknown;
  coverNote?: unknown;
  /** one per screening question, in the posting's order */
  answers?: unknown;
}

export interface ApplicationAnswer {
  question: string;
  required: boolean;
  answer: string;
}

export interface ApplicationView {
  id: string;
  jobId: string;
  jobTitle: string;
  organization: string;
  status: ApplicationStatus;
  coverNote: string;
  answers: ApplicationAnswer[];
  resumeUploadId: string;
  createdAt: string;
  updatedAt: string;
}

export type ApplicationRow = Selectable<CareersApplicationsTable> & { job_title: string; organization_name: string };

function jsonList<T>(text: string): T[] {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

export function toApplicationView(row: ApplicationRow): ApplicationView {
  const questions = jsonList<ScreeningQuestion>(row.questions);
  const answers = jsonList<string>(row.answers);
  return {
    id: row.id,
    jobId: row.job_id,
    jobTitle: row.job_title,
    organization: row.organization_name,
    status: row.status as ApplicationStatus,
    coverNote: row.cover_note,
    answers: questions.map((q, i) => ({ question: q.question, required: q.required, answer: answers[i] ?? '' })),
    resumeUploadId: row.resume_upload_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type Db = CareersDeps['db'];

/** Applications with their posting's title and organization name (the join every read makes). */
export function applicationQuery(db: Db) {
  return db
    .selectFrom('careers_applications as a')
    .innerJoin('careers_jobs as j', 'j.id', 'a.job_id')
    .innerJoin('careers_organizations as o', 'o.id', 'j.organization_id')
    .selectAll('a')
    .select(['j.title as job_title', 'o.name as organization_name', 'j.owner_user_id as job_owner_id']);
}

function readAnswers(problems: Problems, questions: readonly ScreeningQuestion[], value: unknown): string[] {
  if (value !== undefined && value !== null && !Array.isArray(value)) {
    problems.add('answers', 'must be a list of answers, one per screening question');
    return [];
  }
  const given = (value ?? []) as unknown[];
  if (given.length > questions.length)
    problems.add('answers', `has ${given.length} answers; the posting asks ${questions.length} questions`);
  return questions.map((q, i) => {
    const field = `answers[${i}]`;
    const answer = readText(problems, field, given[i], { max: LIMITS.answer, multiline: true });
    if (answer === undefined && q.required && !problems.has(field))
      problems.add(field, `answer the question "${q.question.slice(0, 80)}"`);
    return answer ?? '';
  });
}

const SEND = 'The application cannot be sent';

/** Applies to a published posting that takes applications on CodeDesk. */
export async function applyToJob(
  deps: CareersDeps,
  actor: Actor | undefined,
  jobId: string,
  input: ApplicationInput,
): Promise<ApplicationView> {
  const who = requireSignedIn(actor);
  const row = await findJobRow(deps.db, jobId);
  const now = deps.now();
  const today = isoDay(now);
  // drafts and pending postings exist only for their employer and admins
  if (!row || (!['published', 'closed', 'expired'].includes(row.status) && !mayManage(who, row)))
    throw new AppError('CAREERS_NOT_FOUND', { what: 'job', id: String(jobId) });
  const status = effectiveStatus(row, today);
  if (status !== 'published')
    throw new AppError('CAREERS_WRONG_STATE', {
      what: 'job posting',
      status,
      action: 'applied to',
      allowed: ['published'],
    });
  if (row.application_method === 'url' || row.application_method === 'email')
    throw new AppError('CAREERS_APPLY_ELSEWHERE', {
      method: row.application_method,
      target: row.application_target ?? '',
    });
  const problems = new Problems();
  if (who.id === row.owner_user_id) problems.add('job', 'is your own posting');
  const resumeUploadId = readUploadId(problems, 'resumeUploadId', input.resumeUploadId, true);
  const coverNote = readText(problems, 'coverNote', input.coverNote, { max: LIMITS.coverNote, multiline: true }) ?? '';
  const questions = toJobDocument(row, today).screeningQuestions;
  const answers = readAnswers(problems, questions, input.answers);
  problems.throwIfAny(SEND);
  const id = randomUUID();
  const at = now.toISOString();
  const already = () => new AppError('CAREERS_ALREADY_APPLIED', { title: row.title });
  const mine = () =>
    deps.db
      .selectFrom('careers_applications')
      .select('id')
      .where('job_id', '=', row.id)
      .where('applicant_user_id', '=', who.id)
      .executeTakeFirst();
  try {
    await writeTransaction(deps.db, [`careers:apply:${row.id}:${who.id}`], async (trx) => {
      const existing = await trx
        .selectFrom('careers_applications')
        .select('id')
        .where('job_id', '=', row.id)
        .where('applicant_user_id', '=', who.id)
        .executeTakeFirst();
      if (existing) throw already();
      await trx
        .insertInto('careers_applications')
        .values({
          id,
          job_id: row.id,
          applicant_user_id: who.id,
          status: 'new',
          cover_note: coverNote,
          answers: JSON.stringify(answers),
          questions: JSON.stringify(questions),
          resume_upload_id: resumeUploadId as string,
          created_at: at,
          updated_at: at,
        })
        .execute();
    });
  } catch (e) {
    // two submissions racing: the unique constraint kept one; the other is told it has applied
    if (!(e instanceof AppError) && (await mine())) throw already();
    throw e;
  }
  return getApplication(deps, who, id);
}

/**
 * One application, for its applicant, the posting's employer or an admin (the résumé's readers: the file storage asks
 * this before serving it). Anyone else gets CAREERS_NOT_FOUND.
 */
export async function getApplication(
  deps: CareersDeps,
  actor: Actor | undefined,
  id: string,
): Promise<ApplicationView> {
  const who = requireSignedIn(actor);
  const row = await findApplicationRow(deps, id);
  if (!row || (row.applicant_user_id !== who.id && !mayManage(who, { owner_user_id: row.job_owner_id })))
    throw new AppError('CAREERS_NOT_FOUND', { what: 'application', id: String(id) });
  return toApplicationView(row);
}

/** One of the signed-in user's own applications; anyone else's — even for its employer — is CAREERS_NOT_FOUND. */
export async function getOwnApplication(
  deps: CareersDeps,
  actor: Actor | undefined,
  id: string,
): Promise<ApplicationView> {
  const who = requireSignedIn(actor);
  const row = await findApplicationRow(deps, id);
  if (!row || row.applicant_user_id !== who.id)
    throw new AppError('CAREERS_NOT_FOUND', { what: 'application', id: String(id) });
  return toApplicationView(row);
}

/** The signed-in user's own applications, newest first. */
export async function listMyApplications(deps: CareersDeps, actor: Actor | undefined): Promise<ApplicationView[]> {
  const who = requireSignedIn(actor);
  const rows = await applicationQuery(deps.db)
    .where('a.applicant_user_id', '=', who.id)
    .orderBy('a.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map(toApplicationView);
}

/** The applicant withdraws their application (final). Withdrawing again is a no-op. */
export async function withdrawApplication(
  deps: CareersDeps,
  actor: Actor | undefined,
  id: string,
): Promise<ApplicationView> {
  const who = requireSignedIn(actor);
  const row = await findApplicationRow(deps, id);
  if (!row || row.applicant_user_id !== who.id)
    throw new AppError('CAREERS_NOT_FOUND', { what: 'application', id: String(id) });
  if (row.status === 'withdrawn') return toApplicationView(row);
  const open = (s: string) => !FINAL_APPLICATION_STATUSES.includes(s as ApplicationStatus);
  const refuse = (status: string) =>
    new AppError('CAREERS_WRONG_STATE', {
      what: 'application',
      status,
      action: 'withdrawn',
      allowed: ['new', 'reviewing', 'interview', 'offer'],
    });
  if (!open(row.status)) throw refuse(row.status);
  await writeTransaction(deps.db, [`careers:application:${id}`], async (trx) => {
    const fresh = await trx
      .selectFrom('careers_applications')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (!open(fresh.status)) throw refuse(fresh.status);
    await trx
      .updateTable('careers_applications')
      .set({ status: 'withdrawn', updated_at: deps.now().toISOString() })
      .where('id', '=', id)
      .execute();
  });
  return getApplication(deps, who, id);
}

/** An application with its job's owner by id (an id too long to be one finds nothing). */
function findApplicationRow(deps: CareersDeps, id: string) {
  return typeof id === 'string' && id.length <= 100
    ? applicationQuery(deps.db).where('a.id', '=', id).executeTakeFirst()
    : Promise.resolve(undefined);
}
