// Editorial text (a code's common-language description and its "How to use" tip) as an append-only list of
// revisions per system, code and field. The newest revision is the current text; an empty body withdraws it.
// Nothing is ever updated or deleted: a revert is a new revision carrying an old body.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { type DatabaseSchema, type EditorialRevisionsTable, writeTransaction } from '../db/index.js';
import { AppError, checkText } from '../shared/index.js';
import { type DiffLine, lineDiff } from './diff.js';
import { MAX_EDITORIAL_LENGTH } from './markdown.js';

export const EDITORIAL_FIELDS = ['description', 'tip'] as const;
export type EditorialField = (typeof EDITORIAL_FIELDS)[number];

/** The clock, injected so tests and callers control created_at. */
export type Clock = () => Date;

type Db = Kysely<DatabaseSchema>;

export interface Revision {
  id: string;
  system: string;
  code: string;
  field: EditorialField;
  /** Markdown; '' when this revision withdrew the text */
  body: string;
  authorId: string;
  /** ISO 8601, UTC */
  createdAt: string;
  /** 1, 2, … per system, code and field */
  seq: number;
  /** the id of the revision whose body this one restored, for a revert */
  revertedFrom: string | null;
}

export interface SaveRevisionInput {
  system: string;
  code: string;
  field: string;
  body: string;
  authorId: string;
}

export interface CurrentTexts {
  description?: Revision;
  tip?: Revision;
}

export interface ChangeSummary {
  kind: 'created' | 'edited' | 'withdrawn' | 'reverted';
  added: number;
  removed: number;
  /** the changed lines, at most MAX_SUMMARY_LINES of them, each cut to MAX_SUMMARY_LINE_LENGTH */
  lines: DiffLine[];
  /** changed lines left out of `lines` */
  omitted: number;
  /** one line for a list, e.g. "+2 −1 lines" or "reverted to #1 (+0 −3 lines)" */
  text: string;
}

export interface HistoryEntry extends Revision {
  authorEmail: string;
  /** seq of the revision named by revertedFrom */
  revertedFromSeq: number | null;
  /** against the previous revision (the empty text for the first) */
  change: ChangeSummary;
}

export interface EditedCode {
  system: string;
  code: string;
  field: EditorialField;
  seq: number;
  editedAt: string;
  authorId: string;
  authorEmail: string;
  /** the newest revision withdrew the text */
  withdrawn: boolean;
}

export const MAX_SUMMARY_LINES = 20;
export const MAX_SUMMARY_LINE_LENGTH = 160;
const DEFAULT_HISTORY_LIMIT = 100;

interface Key {
  system: string;
  code: string;
  field: EditorialField;
}

type Row = Selectable<EditorialRevisionsTable>;

/** The columns a revision and a draft share: which text, and what it says. */
export function textOfRow(r: { id: string; system: string; code: string; field: string; body: string }) {
  return { id: r.id, system: r.system, code: r.code, field: r.field as EditorialField, body: r.body };
}

function toRevision(r: Row): Revision {
  return {
    ...textOfRow(r),
    authorId: r.author_id,
    createdAt: r.created_at,
    seq: Number(r.seq),
    revertedFrom: r.reverted_from,
  };
}

export function isEditorialField(field: unknown): field is EditorialField {
  return (EDITORIAL_FIELDS as readonly unknown[]).includes(field);
}

function checkKey(system: string, code: string, field: string): Key {
  if (!isEditorialField(field))
    throw new AppError('BAD_INPUT', { why: `Unknown editorial field "${field}": use description or tip` });
  for (const [name, value] of [
    ['system', system],
    ['code', code],
  ] as const)
    if (typeof value !== 'string' || !/^[A-Za-z0-9._-]{1,40}$/.test(value))
      throw new AppError('BAD_INPUT', { why: `"${String(value)}" is not a code ${name}` });
  return { system, code, field };
}

/** What is stored: line ends as \n, no trailing whitespace. */
export function normalizeBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').trimEnd();
}

