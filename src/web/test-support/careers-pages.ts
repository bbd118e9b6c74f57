// For the tests of CareerCenter's pages: people of each role made through accounts and signed in as a browser-like
// client, the employer's job form filled as a person would fill it (each test changes what it is about), the
// apply form's parts (the CSRF token first), and a date a posting may close on.
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createUser, type Role } from '../../accounts/index.js';
import type { Database } from '../../db/index.js';
import { csrfOf, TestClient } from './client.js';
import type { FormPart } from './multipart.js';

export const PASSWORD = 'correct horse battery staple';

export interface Person {
  email: string;
  id: string;
  c: TestClient;
}

let made = 0;

/** A user of `role`, signed in on a client of their own. */
export async function signedInAs(app: FastifyInstance, database: Database, role: Role, name: string): Promise<Person> {
  made++;
  const email = `${name}-${made}-${process.pid}@example.org`;
  const user = await createUser(database.db, { email, password: PASSWORD, role }, new Date());
  const c = new TestClient(app);
  const r = await c.submit('/login', '/login', { email, password: PASSWORD });
  assert.equal(r.statusCode, 303, r.body);
  return { email, id: user.id, c };
}

/** YYYY-MM-DD `days` from today (UTC) */
export function daysAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The job form as a person fills it for a remote, apprentice-welcome CPC-A posting; `changes` replace fields. */
export function jobForm(changes: Record<string, string> = {}): Record<string, string> {
  return {
    title: 'Remote Coder, apprentices welcome',
    description: 'Code **physician practice** claims. We train new CPC-A holders and pay for your CEUs.',
    workArrangement: 'remote',
    city: 'Columbus',
    state: 'OH',
    remoteAll: 'true',
    employmentType: 'full-time',
    setting: 'physician-practice',
    specialties: 'family-medicine',
    codeSets: 'CPT',
    credentials: 'CPC-A',
    experienceLevel: 'entry',
    experienceMonths: '0',
    apprenticeWelcome: 'true',
    salaryMin: '45000',
    salaryMax: '52000',
    salaryPeriod: 'year',
    applicationMethod: 'codedesk',
    applicationTarget: '',
    closingDate: daysAhead(30),
    'question.0': 'Which specialties have you coded?',
    'required.0': 'true',
    action: 'publish',
    ...changes,
  };
}

/** Posts the job form from its page (the CSRF token read from it). */
export async function postJobForm(
  c: TestClient,
  fields: Record<string, string>,
  jobId?: string,
): Promise<ReturnType<TestClient['post']>> {
  const page = jobId ? `/employer/jobs/${jobId}/edit` : '/employer/jobs/new';
  return c.submit(page, jobId ? `/employer/jobs/${jobId}` : '/employer/jobs', fields);
}

/** The id of the employer's posting titled `title`, read from /employer. */
export async function jobIdOf(c: TestClient, title: string): Promise<string> {
  const page = await c.get('/employer');
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`<tr data-job="([^"]+)"><td><a href="/jobs/[^"]+">${escaped}</a>`).exec(page.body);
  assert.ok(m?.[1], `no posting "${title}" on /employer`);
  return m[1];
}

/** The apply form's parts: the CSRF token of `page` first, the text fields, then the résumé. */
export function applyParts(page: string, fields: Record<string, string>, resume?: FormPart): FormPart[] {
  return [
    { name: '_csrf', value: csrfOf(page) },
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    ...(resume ? [resume] : []),
  ];
}
