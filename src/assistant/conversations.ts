// Signed-in users' CasePilot conversations: list (newest first), reopen (the questions and answers in order), add
// a question and its answer, delete. Every read and write names the user, so one user can never reach another's
// conversation by its id; a conversation holds at most MAX_MESSAGES exchanges (a new one is started after that).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type DatabaseSchema, writeTransaction } from '../db/index.js';
import { AppError } from '../shared/index.js';
import type { AskAnswer } from './answer-types.js';

type Db = Kysely<DatabaseSchema>;

export const MAX_MESSAGES = 200;
const TITLE_LENGTH = 80;

export interface ConversationSummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

export interface ConversationMessage {
  question: string;
  answer: AskAnswer;
  askedAt: string;
}

export async function listConversations(db: Db, userId: string, limit = 50): Promise<ConversationSummary[]> {
  const rows = await db
    .selectFrom('assistant_conversations')
    .select(['id', 'title', 'created_at', 'updated_at'])
    .where('user_id', '=', userId)
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, createdAt: r.created_at, updatedAt: r.updated_at }));
}

/** The conversation's exchanges in order; NOT_FOUND when it is not this user's. */
export async function openConversation(
  db: Db,
  userId: string,
  id: string,
): Promise<ConversationSummary & { messages: ConversationMessage[] }> {
  const c = await db
    .selectFrom('assistant_conversations')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!c) throw new AppError('NOT_FOUND', { what: 'conversation' });
  const messages = await db
    .selectFrom('assistant_messages')
    .select(['question', 'answer', 'asked_at'])
    .where('conversation_id', '=', id)
    .orderBy('position')
    .execute();
  return {
    id: c.id,
    title: c.title,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    messages: messages.map((m) => ({
      question: m.question,
      answer: JSON.parse(m.answer) as AskAnswer,
      askedAt: m.asked_at,
    })),
  };
}

/**
 * Adds an exchange: to the conversation named (the user's own), or to a new one titled by the question. Returns
 * the conversation's id (a new one when the named one is full).
 */
export async function recordExchange(
  db: Db,
  userId: string,
  conversationId: string | undefined,
  question: string,
  answer: AskAnswer,
  now: Date,
): Promise<string> {
  const at = now.toISOString();
  return writeTransaction(db, [`assistant:${userId}`], async (trx) => {
    let id = conversationId;
    let position = 0;
    if (id) {
      const owned = await trx
        .selectFrom('assistant_conversations')
        .select('id')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!owned) throw new AppError('NOT_FOUND', { what: 'conversation' });
      const last = await trx
        .selectFrom('assistant_messages')
        .select((eb) => eb.fn.max<number>('position').as('p'))
        .where('conversation_id', '=', id)
        .executeTakeFirst();
      position = last?.p === null || last?.p === undefined ? 0 : Number(last.p) + 1;
      if (position >= MAX_MESSAGES) id = undefined;
    }
    if (!id) {
      id = randomUUID();
      position = 0;
      const title = question.length > TITLE_LENGTH ? `${question.slice(0, TITLE_LENGTH - 1)}…` : question;
      await trx
        .insertInto('assistant_conversations')
        .values({ id, user_id: userId, title, created_at: at, updated_at: at })
        .execute();
    } else {
      await trx.updateTable('assistant_conversations').set({ updated_at: at }).where('id', '=', id).execute();
    }
    await trx
      .insertInto('assistant_messages')
      .values({ conversation_id: id, position, question, answer: JSON.stringify(answer), asked_at: at })
      .execute();
    return id;
  });
}

/** Deletes the user's conversation (its messages with it); NOT_FOUND when it is not theirs. */
export async function deleteConversation(db: Db, userId: string, id: string): Promise<void> {
  const r = await db
    .deleteFrom('assistant_conversations')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw new AppError('NOT_FOUND', { what: 'conversation' });
}
