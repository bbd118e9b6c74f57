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

/** CareerCenter (src/careers; migrations/0010-careers.ts). Lists are JSON text; flags are 0 or 1. */
export interface CareersOrganizationsTable {
  id: string;
  owner_user_id: string;
  name: string;
  /** lower-case ASCII host name without "www." */
  domain: string | null;
  /** Markdown */
  about: string;
  logo_upload_id: string | null;
  created_at: string;
  updated_at: string;
  /** the domain whose mailbox was proved (migration 0012); verified only while it equals `domain` */
  domain_verified: string | null;
  /** UTC day (YYYY-MM-DD) of the verification-mail count */
  verification_mail_day: string | null;
  verification_mails: Generated<number>;
}

export interface CareersJobsTable {
  id: string;
  organization_id: string;
  owner_user_id: string;
  /** draft | pending | published | closed | expired */
  status: string;
  title: string;
  /** Markdown */
  description: string;
  city: string | null;
  state: string | null;
  work_arrangement: string;
  /** JSON list of state codes, or ["ALL"] */
  remote_states: string;
  employment_type: string;
  setting: string;
  specialties: string;
  credentials: string;
  code_sets: string;
  experience_level: string;
  experience_months: number;
  apprentice_welcome: number;
  salary_min_cents: number;
  salary_max_cents: number;
  /** hour | year */
  salary_period: string;
  /** codedesk | url | email */
  application_method: string;
  application_target: string | null;
  /** YYYY-MM-DD */
  closing_date: string | null;
  /** JSON list of {question, required} */
  screening_questions: string;
  /** the distinct words of the title and description, space-separated */
  search_terms: string;
  /** the careers_counters value taken by the last change a search can see */
  search_seq: number;
  needs_review: number;
  moderation_reason: string | null;
  approved_at: string | null;
  posted_at: string | null;
  reminder_sent_at: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CareersApplicationsTable {
  id: string;
  job_id: string;
  applicant_user_id: string;
  /** new | reviewing | interview | offer | hired | rejected | withdrawn */
  status: string;
  cover_note: string;
  /** JSON list of answers, by question */
  answers: string;
  /** JSON list of the questions answered, as they were asked */
  questions: string;
  resume_upload_id: string;
  created_at: string;
  updated_at: string;
}

export interface CareersApplicationNotesTable {
  id: string;
  application_id: string;
  author_user_id: string;
  body: string;
  created_at: string;
}

export interface CareersCountersTable {
  name: string;
  value: number;
}

/** CareerCenter's saved searches and digest (migrations/0011-careers-saved-searches.ts) */
export interface CareersSavedSearchesTable {
  id: string;
  user_id: string;
  name: string;
  /** canonical JSON object of the /jobs filters' URL values */
  filters: string;
  created_at: string;
  last_checked_at: string;
}

export interface CareersDigestSchedulesTable {
  user_id: string;
  /** ISO time the next digest is due (the pending digest task names it) */
  next_digest_at: string;
}

export interface CareersDigestSentTable {
  user_id: string;
  job_id: string;
  sent_at: string;
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
  careers_organizations: CareersOrganizationsTable;
  careers_jobs: CareersJobsTable;
  careers_applications: CareersApplicationsTable;
  careers_application_notes: CareersApplicationNotesTable;
  careers_counters: CareersCountersTable;
  careers_saved_searches: CareersSavedSearchesTable;
  careers_digest_schedules: CareersDigestSchedulesTable;
  careers_digest_sent: CareersDigestSentTable;
  kysely_migration: { name: string; timestamp: string };
}

export type { Generated };
