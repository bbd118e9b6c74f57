// Job postings as their employer writes them: create (a draft), update (every rule checked again on the whole
// posting), read (the public sees published, closed and expired postings; the employer and admins see all of their
// own), the employer's list and the admins' moderation queue. Publishing and the rest of the lifecycle are in
// lifecycle.ts.
import { randomUUID } from 'node:crypto';
import { writeTransaction } from '../db/index.js';
import { AppError } from '../shared/index.js';
import { findJobRow, managedJobRow, mayManage, requireAdmin, requireEmployer } from './access.js';
import { isoDay } from './dates.js';
import { scheduleDeadlines } from './deadlines.js';
import type { Actor, CareersDeps } from './deps.js';
import { type JobDocument, type JobRow, jobContentColumns, jobInputOf, toJobDocument } from './job-document.js';
import { type JobInput, readJobFields } from './job-input.js';
import { organizationForPosting } from './organizations.js';
import { Problems } from './problems.js';
import { takeSearchSeq } from './search-seq.js';
import { readText } from './text-fields.js';
import { type ApplicationStatus, type JobStatus, LIMITS } from './values.js';

const SAVE = 'The job posting cannot be saved';

/** The document of a posting just written, read back as its employer sees it. */
export async function ownerDocument(deps: CareersDeps, id: string): Promise<JobDocument> {
  const row = await findJobRow(deps.db, id);
  if (!row) throw new AppError('CAREERS_NOT_FOUND', { what: 'job', id });
  return toJobDocument(row, isoDay(deps.now()), { forOwner: true });
}

export function wrongState(row: Pick<JobRow, 'status'>, action: string, allowed: readonly JobStatus[]): AppError {
  return new AppError('CAREERS_WRONG_STATE', { what: 'job posting', status: row.status, action, allowed });
}