/** Saves a new revision of a description or tip. Saving the current text again changes nothing and returns it. */
export async function saveRevision(db: Db, input: SaveRevisionInput, now: Clock): Promise<Revision> {
  const key = checkKey(input.system, input.code, input.field);
  if (typeof input.body !== 'string') throw new AppError('BAD_INPUT', { why: 'The text is missing' });
  const body = normalizeBody(checkText(key.field, input.body, { multiline: true }));
  if (body.length > MAX_EDITORIAL_LENGTH)
    throw new AppError('EDITORIAL_TOO_LONG', { field: key.field, length: body.length, max: MAX_EDITORIAL_LENGTH });
  return append(db, key, body, input.authorId, null, now);
}

/** Makes an earlier revision's body current again, as a new revision that records where it came from. */
export async function revertTo(db: Db, revisionId: string, authorId: string, now: Clock): Promise<Revision> {
  const target = await db.selectFrom('editorial_revisions').selectAll().where('id', '=', revisionId).executeTakeFirst();
  if (!target || !isEditorialField(target.field)) throw new AppError('EDITORIAL_UNKNOWN_REVISION', { id: revisionId });
  const key = { system: target.system, code: target.code, field: target.field };
  return append(db, key, target.body, authorId, target.id, now);
}

function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * seq is max + 1 inside a write transaction that holds this text's lock (writers of one text queue, on SQLite
 * and PostgreSQL alike); a writer that still loses the race on the unique seq tries once more.
 */
async function append(db: Db, key: Key, body: string, authorId: string, revertedFrom: string | null, now: Clock) {
  const lock = `editorial:${key.system}:${key.code}:${key.field}`;
  const attempt = () => writeTransaction(db, [lock], (trx) => appendIn(trx, key, body, authorId, revertedFrom, now));
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (e) {
      if (db.isTransaction || tries >= 2 || !isUniqueViolation(e)) throw e;
    }
  }
}

async function appendIn(
  trx: Transaction<DatabaseSchema>,
  key: Key,
  body: string,
  authorId: string,
  revertedFrom: string | null,
  now: Clock,
): Promise<Revision> {
  const newest = await trx
    .selectFrom('editorial_revisions')
    .selectAll()
    .where('system', '=', key.system)
    .where('code', '=', key.code)
    .where('field', '=', key.field)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (newest && newest.body === body) return toRevision(newest);
  if (!newest && body === '') throw new AppError('BAD_INPUT', { why: `There is no ${key.field} to withdraw` });
  const row: Row = {
    id: randomUUID(),
    ...key,
    body,
    author_id: authorId,
    created_at: now().toISOString(),
    seq: (newest ? Number(newest.seq) : 0) + 1,
    reverted_from: revertedFrom,
  };
  await trx.insertInto('editorial_revisions').values(row).execute();
  return toRevision(row);
}

/** The newest revision of each field of one code; withdrawn texts are left out. */
export async function currentTexts(db: Db, system: string, code: string): Promise<CurrentTexts> {
  const rows = await db
    .selectFrom('editorial_revisions as r')
    .selectAll('r')
    .where('r.system', '=', system)
    .where('r.code', '=', code)
    .where('r.seq', '=', (eb) =>
      eb
        .selectFrom('editorial_revisions as p')
        .select((p) => p.fn.max('p.seq').as('m'))
        .whereRef('p.system', '=', 'r.system')
        .whereRef('p.code', '=', 'r.code')
        .whereRef('p.field', '=', 'r.field'),
    )
    .execute();
  const out: CurrentTexts = {};
  for (const r of rows) if (r.body !== '' && isEditorialField(r.field)) out[r.field] = toRevision(r);
  return out;
}

