// User data (accounts, sessions, editorial content as they land): Kysely over SQLite or PostgreSQL.
export { type Database, type DatabaseOptions, openDatabase, SQLITE_FILE } from './database.js';
export { MIGRATION_NAMES, migrateToLatest } from './migrations.js';
export type {
  ApiKeysTable,
  AssistantConversationsTable,
  AssistantMessagesTable,
  AssistantQuestionsTable,
  AttemptCountersTable,
  CareersApplicationNotesTable,
  CareersApplicationsTable,
  CareersCountersTable,
  CareersJobsTable,
  CareersOrganizationsTable,
  CodeViewsTable,
  DatabaseSchema,
  EditorialDraftsTable,
  EditorialRevisionsTable,
  RateLimitCountersTable,
  TaskState,
  TasksTable,
  UploadsTable,
  UsersTable,
} from './schema.js';
export { isContention, isPostgres, WRITE_ATTEMPTS, writeTransaction } from './write-transaction.js';
