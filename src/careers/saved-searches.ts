// Saved searches: a signed-in user keeps the /jobs filters under a name (at most SAVED_SEARCHES_MAX) and gets a
// daily digest mail of the new jobs they match (search-digest.ts). The filters are read by the search's own parser
// and stored normalized — the URL values of the filters that narrow the search, keys in a fixed order — so the
// same search saved twice is one row (saved again, it is renamed), and its /jobs link is made from what is stored.
// Paging, sort and "posted within" are left out: the digest is about new jobs, newest first.
//
// Saving a user's first search schedules their digest (search-digest.ts: one task per user and day). Only the
// owner lists or deletes a search; anyone else is answered CAREERS_NOT_FOUND (404), as elsewhere in CareerCenter.
// Unsubscribing needs no session: the signed token says what to remove (unsubscribe-token.ts).
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { type DatabaseSchema, writeTransaction } from '../db/index.js';
import { AppError } from '../shared/index.js';
import { requireSignedIn } from './access.js';
import type { Actor, CareersDeps } from './deps.js';
import { type JobFilters, type JobSearchInput, parseJobFilters } from './job-filters.js';
import { Problems } from './problems.js';
import { scheduleDigest } from './search-digest-schedule.js';
import { readText } from './text-fields.js';
import { type UnsubscribeTarget, verifyUnsubscribeToken } from './unsubscribe-token.js';

export const SAVED_SEARCHES_MAX = 20;
export const SAVED_SEARCH_NAME_MAX = 80;

/** The filters a saved search keeps, as /jobs writes them in its URL (no page, sort or "posted within"). */
export const SAVED_FILTER_NAMES = [
  'q',
  'state',
  'remote',
  'credential',
  'setting',
  'specialty',
  'codeSet',
  'experienceLevel',
  'apprenticeWelcome',
  'salaryMin',
  'salaryPeriod',
] as const;

export type SavedFilters = Partial<Record<(typeof SAVED_FILTER_NAMES)[number], string>>;

export interface SavedSearch {
  id: string;
  name: string;
  filters: SavedFilters;
  /** the /jobs page of these filters, e.g. "/jobs?credential=CPC&remote=true" */
  path: string;
  createdAt: string;
}

export interface SavedSearchInput {
  name?: unknown;
  /** the /jobs filters as they arrive (a query string or JSON); paging and sort are ignored */
  filters?: JobSearchInput;
}

/** The narrowing filters of `f` in URL form, in a fixed order (the stored form). */
export function savedFiltersOf(f: JobFilters): SavedFilters {
  const out: SavedFilters = {};
  if (f.q) out.q = f.q;
  if (f.state) out.state = f.state;
  if (f.remote) out.remote = 'true';
  if (f.credential) out.credential = f.credential;
  if (f.setting) out.setting = f.setting;
  if (f.specialty) out.specialty = f.specialty;
  if (f.codeSet) out.codeSet = f.codeSet;
  if (f.experienceLevel) out.experienceLevel = f.experienceLevel;
  if (f.apprenticeWelcome) out.apprenticeWelcome = 'true';
  if (f.salaryMin !== undefined) {
    out.salaryMin = String(f.salaryMin);
    out.salaryPeriod = f.salaryPeriod;
  }
  return out;
}

export function savedSearchPath(filters: SavedFilters): string {
  const query = new URLSearchParams(filters as Record<string, string>).toString();
  return query ? `/jobs?${query}` : '/jobs';
}

/** A name for a search saved without one: its filters in words ("CPC, remote, TX"), or "All jobs". */
export function defaultSearchName(filters: SavedFilters): string {
  const parts = [
    filters.q ? `"${filters.q}"` : undefined,
    filters.credential,
    filters.remote ? 'remote' : undefined,
    filters.state,
    filters.setting,
    filters.specialty,
    filters.codeSet,
    filters.experienceLevel,
    filters.apprenticeWelcome ? 'apprentice welcome' : undefined,
    filters.salaryMin ? `from $${filters.salaryMin}/${filters.salaryPeriod}` : undefined,
  ].filter((p): p is string => p !== undefined);
  const name = parts.length > 0 ? parts.join(', ') : 'All jobs';
  return name.length > SAVED_SEARCH_NAME_MAX ? `${name.slice(0, SAVED_SEARCH_NAME_MAX - 1)}…` : name;
}

interface SavedSearchRow {
  id: string;
  name: string;
  filters: string;
  created_at: string;
}

/** The stored filters; a row written by this module always parses, so anything else is left out. */
export function parseStoredFilters(text: string): SavedFilters {
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
    return out as SavedFilters;
  } catch {
    return {};
  }
}

function toSavedSearch(row: SavedSearchRow): SavedSearch {
  const filters = parseStoredFilters(row.filters);
  return { id: row.id, name: row.name, filters, path: savedSearchPath(filters), createdAt: row.created_at };
}

/** Whose saved searches a lock covers: saving, deleting and the digest of one user take it. */
export function savedSearchLock(userId: string): string {
  return `careers:saved-searches:${userId}`;
}

