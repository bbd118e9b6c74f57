// Drafted editorial texts waiting for review: written by a tool (`codedesk describe --draft`, from the optional
// model provider), never shown to readers. An editor publishes one — saved as a revision in the editor's name, the
// draft removed — or discards it. Drafts sit apart from the revisions so that the revision list stays what readers
// have seen, and "current text = newest revision" holds unchanged.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { type DatabaseSchema, type EditorialDraftsTable, writeTransaction } from '../db/index.js';
import { AppError, checkText } from '../shared/index.js';
import { MAX_EDITORIAL_LENGTH } from './markdown.js';
import {
  type Clock,
  type EditorialField,
  isEditorialField,
  normalizeBody,
  type Revision,
  saveRevision,
  textOfRow,
} from './revisions.js';

type Db = Kysely<DatabaseSchema>;

export interface Draft {
  id: string;
  system: string;
  code: string;
  field: EditorialField;
  body: string;
  source: string;
  facts: string;
  createdAt: string;
}

export type SaveDraftInput = Omit<Draft, 'id' | 'createdAt'>;

function toDraft(r: Selectable<EditorialDraftsTable>): Draft {
  return {
    ...textOfRow(r),
    source: r.source,
    facts: r.facts,
    createdAt: r.created_at,
  };
}

/** Stores a draft; a draft already waiting for the same text is replaced. */
export async function saveDraft(db: Db, input: SaveDraftInput, now: Clock): Promise<Draft> {
  if (!isEditorialField(input.field))
    throw new AppError('BAD_INPUT', { why: `Unknown editorial field "${input.field}"` });
  const body = normalizeBody(checkText(input.field, input.body, { multiline: true }));
  if (body === '') throw new AppError('BAD_INPUT', { why: 'A draft cannot be empty' });
  if (body.length > MAX_EDITORIAL_LENGTH)
    throw new AppError('EDITORIAL_TOO_LONG', { field: input.field, length: body.length, max: MAX_EDITORIAL_LENGTH });
  const row = {
    id: randomUUID(),
    system: input.system,
    code: input.code,
    field: input.field,
    body,
    source: input.source.slice(0, 200),
    facts: input.facts.slice(0, MAX_EDITORIAL_LENGTH),
    created_at: now().toISOString(),
  };
  // the text's lock: two drafting runs replace each other's draft rather than fail on the unique key
  await writeTransaction(db, [`editorial-draft:${row.system}:${row.code}:${row.field}`], async (trx) => {
    await trx
      .deleteFrom('editorial_drafts')
      .where('system', '=', row.system)
      .where('code', '=', row.code)
      .where('field', '=', row.field)
      .execute();
    await trx.insertInto('editorial_drafts').values(row).execute();
  });
  return toDraft(row);
}

/** The drafts waiting for one code, by field. */
export async function draftsFor(db: Db, system: string, code: string): Promise<Partial<Record<EditorialField, Draft>>> {
  const rows = await db
    .selectFrom('editorial_drafts')
    .selectAll()
    .where('system', '=', system)
    .where('code', '=', code)
    .execute();
  const out: Partial<Record<EditorialField, Draft>> = {};
  for (const r of rows) if (isEditorialField(r.field)) out[r.field] = toDraft(r);
  return out;
}

/** The drafts waiting for review, oldest first (the editor's queue). */
export async function waitingDrafts(db: Db, limit = 100): Promise<Draft[]> {
  const n = Math.max(1, Math.min(Math.trunc(limit) || 100, 1000));
  const rows = await db
    .selectFrom('editorial_drafts')
    .selectAll()
    .orderBy('created_at')
    .orderBy('system')
    .orderBy('code')
    .limit(n)
    .execute();
  return rows.map(toDraft);
}

/** The codes of a system that have a current text or a waiting draft of this field (not to be drafted again). */
export async function codesWithText(db: Db, system: string, field: EditorialField): Promise<Set<string>> {
  const drafted = await db
    .selectFrom('editorial_drafts')
    .select('code')
    .where('system', '=', system)
    .where('field', '=', field)
    .execute();
  // any revision counts, a withdrawn text too: an editor chose that code's text, a tool should not offer another
  const written = await db
    .selectFrom('editorial_revisions')
    .select('code')
    .distinct()
    .where('system', '=', system)
    .where('field', '=', field)
    .execute();
  return new Set([...drafted, ...written].map((r) => r.code));
}

async function takeDraft(db: Db, id: string): Promise<Draft> {
  const row = await db.selectFrom('editorial_drafts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('EDITORIAL_UNKNOWN_DRAFT', { id });
  return toDraft(row);
}

/**
 * Publishes a draft as it stands: a revision in the editor's name, then the draft removed. Publishing again after a
 * failure in between saves nothing twice (saving the current text again is no new revision).
 */
export async function publishDraft(db: Db, id: string, editorId: string, now: Clock): Promise<Revision> {
  const draft = await takeDraft(db, id);
  const revision = await saveRevision(
    db,
    { system: draft.system, code: draft.code, field: draft.field, body: draft.body, authorId: editorId },
    now,
  );
  await db.deleteFrom('editorial_drafts').where('id', '=', id).execute();
  return revision;
}

/** Discards a draft; nothing reaches readers. */
export async function discardDraft(db: Db, id: string): Promise<Draft> {
  const draft = await takeDraft(db, id);
  await db.deleteFrom('editorial_drafts').where('id', '=', id).execute();
  return draft;
}
