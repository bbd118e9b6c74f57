// The user-data schema as Kysely sees it. One set of tables for SQLite and PostgreSQL (see migrations.ts).
import type { Generated } from 'kysely';

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface UsersTable {
  id: string;
  /** lower-cased */
  email: string;
  password_hash: string;
  role: string;
  plan: string;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiKeysTable {
  id: string;
  user_id: string;
  key_hash: string;
  /** the first characters of the key, to tell keys apart in lists */
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface CodeViewsTable {
  /** "user:<id>" or "guest:<id>" */
  viewer: string;
  /** "YYYY-MM" for accounts (the monthly allowance); "guest" for guests */
  period: string;
  /** "<system>:<code>" */
  code_key: string;
  address: string;
  /** YYYY-MM-DD (UTC), for the per-address daily cap on guests */
  day: string;
  viewed_at: string;
}

/** Claim Check's daily allowance for guests: checks counted per guest and per client address and day */
export interface GuestClaimChecksTable {
  /** "guest:<id>" or "address:<client address>" */
  subject: string;
  /** YYYY-MM-DD (UTC) */
  day: string;
  checks: number;
}

/** CasePilot's daily question allowance: questions counted per guest or account and day */
export interface AssistantQuestionsTable {
  /** "guest:<id>" or "user:<id>" */
  subject: string;
  /** YYYY-MM-DD (UTC) */
  day: string;
  questions: number;
}

export interface AssistantConversationsTable {
  id: string;
  user_id: string;
  /** the first question, cut short */
  title: string;
  created_at: string;
  updated_at: string;
}

export interface AssistantMessagesTable {
  conversation_id: string;
  /** 0, 1, 2 … in the order asked */
  position: number;
  question: string;
  /** the answer object as JSON */
  answer: string;
  asked_at: string;
}

export interface EditorialRevisionsTable {
  id: string;
  system: string;
  code: string;
  /** "description" | "tip" */
  field: string;
  /** Markdown as written; an empty body withdraws the text (the generated description shows again) */
  body: string;
  author_id: string;
  created_at: string;
  /** 1, 2, … per system, code and field: the newest is the current text */
  seq: number;
  /** the revision id whose body this one restores, when it is a revert */
  reverted_from: string | null;
}

/** A drafted text waiting for an editor's review (never shown to readers until published as a revision). */
export interface EditorialDraftsTable {
  id: string;
  system: string;
  code: string;
  /** "description" | "tip" */
  field: string;
  /** Markdown */
  body: string;
  /** who or what wrote it */
  source: string;
  /** the official facts it was drafted from */
  facts: string;
  created_at: string;
}

export interface AttemptCountersTable {
  /** what is counted, e.g. "address:10.0.0.1" or "login:<sha-256 of the email>" */
  key: string;
  count: number;
  /** when the current window began (ISO 8601, UTC) */
  window_start: string;
  /** the last attempt counted */
  last_at: string;
}

/** Background work (src/tasks): see migrations/0005-tasks.ts */
export interface TasksTable {
  id: string;
  type: string;
  /** JSON text */
  payload: string;
  state: TaskState;
  /** attempts started so far (a claim counts one) */
  attempts: number;
  max_attempts: number;
  /** when it may run next (ISO 8601, UTC) */
  run_at: string;
  /** the worker holding it while running */
  lease_owner: string | null;
  lease_expires_at: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  /** when it became done or dead */
  finished_at: string | null;
}

export type TaskState = 'queued' | 'running' | 'done' | 'failed' | 'dead';

/** The general request rate limit, shared by every app instance (web/rate-limit; migrations/0006) */
export interface RateLimitCountersTable {
  /** the client's key (its address) */
  key: string;
  /** when the client's current window began (ISO 8601, UTC) */
  window_start: string;
  count: number;
}

/** An uploaded file's record (src/storage; migrations/0009): the bytes are on disk under the storage key */
export interface UploadsTable {
  id: string;
  /** "resume" | "logo" */
  kind: string;
  /** found by checking the content, never taken from the sender */
  content_type: string;
  byte_size: number;
  /** hex */
  sha256: string;
  /** the sender's file name, sanitized and shortened: metadata for the download's name only, never a path */
  file_name: string;
  owner_id: string;
  /** the random name on disk (32 hex characters), chosen by the server */
  storage_key: string;
  created_at: string;
}

export interface DatabaseSchema {
  app_meta: AppMetaTable;
  users: UsersTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  api_keys: ApiKeysTable;
  code_views: CodeViewsTable;
  editorial_revisions: EditorialRevisionsTable;
  editorial_drafts: EditorialDraftsTable;
  attempt_counters: AttemptCountersTable;
  guest_claim_checks: GuestClaimChecksTable;
  tasks: TasksTable;
  rate_limit_counters: RateLimitCountersTable;
  assistant_questions: AssistantQuestionsTable;
  assistant_conversations: AssistantConversationsTable;
  assistant_messages: AssistantMessagesTable;
  uploads: UploadsTable;
  kysely_migration: { name: string; timestamp: string };
}

export type { Generated };
