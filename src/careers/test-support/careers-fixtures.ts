// For CareerCenter's tests: a posting that passes every rule (each test changes what it is about), a clock the test
// moves, users made through accounts, the mails queued in the outbox, and the problems of a refusal.
import assert from 'node:assert/strict';
import { createUser, type Role } from '../../accounts/index.js';
import type { Database } from '../../db/index.js';
import { isAppError } from '../../shared/index.js';
import { type Actor, type CareersDeps, createCareersDeps, type FieldProblem, type JobInput } from '../index.js';

/** Monday 4 May 2026, 15:00 UTC: "today" is 2026-05-04 */
export const T0 = new Date('2026-05-04T15:00:00Z');
export const PUBLIC_URL = 'https://codedesk.test';

export class TestClock {
  at: Date;
  constructor(at: Date = T0) {
    this.at = new Date(at);
  }
  advanceDays(days: number): Date {
    this.at = new Date(this.at.getTime() + days * 86_400_000);
    return this.at;
  }
  readonly now = (): Date => this.at;
}

export function testDeps(database: Database, clock: TestClock): CareersDeps {
  return createCareersDeps({ db: database.db, now: clock.now, publicUrl: PUBLIC_URL });
}

export function validJob(changes: Partial<Record<keyof JobInput, unknown>> = {}): JobInput {
  return {
    title: 'Outpatient Coder (CPC or CCS)',
    organization: 'Acme Health',
    description:
      'Code outpatient E/M visits and procedures for a **cardiology** group.\n\nWe pay for your CEUs and your AAPC membership.',
    location: { city: 'Austin', state: 'TX' },
    workArrangement: 'remote',
    remoteStates: ['TX', 'OK'],
    employmentType: 'full-time',
    setting: 'physician-practice',
    specialties: ['cardiology'],
    credentials: ['CPC', 'CCS'],
    codeSets: ['ICD-10-CM', 'CPT'],
    experienceLevel: 'mid',
    experienceMonths: 24,
    apprenticeWelcome: false,
    salaryMin: 52_000,
    salaryMax: 60_000,
    salaryPeriod: 'year',
    applicationMethod: 'codedesk',
    screeningQuestions: [{ question: 'How many years have you coded cardiology?', required: true }],
    ...changes,
  };
}

let users = 0;

/** A user of `role` made through accounts (a real password hash), as the Actor the domain takes. */
export async function makeUser(
  database: Database,
  role: Role,
  name: string = role,
): Promise<Actor & { email: string }> {
  users++;
  const user = await createUser(
    database.db,
    { email: `${name}-${users}-${process.pid}@example.org`, password: 'correct horse battery staple', role },
    T0,
  );
  return { id: user.id, role: user.role, email: user.email };
}

/** The code and field problems of a refusal; fails the test when the promise resolves. */
export async function refusal(
  p: Promise<unknown>,
): Promise<{ code: string; message: string; problems: FieldProblem[] }> {
  try {
    await p;
  } catch (e) {
    if (!isAppError(e)) throw e;
    const params = e.params as { problems?: FieldProblem[] };
    return { code: e.code, message: e.message, problems: params.problems ?? [] };
  }
  assert.fail('expected a refusal');
}

/** The fields a refusal names, in order. */
export async function refusedFields(p: Promise<unknown>): Promise<string[]> {
  return (await refusal(p)).problems.map((x) => x.field);
}

export interface QueuedMail {
  to: string;
  subject: string;
  text: string;
  runAt: string;
}

/** Mails queued in the outbox (the tasks table) for `to`, by time queued (the same clock time in any order). */
export async function queuedMails(database: Database, to: string): Promise<QueuedMail[]> {
  const rows = await database.db
    .selectFrom('tasks')
    .select(['payload', 'run_at', 'created_at'])
    .where('type', '=', 'mail')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows
    .map((r) => ({ ...(JSON.parse(r.payload) as { to: string; subject: string; text: string }), runAt: r.run_at }))
    .filter((m) => m.to === to);
}