/**
 * Saves the filters under a name for the signed-in user (the same filters again: renamed, not doubled). Refuses a
 * filter value outside its list (CAREERS_BAD_FILTER), a bad name (CAREERS_INVALID naming "name"), and a 21st search
 * (CAREERS_SAVED_SEARCH_LIMIT).
 */
export async function saveSearch(
  deps: CareersDeps,
  actor: Actor | undefined,
  input: SavedSearchInput,
): Promise<SavedSearch> {
  const who = requireSignedIn(actor);
  const filters = savedFiltersOf(parseJobFilters(input.filters ?? {}));
  const problems = new Problems();
  const typed = readText(problems, 'name', input.name, { max: SAVED_SEARCH_NAME_MAX });
  problems.throwIfAny('The search cannot be saved');
  const name = typed ?? defaultSearchName(filters);
  const stored = JSON.stringify(filters);
  const now = deps.now();
  return writeTransaction(deps.db, [savedSearchLock(who.id)], async (trx) => {
    const same = await trx
      .selectFrom('careers_saved_searches')
      .select(['id', 'name', 'filters', 'created_at'])
      .where('user_id', '=', who.id)
      .where('filters', '=', stored)
      .executeTakeFirst();
    if (same) {
      await trx.updateTable('careers_saved_searches').set({ name }).where('id', '=', same.id).execute();
      return toSavedSearch({ ...same, name });
    }
    const { count } = await trx
      .selectFrom('careers_saved_searches')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
      .where('user_id', '=', who.id)
      .executeTakeFirstOrThrow();
    if (Number(count) >= SAVED_SEARCHES_MAX)
      throw new AppError('CAREERS_SAVED_SEARCH_LIMIT', { max: SAVED_SEARCHES_MAX });
    const at = now.toISOString();
    const row = { id: randomUUID(), name, filters: stored, created_at: at };
    await trx
      .insertInto('careers_saved_searches')
      .values({ ...row, user_id: who.id, last_checked_at: at })
      .execute();
    await scheduleDigest(trx, who.id, now);
    return toSavedSearch(row);
  });
}

/** The signed-in user's saved searches, oldest first. */
export async function listSavedSearches(deps: CareersDeps, actor: Actor | undefined): Promise<SavedSearch[]> {
  const who = requireSignedIn(actor);
  const rows = await deps.db
    .selectFrom('careers_saved_searches')
    .select(['id', 'name', 'filters', 'created_at'])
    .where('user_id', '=', who.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toSavedSearch);
}

/** Deletes one of the signed-in user's saved searches; someone else's (or none) is CAREERS_NOT_FOUND. */
export async function deleteSavedSearch(deps: CareersDeps, actor: Actor | undefined, id: string): Promise<void> {
  const who = requireSignedIn(actor);
  const gone = await writeTransaction(deps.db, [savedSearchLock(who.id)], (trx) =>
    trx
      .deleteFrom('careers_saved_searches')
      .where('id', '=', String(id).slice(0, 100))
      .where('user_id', '=', who.id)
      .executeTakeFirst(),
  );
  if (Number(gone.numDeletedRows) === 0)
    throw new AppError('CAREERS_NOT_FOUND', { what: 'saved search', id: String(id) });
}

/** What an unsubscribe link would remove: the searches' names (none when they are gone already). */
export interface UnsubscribePreview {
  target: UnsubscribeTarget;
  names: string[];
}

function searchesOfTarget(trx: Transaction<DatabaseSchema> | CareersDeps['db'], target: UnsubscribeTarget) {
  const q = trx.selectFrom('careers_saved_searches').select(['id', 'name', 'user_id']);
  return (
    target.kind === 'search' ? q.where('id', '=', target.searchId) : q.where('user_id', '=', target.userId)
  ).execute();
}

/** Reads an unsubscribe link (for the confirmation page); a forged or altered token is CAREERS_UNSUBSCRIBE_INVALID. */
export async function previewUnsubscribe(
  deps: CareersDeps,
  secret: string,
  token: unknown,
): Promise<UnsubscribePreview> {
  const target = verifyUnsubscribeToken(secret, token);
  const rows = await searchesOfTarget(deps.db, target);
  return { target, names: rows.map((r) => r.name) };
}

/**
 * Removes what an unsubscribe link names — one saved search, or all of a user's — without a session: the token's
 * signature is the authority. Using a link again removes nothing and is not an error. Returns the names removed.
 */
export async function unsubscribe(deps: CareersDeps, secret: string, token: unknown): Promise<string[]> {
  const target = verifyUnsubscribeToken(secret, token);
  const found = await searchesOfTarget(deps.db, target);
  const userId = target.kind === 'all' ? target.userId : found[0]?.user_id;
  if (userId === undefined) return [];
  return writeTransaction(deps.db, [savedSearchLock(userId)], async (trx) => {
    const rows = await searchesOfTarget(trx, target);
    if (rows.length > 0)
      await trx
        .deleteFrom('careers_saved_searches')
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
    return rows.map((r) => r.name);
  });
}
