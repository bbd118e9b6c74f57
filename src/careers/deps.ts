// What CareerCenter's functions are given: the database, the clock, the site's address for links in mails, and this
// process's job index. Built once per process (createCareersDeps) by whoever serves CareerCenter — the web app, the
// task worker, a benchmark — and passed to every call.
import type { Kysely } from 'kysely';
import type { Role } from '../accounts/index.js';
import type { DatabaseSchema } from '../db/index.js';
import { JobIndex } from './job-index.js';

export interface CareersDeps {
  db: Kysely<DatabaseSchema>;
  now: () => Date;
  /** where users reach the site (config.publicUrl), for links in mails */
  publicUrl: string;
  /** the published postings in memory for search, refreshed from the database on each search (job-index.ts) */
  jobIndex: JobIndex;
}

export function createCareersDeps(options: {
  db: Kysely<DatabaseSchema>;
  now?: () => Date;
  publicUrl: string;
}): CareersDeps {
  return {
    db: options.db,
    now: options.now ?? (() => new Date()),
    publicUrl: options.publicUrl.replace(/\/+$/, ''),
    jobIndex: new JobIndex(),
  };
}

/** Who is asking: a signed-in user (accounts' User fits). Guests are `undefined` where a function allows them. */
export interface Actor {
  id: string;
  role: Role;
}
