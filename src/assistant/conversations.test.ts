// CasePilot's daily allowance and conversation history on SQLite and PostgreSQL: the tiers, concurrency at the
// last question, and that one user never reaches another's conversation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countAssistantQuestion, createUser, type Viewer } from '../accounts/index.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { isAppError } from '../shared/index.js';
import type { AskAnswer } from './answer-types.js';
import { deleteConversation, listConversations, openConversation, recordExchange } from './conversations.js';

const LIMITS = { guestAssistantQuestions: 3, freeAssistantQuestions: 5 };
const T0 = new Date('2026-12-07T10:00:00Z');
const answer = (text: string): AskAnswer => ({
  answer: text,
  intent: 'lookup',
  codes: [],
  citations: [],
  confidence: 'high',
});

describeEachDatabase('CasePilot allowance and conversations', (t) => {
  const user = (email: string, plan: 'free' | 'paid' = 'free') =>
    createUser(t.database.db, { email, password: 'correct horse battery staple', role: 'member', plan }, T0);

  test('guests 3 a day, free accounts 5, paid unlimited; the next UTC day starts again', async () => {
    const g: Viewer = { kind: 'guest', guestId: 'g1' };
    const got = [];
    for (let i = 0; i < 4; i++) got.push(await countAssistantQuestion(t.database.db, g, T0, LIMITS));
    assert.deepEqual(
      got.map((r) => [r.allowed, r.remaining]),
      [
        [true, 2],
        [true, 1],
        [true, 0],
        [false, 0],
      ],
    );
    assert.equal(
      (await countAssistantQuestion(t.database.db, g, new Date('2026-12-08T00:00:01Z'), LIMITS)).allowed,
      true,
    );
    const free: Viewer = { kind: 'user', user: await user('free@example.com') };
    for (let i = 0; i < 5; i++)
      assert.equal((await countAssistantQuestion(t.database.db, free, T0, LIMITS)).who, 'free');
    assert.equal((await countAssistantQuestion(t.database.db, free, T0, LIMITS)).allowed, false);
    const paid: Viewer = { kind: 'user', user: await user('paid@example.com', 'paid') };
    for (let i = 0; i < 10; i++)
      assert.deepEqual(await countAssistantQuestion(t.database.db, paid, T0, LIMITS), {
        allowed: true,
        who: 'unlimited',
      });
  });

  test('20 concurrent questions from one guest: exactly the allowance is answered', async () => {
    const g: Viewer = { kind: 'guest', guestId: 'racer' };
    const all = await Promise.all(
      Array.from({ length: 20 }, () => countAssistantQuestion(t.database.db, g, T0, LIMITS)),
    );
    assert.equal(all.filter((r) => r.allowed).length, 3);
  });

  test('conversations: recorded in order, listed newest first, private to their user, deleted with their messages', async () => {
    const a = await user('a@example.com');
    const b = await user('b@example.com');
    const c1 = await recordExchange(t.database.db, a.id, undefined, 'Is E11.9 billable?', answer('yes'), T0);
    await recordExchange(t.database.db, a.id, c1, 'And E11.65?', answer('also yes'), new Date('2026-12-07T10:01:00Z'));
    const c2 = await recordExchange(
      t.database.db,
      a.id,
      undefined,
      'MUE for 20610?',
      answer('2'),
      new Date('2026-12-07T10:02:00Z'),
    );
    assert.deepEqual(
      (await listConversations(t.database.db, a.id)).map((c) => c.id),
      [c2, c1],
    );
    const opened = await openConversation(t.database.db, a.id, c1);
    assert.equal(opened.title, 'Is E11.9 billable?');
    assert.deepEqual(
      opened.messages.map((m) => [m.question, m.answer.answer]),
      [
        ['Is E11.9 billable?', 'yes'],
        ['And E11.65?', 'also yes'],
      ],
    );
    const notFound = (e: unknown) => isAppError(e) && e.code === 'NOT_FOUND';
    await assert.rejects(openConversation(t.database.db, b.id, c1), notFound);
    await assert.rejects(recordExchange(t.database.db, b.id, c1, 'hijack', answer('x'), T0), notFound);
    await assert.rejects(deleteConversation(t.database.db, b.id, c1), notFound);
    await deleteConversation(t.database.db, a.id, c1);
    await assert.rejects(openConversation(t.database.db, a.id, c1), notFound);
    const left = await t.database.db.selectFrom('assistant_messages').select('conversation_id').execute();
    assert.ok(left.every((m) => m.conversation_id !== c1));
  });
});
