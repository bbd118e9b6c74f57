// A child process for the concurrent-writers test: opens the database it is given (the SQLite file of a data
// folder, or a PostgreSQL URL), waits for "go" on stdin so that every process starts together, then runs the
// read-then-write paths in a tight loop — editorial saves of one text, metered code views of one free account,
// attempts against one limit, password-reset requests for one address, sessions and API keys of one account — and prints one JSON line: how many of each succeeded and every
// failure's message. Run as: node --import tsx write-load.ts '{"dataDir":…,"databaseUrl":…,"worker":1,…}'.
import { once } from 'node:events';
import {
  type AttemptRule,
  createApiKey,
  createSession,
  endSession,
  getUser,
  meterCodeView,
  requestPasswordReset,
  revokeApiKey,
  sessionUser,
  takeAttempt,
  userForApiKey,
} from '../../accounts/index.js';
import { openDatabase } from '../../db/index.js';
import { saveRevision } from '../../editorial/index.js';

export interface WriteLoadOptions {
  dataDir: string;
  databaseUrl?: string;
  worker: number;
  rounds: number;
  /** an editor's id (author of the revisions) */
  editorId: string;
  /** a free account whose meter both processes spend */
  readerId: string;
  /** the reader's email, for reset requests */
  readerEmail: string;
  resetLimits: { resetMailsPerAccountPerHour: number };
  /** a rule both processes spend attempts against */
  attemptRule: AttemptRule;
}

export interface WriteLoadResult {
  worker: number;
  saved: number;
  viewsAllowed: number;
  resetsIssued: number;
  attemptsAllowed: number;
  failures: string[];
}

const LIMITS = { guestCodeViews: 1, freeCodeViews: 5, guestViewsPerAddressPerDay: 20 };

async function main(): Promise<void> {
  const opts = JSON.parse(process.argv[2] ?? '{}') as WriteLoadOptions;
  const database = await openDatabase({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });
  const db = database.db;
  const reader = await getUser(db, opts.readerId);
  if (!reader) throw new Error(`no reader ${opts.readerId}`);
  const result: WriteLoadResult = {
    worker: opts.worker,
    saved: 0,
    viewsAllowed: 0,
    resetsIssued: 0,
    attemptsAllowed: 0,
    failures: [],
  };
  process.stdout.write('ready\n');
  await once(process.stdin, 'data');
  // an open stdin would keep this process alive after its work
  process.stdin.destroy();
  const now = () => new Date('2026-11-10T12:00:00Z');
  const attempt = async (what: string, f: () => Promise<void>) => {
    try {
      await f();
    } catch (e) {
      result.failures.push(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  for (let i = 0; i < opts.rounds; i++) {
    await attempt('save', async () => {
      const body = `Revision by process ${opts.worker}, round ${i}.`;
      await saveRevision(db, { system: 'icd10cm', code: 'E11.9', field: 'tip', body, authorId: opts.editorId }, now);
      result.saved++;
    });
    await attempt('meter', async () => {
      const code = `icd10cm:W${opts.worker}.${i}`;
      const r = await meterCodeView(db, { kind: 'user', user: reader }, code, '10.0.0.1', now(), LIMITS);
      if (r.allowed) result.viewsAllowed++;
    });
    await attempt('attempt', async () => {
      if ((await takeAttempt(db, 'load', opts.attemptRule, now())).allowed) result.attemptsAllowed++;
    });
    await attempt('reset', async () => {
      if (await requestPasswordReset(db, opts.readerEmail, now(), opts.resetLimits)) result.resetsIssued++;
    });
    await attempt('session', async () => {
      // a log in, then a use two minutes later (which writes the last-seen time), then a log out
      const token = await createSession(db, reader.id, now());
      if (!(await sessionUser(db, token, new Date(now().getTime() + 120_000)))) throw new Error('session lost');
      await endSession(db, token);
    });
    await attempt('api key', async () => {
      const { id, key } = await createApiKey(db, reader.id, now());
      await userForApiKey(db, key, now());
      await revokeApiKey(db, reader.id, id, now());
    });
  }
  await database.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
