// Uploaded files (src/storage): one row per stored file. The bytes live on disk under CODEDESK_DATA_DIR/uploads at a
// random storage key the server chose (never the sender's file name, never anything built from input); the row holds
// what was found by checking the content (kind, content type, size, sha256) and the sender's file name, sanitized,
// as metadata only (the download's suggested name). A file is its owner's: deleting the account deletes the rows,
// and the storage sweep then removes the files no row names.
import type { Migration } from 'kysely';

export const uploads: Migration = {
  async up(db) {
    await db.schema
      .createTable('uploads')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // "resume" | "logo" (storage/upload-kinds.ts)
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('byte_size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('storage_key', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('uploads_owner').on('uploads').column('owner_id').execute();
  },
  async down(db) {
    await db.schema.dropTable('uploads').execute();
  },
};
