// CasePilot: the daily question allowance (accounts/assistant-allowance.ts: one counter per guest or account and
// UTC day, raised by a conditional upsert) and signed-in users' conversations (assistant/conversations.ts): a
// conversation is its questions and answers in order; deleting the user or the conversation deletes its messages.
import type { Migration } from 'kysely';

export const assistant: Migration = {
  async up(db) {
    await db.schema
      .createTable('assistant_questions')
      // "guest:<id>" or "user:<id>"
      .addColumn('subject', 'text', (c) => c.notNull())
      // YYYY-MM-DD (UTC)
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('questions', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('assistant_questions_pk', ['subject', 'day'])
      .execute();
    await db.schema
      .createTable('assistant_conversations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('assistant_conversations_user')
      .on('assistant_conversations')
      .columns(['user_id', 'updated_at'])
      .execute();
    await db.schema
      .createTable('assistant_messages')
      .addColumn('conversation_id', 'text', (c) =>
        c.notNull().references('assistant_conversations.id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('question', 'text', (c) => c.notNull())
      // the answer object (answer, intent, codes, citations, confidence) as JSON
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('asked_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('assistant_messages_pk', ['conversation_id', 'position'])
      .execute();
  },
  async down(db) {
    await db.schema.dropTable('assistant_messages').execute();
    await db.schema.dropTable('assistant_conversations').execute();
    await db.schema.dropTable('assistant_questions').execute();
  },
};
