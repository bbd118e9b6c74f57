// Drafts of editorial texts waiting for an editor (editorial/drafts.ts): written by `codedesk describe --draft` from
// the optional model provider, never shown to readers; publishing one saves it as a revision in the editor's name and
// removes the draft. One draft per system, code and field.
import type { Migration } from 'kysely';

export const editorialDrafts: Migration = {
  async up(db) {
    await db.schema
      .createTable('editorial_drafts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('system', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      // who or what wrote it, e.g. "model gpt-x at https://host/v1"
      .addColumn('source', 'text', (c) => c.notNull())
      // the official facts it was drafted from, for the editor to compare
      .addColumn('facts', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('editorial_drafts_text', ['system', 'code', 'field'])
      .execute();
  },
  async down(db) {
    await db.schema.dropTable('editorial_drafts').execute();
  },
};
