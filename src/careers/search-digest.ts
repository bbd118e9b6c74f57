// The daily job-alert digest of one user (task `careers.search-digest`, scheduled by search-digest-schedule.ts):
// each saved search is run through the job search's own index (queryJobIndex: the same filters, the same meaning
// as /jobs), newest first; the jobs first posted since the search was last checked and never mailed to this user
// go into ONE mail (the outbox, insertWithMail) with their links; careers_digest_sent records each job mailed.
// Nothing new, no mail.
//
// Exactly once: the whole digest — the jobs recorded as sent, the mail queued, the searches' last_checked_at, the
// schedule moved a day on and the next task queued — is one transaction under the user's saved-search lock. A crash
// before the commit leaves nothing done, and the retry does it all; a crash after it leaves the task to be retried,
// and the retry finds the schedule moved on (stale) and sends nothing.
//
// "Since last checked" is taken with an overlap (DIGEST_OVERLAP_MS): a posting published in a transaction that
// committed just after a digest read, with a posted_at just before it, is found by the next digest; the sent
// records keep the overlap from mailing anything twice.
import type { Kysely } from 'kysely';
import { appSecret } from '../accounts/index.js';
import { type DatabaseSchema, writeTransaction } from '../db/index.js';
import { insertWithMail, PermanentTaskFailure, type TaskType } from '../tasks/index.js';
import { isoDay } from './dates.js';
import { type JobFilters, parseJobFilters } from './job-filters.js';
import { JobIndex } from './job-index.js';
import { parseStoredFilters, savedSearchLock, savedSearchPath } from './saved-searches.js';
import { queryJobIndex } from './search.js';
import { type DigestJob, type DigestSection, digestMail } from './search-digest-mail.js';
import {
  endDigest,
  SEARCH_DIGEST_TASK,
  type SearchDigestPayload,
  scheduleNextDigest,
} from './search-digest-schedule.js';
import { signUnsubscribeToken } from './unsubscribe-token.js';

/** jobs listed per saved search in one digest; the mail links to the search for the rest */
export const DIGEST_JOBS_PER_SEARCH = 10;
/** newest matches looked at per search: new ones come first, so this only bounds a very busy day */
const DIGEST_CANDIDATES = 50;
export const DIGEST_OVERLAP_MS = 60 * 60_000;

export interface SearchDigestDeps {
  db: Kysely<DatabaseSchema>;
  now: () => Date;
  publicUrl: string;
  /** SESSION_SECRET when configured; otherwise the secret kept in the database (accounts' appSecret) */
  sessionSecret?: string | undefined;
  /** the worker's own job index (refreshed before each digest) */
  jobIndex: JobIndex;
}

export type DigestOutcome = 'sent' | 'nothing new' | 'stale' | 'ended';

function filtersOf(stored: string): JobFilters | undefined {
  try {
    return { ...parseJobFilters(parseStoredFilters(stored)), sort: 'newest', page: 1, pageSize: DIGEST_CANDIDATES };
  } catch {
    // a value no longer allowed (a list changed since it was saved): this search finds nothing until saved again
    return undefined;
  }
}