function summarize(before: string, entry: Omit<HistoryEntry, 'change'>, isFirst: boolean): ChangeSummary {
  const diff = lineDiff(before, entry.body);
  const added = diff.filter((d) => d.op === '+').length;
  const removed = diff.length - added;
  const kind: ChangeSummary['kind'] = entry.revertedFrom
    ? 'reverted'
    : entry.body === ''
      ? 'withdrawn'
      : isFirst
        ? 'created'
        : 'edited';
  const counts = `+${added} −${removed} line${added + removed === 1 ? '' : 's'}`;
  const text =
    kind === 'reverted'
      ? `reverted to #${entry.revertedFromSeq ?? '?'} (${counts})`
      : kind === 'withdrawn'
        ? `withdrawn (${counts})`
        : kind === 'created'
          ? `created (${counts})`
          : counts;
  const lines = diff.slice(0, MAX_SUMMARY_LINES).map((d) => ({
    op: d.op,
    text: d.text.length > MAX_SUMMARY_LINE_LENGTH ? `${d.text.slice(0, MAX_SUMMARY_LINE_LENGTH - 1)}…` : d.text,
  }));
  return { kind, added, removed, lines, omitted: diff.length - lines.length, text };
}

/** The revisions of one text, newest first, each with its author and what it changed; at most `limit` of them. */
export async function revisionHistory(
  db: Db,
  system: string,
  code: string,
  field: string,
  opts: { limit?: number } = {},
): Promise<HistoryEntry[]> {
  const key = checkKey(system, code, field);
  const limit = Math.max(1, Math.min(Math.trunc(opts.limit ?? DEFAULT_HISTORY_LIMIT), 1000));
  // one more than asked for: the oldest one shown is compared with the one before it
  const rows = await db
    .selectFrom('editorial_revisions as r')
    .innerJoin('users as u', 'u.id', 'r.author_id')
    .leftJoin('editorial_revisions as src', 'src.id', 'r.reverted_from')
    .selectAll('r')
    .select(['u.email as author_email', 'src.seq as reverted_from_seq'])
    .where('r.system', '=', key.system)
    .where('r.code', '=', key.code)
    .where('r.field', '=', key.field)
    .orderBy('r.seq', 'desc')
    .limit(limit + 1)
    .execute();
  return rows.slice(0, limit).map((r, i) => {
    const entry = {
      ...toRevision(r),
      authorEmail: r.author_email,
      revertedFromSeq: r.reverted_from_seq === null ? null : Number(r.reverted_from_seq),
    };
    const previous = rows[i + 1];
    return { ...entry, change: summarize(previous?.body ?? '', entry, previous === undefined) };
  });
}

/** The most recently edited texts (one entry per system, code and field), newest first, for an editor dashboard. */
export async function editedCodes(db: Db, limit = 50): Promise<EditedCode[]> {
  const n = Math.max(1, Math.min(Math.trunc(limit) || 50, 1000));
  const rows = await db
    .selectFrom('editorial_revisions as r')
    .innerJoin('users as u', 'u.id', 'r.author_id')
    .select(['r.system', 'r.code', 'r.field', 'r.seq', 'r.created_at', 'r.author_id', 'u.email'])
    // true/false on PostgreSQL, 1/0 on SQLite; the bodies themselves are not needed
    .select((eb) => eb('r.body', '=', '').as('withdrawn'))
    .where('r.seq', '=', (eb) =>
      eb
        .selectFrom('editorial_revisions as p')
        .select((p) => p.fn.max('p.seq').as('m'))
        .whereRef('p.system', '=', 'r.system')
        .whereRef('p.code', '=', 'r.code')
        .whereRef('p.field', '=', 'r.field'),
    )
    .orderBy('r.created_at', 'desc')
    .orderBy('r.system')
    .orderBy('r.code')
    .orderBy('r.field')
    .limit(n)
    .execute();
  return rows
    .filter((r) => isEditorialField(r.field))
    .map((r) => ({
      system: r.system,
      code: r.code,
      field: r.field as EditorialField,
      seq: Number(r.seq),
      editedAt: r.created_at,
      authorId: r.author_id,
      authorEmail: r.email,
      withdrawn: Boolean(r.withdrawn),
    }));
}