/** A new draft. The employer's organization profile is used, or made from `organization` (the name) when missing. */
export async function createJob(deps: CareersDeps, actor: Actor | undefined, input: JobInput): Promise<JobDocument> {
  const who = requireEmployer(actor);
  const now = deps.now();
  const at = now.toISOString();
  const problems = new Problems();
  const orgName = readText(problems, 'organization', input.organization, { max: LIMITS.organizationName });
  const existing = await deps.db
    .selectFrom('careers_organizations')
    .select('name')
    .where('owner_user_id', '=', who.id)
    .executeTakeFirst();
  if (!existing && orgName === undefined && !problems.has('organization'))
    problems.add('organization', "is required: your organization's name (or save its profile first)");
  if (existing && orgName !== undefined && orgName !== existing.name)
    problems.add(
      'organization',
      `your organization profile is named "${existing.name}": leave this out, or rename the organization in its profile`,
    );
  const fields = readJobFields(input, isoDay(now), problems);
  problems.throwIfAny(SAVE);
  if (!fields) throw new Error('readJobFields returned nothing without a problem');
  const id = randomUUID();
  await writeTransaction(deps.db, [`careers:organization:${who.id}`], async (trx) => {
    const org = await organizationForPosting(trx, who.id, orgName, at);
    if (!org)
      throw new AppError('CAREERS_INVALID', { what: SAVE, problems: [{ field: 'organization', why: 'is required' }] });
    await trx
      .insertInto('careers_jobs')
      .values({
        id,
        organization_id: org.id,
        owner_user_id: who.id,
        status: 'draft',
        ...jobContentColumns(fields),
        search_seq: await takeSearchSeq(trx),
        needs_review: 0,
        moderation_reason: null,
        approved_at: null,
        posted_at: null,
        reminder_sent_at: null,
        closed_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
  });
  return ownerDocument(deps, id);
}

const EDITABLE: readonly JobStatus[] = ['draft', 'pending', 'published'];

/**
 * Changes some fields of a posting and checks the whole posting again. A changed applicationMethod without a
 * target, or workArrangement without remoteStates, drops the old target or states (they belonged to the old choice).
 */
export async function updateJob(
  deps: CareersDeps,
  actor: Actor | undefined,
  id: string,
  patch: JobInput,
): Promise<JobDocument> {
  const row = await managedJobRow(deps.db, requireEmployer(actor), id);
  if (!EDITABLE.includes(row.status as JobStatus)) throw wrongState(row, 'edited', EDITABLE);
  const now = deps.now();
  const today = isoDay(now);
  const current = jobInputOf(toJobDocument(row, today));
  const merged: JobInput = { ...current, ...patch };
  if ('applicationMethod' in patch && !('applicationTarget' in patch)) merged.applicationTarget = undefined;
  if ('workArrangement' in patch && !('remoteStates' in patch)) merged.remoteStates = undefined;
  const problems = new Problems();
  if (patch.organization !== undefined && patch.organization !== row.organization_name)
    problems.add(
      'organization',
      `the posting belongs to "${row.organization_name}": rename the organization in its profile instead`,
    );
  const fields = readJobFields(merged, today, problems);
  if (fields && row.status === 'published' && fields.closingDate === null)
    problems.add('closingDate', 'a published posting keeps a closing date: renew it to change the date');
  problems.throwIfAny(SAVE);
  if (!fields) throw new Error('readJobFields returned nothing without a problem');
  await writeTransaction(deps.db, [`careers:job:${id}`], async (trx) => {
    const fresh = await trx.selectFrom('careers_jobs').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    if (fresh.status !== row.status)
      throw wrongState(fresh, 'edited now (it changed meanwhile; reload it)', [row.status as JobStatus]);
    await trx
      .updateTable('careers_jobs')
      .set({ ...jobContentColumns(fields), search_seq: await takeSearchSeq(trx), updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    if (row.status === 'published' && fields.closingDate && fields.closingDate !== row.closing_date)
      await scheduleDeadlines(
        trx,
        { id, closingDate: fields.closingDate, reminded: row.reminder_sent_at !== null },
        now,
      );
  });
  return ownerDocument(deps, id);
}

const PUBLIC: readonly string[] = ['published', 'closed', 'expired'];

/**
 * A posting as `viewer` may see it (a guest is undefined): its employer and admins see it in any state, with its
 * moderation note; everyone else sees published, closed and expired postings. Anything else is CAREERS_NOT_FOUND.
 */
export async function getJob(deps: CareersDeps, id: string, viewer?: Actor): Promise<JobDocument> {
  const row = await findJobRow(deps.db, id);
  const today = isoDay(deps.now());
  if (row && mayManage(viewer, row)) return toJobDocument(row, today, { forOwner: true });
  if (!row || !PUBLIC.includes(row.status)) throw new AppError('CAREERS_NOT_FOUND', { what: 'job', id: String(id) });
  return toJobDocument(row, today);
}

export interface EmployerJobSummary extends JobDocument {
  /** applications by status */
  applicationCounts: Partial<Record<ApplicationStatus, number>>;
}

const LIST_LIMIT = 500;

async function rowsWhere(
  deps: CareersDeps,
  column: 'j.owner_user_id' | 'j.status',
  value: string,
  newestFirst: boolean,
) {
  return deps.db
    .selectFrom('careers_jobs as j')
    .innerJoin('careers_organizations as o', 'o.id', 'j.organization_id')
    .selectAll('j')
    .select(['o.name as organization_name', 'o.domain as organization_domain'])
    .where(column, '=', value)
    .orderBy(newestFirst ? 'j.created_at' : 'j.updated_at', newestFirst ? 'desc' : 'asc')
    .limit(LIST_LIMIT)
    .execute();
}

/** The employer's own postings, newest first, each with its applications counted by status. */
export async function listMyJobs(deps: CareersDeps, actor: Actor | undefined): Promise<EmployerJobSummary[]> {
  const who = requireEmployer(actor);
  const rows = await rowsWhere(deps, 'j.owner_user_id', who.id, true);
  const counts =
    rows.length === 0
      ? []
      : await deps.db
          .selectFrom('careers_applications')
          .select(['job_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
          .where(
            'job_id',
            'in',
            rows.map((r) => r.id),
          )
          .groupBy(['job_id', 'status'])
          .execute();
  const today = isoDay(deps.now());
  return rows.map((row) => {
    const applicationCounts: Partial<Record<ApplicationStatus, number>> = {};
    for (const c of counts) if (c.job_id === row.id) applicationCounts[c.status as ApplicationStatus] = Number(c.n);
    return { ...toJobDocument(row, today, { forOwner: true }), applicationCounts };
  });
}

/** Postings waiting for an admin's approval, oldest first (admins only). */
export async function moderationQueue(deps: CareersDeps, actor: Actor | undefined): Promise<JobDocument[]> {
  requireAdmin(actor);
  const today = isoDay(deps.now());
  return (await rowsWhere(deps, 'j.status', 'pending', false)).map((row) =>
    toJobDocument(row, today, { forOwner: true }),
  );
}