/** Runs the digest `payload` names; see the top of this file for why it is safe to run twice. */
export async function runSearchDigest(deps: SearchDigestDeps, payload: SearchDigestPayload): Promise<DigestOutcome> {
  const now = deps.now();
  if (now.getTime() < Date.parse(payload.dueAt))
    throw new Error(`the digest is due at ${payload.dueAt}; it ran early and will be tried again`);
  const secret = await appSecret(deps.db, deps.sessionSecret);
  await deps.jobIndex.refresh(deps.db);
  const { userId } = payload;
  return writeTransaction(deps.db, [savedSearchLock(userId)], async (trx) => {
    const schedule = await trx
      .selectFrom('careers_digest_schedules')
      .select('next_digest_at')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (schedule?.next_digest_at !== payload.dueAt) return 'stale';
    const user = await trx
      .selectFrom('users')
      .select(['email', 'disabled_at'])
      .where('id', '=', userId)
      .executeTakeFirst();
    const searches = await trx
      .selectFrom('careers_saved_searches')
      .select(['id', 'name', 'filters', 'last_checked_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    if (!user || user.disabled_at !== null || searches.length === 0) {
      await endDigest(trx, userId);
      return 'ended';
    }
    const found = searches.map((s) => {
      const filters = filtersOf(s.filters);
      return { search: s, ids: filters ? queryJobIndex(deps.jobIndex, filters, now).ids : [] };
    });
    const allIds = [...new Set(found.flatMap((f) => f.ids))];
    const rows =
      allIds.length === 0
        ? []
        : await trx
            .selectFrom('careers_jobs as j')
            .innerJoin('careers_organizations as o', 'o.id', 'j.organization_id')
            .select([
              'j.id',
              'j.status',
              'j.title',
              'j.city',
              'j.state',
              'j.work_arrangement',
              'j.salary_min_cents',
              'j.salary_max_cents',
              'j.salary_period',
              'j.posted_at',
              'j.closing_date',
              'o.name as organization',
            ])
            .where('j.id', 'in', allIds)
            .execute();
    const sentBefore =
      allIds.length === 0
        ? []
        : await trx
            .selectFrom('careers_digest_sent')
            .select('job_id')
            .where('user_id', '=', userId)
            .where('job_id', 'in', allIds)
            .execute();
    const taken = new Set(sentBefore.map((r) => r.job_id));
    const today = isoDay(now);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const sections: DigestSection[] = [];
    for (const { search, ids } of found) {
      const since = Date.parse(search.last_checked_at) - DIGEST_OVERLAP_MS;
      const jobs: DigestJob[] = [];
      for (const id of ids) {
        const row = byId.get(id);
        if (row?.status !== 'published' || row.posted_at === null || taken.has(id)) continue;
        if (Date.parse(row.posted_at) <= since || (row.closing_date !== null && row.closing_date < today)) continue;
        taken.add(id);
        jobs.push({
          id,
          title: row.title,
          organization: row.organization,
          city: row.city,
          state: row.state,
          workArrangement: row.work_arrangement,
          salaryMinCents: Number(row.salary_min_cents),
          salaryMaxCents: Number(row.salary_max_cents),
          salaryPeriod: row.salary_period,
        });
        if (jobs.length === DIGEST_JOBS_PER_SEARCH) break;
      }
      if (jobs.length > 0)
        sections.push({
          name: search.name,
          path: savedSearchPath(parseStoredFilters(search.filters)),
          unsubscribeToken: signUnsubscribeToken(secret, { kind: 'search', searchId: search.id }),
          jobs,
        });
    }
    const at = now.toISOString();
    await trx
      .updateTable('careers_saved_searches')
      .set({ last_checked_at: at })
      .where('user_id', '=', userId)
      .execute();
    await scheduleNextDigest(trx, userId, payload.dueAt, now);
    if (sections.length === 0) return 'nothing new';
    const sent = sections.flatMap((s) => s.jobs.map((j) => ({ user_id: userId, job_id: j.id, sent_at: at })));
    const allToken = signUnsubscribeToken(secret, { kind: 'all', userId });
    await insertWithMail(
      trx,
      trx.insertInto('careers_digest_sent').values(sent),
      digestMail(user.email, sections, allToken, deps.publicUrl),
      now,
    );
    return 'sent';
  });
}

function asPayload(value: unknown): SearchDigestPayload | undefined {
  const p = value as Partial<SearchDigestPayload> | null;
  if (!p || typeof p !== 'object' || typeof p.userId !== 'string' || typeof p.dueAt !== 'string') return undefined;
  return Number.isNaN(Date.parse(p.dueAt)) ? undefined : (p as SearchDigestPayload);
}

/** The digest's task type, with a job index of its own for the worker's process. */
export function searchDigestTaskTypes(deps: Omit<SearchDigestDeps, 'jobIndex'>): Record<string, TaskType> {
  const withIndex: SearchDigestDeps = { ...deps, jobIndex: new JobIndex() };
  return {
    [SEARCH_DIGEST_TASK]: {
      async run(raw) {
        const payload = asPayload(raw);
        if (!payload) throw new PermanentTaskFailure(new Error('the payload is not a search digest (userId, dueAt)'));
        await runSearchDigest(withIndex, payload);
      },
    },
  };
}
