// npm run bench:jobs — CareerCenter on SQLite and on PostgreSQL (a throwaway cluster): 10,000 generated postings
// created and published through the domain functions, then a set of filtered searches with facet counts (target:
// p99 < 20 ms on each database), a search right after a posting changed (the index's incremental refresh), and the
// time to create 1,000 applications through applyToJob. Beside the searches, in the same rounds, a baseline: reading
// one posting by its id (getJob: one primary-key query and the document), the floor any database-backed page pays;
// the table gives the search's p50 and p99 as multiples of it. Prints a table and writes bench/results/jobs-latest.json.
// JOBS_BENCH_POSTINGS overrides the number of postings (for a quick trial run).
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  type Actor,
  applyToJob,
  approveJob,
  type CareersDeps,
  createCareersDeps,
  createJob,
  getJob,
  type JobSearchInput,
  publishJob,
  searchJobs,
  updateJob,
} from '../src/careers/index.js';
import { projectRoot } from '../src/config.js';
import { type Database, openDatabase } from '../src/db/index.js';
import { startPostgres } from '../src/db/test-support/postgres.js';
import { tempDir } from '../src/shared/test-support/codesets.js';
import { generatedPosting, lcg } from './jobs-postings.js';

const POSTINGS = Number(process.env.JOBS_BENCH_POSTINGS ?? 10_000);
const APPLICATIONS = 1_000;
const EMPLOYERS = 100;
const ROUNDS = 25;
const TARGET_P99_MS = 20;
/** the bench's "today": postings are published over the 59 days before it */
const TODAY = new Date('2026-05-04T12:00:00Z');
const DAY_MS = 86_400_000;

const SEARCHES: [string, JobSearchInput][] = [
  ['all, newest', {}],
  ['remote', { remote: 'true' }],
  ['remote from TX', { remote: 'true', state: 'TX' }],
  ['CPC-A, apprentices welcome', { credential: 'CPC-A', apprenticeWelcome: 'true' }],
  [
    'remote + CPC-A + apprentice + ≥ $40k',
    { remote: 'true', credential: 'CPC-A', apprenticeWelcome: 'true', salaryMin: '40000' },
  ],
  ['risk adjustment, ≥ $50k', { setting: 'risk-adjustment', salaryMin: '50000' }],
  ['≥ $25/hour, by pay', { salaryMin: '25', salaryPeriod: 'hour', sort: 'salary' }],
  ['keyword "cardiology"', { q: 'cardiology' }],
  ['keywords "denial audit", remote', { q: 'denial audit', remote: 'true' }],
  ['CA + oncology + entry', { state: 'CA', specialty: 'oncology', experienceLevel: 'entry' }],
  ['ICD-10-PCS, by pay, page 3', { codeSet: 'ICD-10-PCS', sort: 'salary', page: '3' }],
  ['posted within 7 days, 50 a page', { postedWithinDays: '7', pageSize: '50' }],
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

/** Users made directly (the password hash is not what is measured, and 1,100 argon2 hashes would take minutes). */
async function seedUsers(database: Database, role: 'employer' | 'member', count: number, at: Date): Promise<Actor[]> {
  const users = Array.from({ length: count }, (_, i) => ({
    id: `${role}-${i}`,
    email: `${role}-${i}@bench.example.org`,
    password_hash: 'bench: no password',
    role,
    plan: 'free',
    created_at: at.toISOString(),
    disabled_at: null,
  }));
  for (let i = 0; i < users.length; i += 200)
    await database.db
      .insertInto('users')
      .values(users.slice(i, i + 200))
      .execute();
  return users.map((u) => ({ id: u.id, role }));
}

/** Creates and publishes the postings through the domain; returns each one's employer by id. */
async function seedPostings(deps: CareersDeps, clock: { at: Date }, employers: Actor[]): Promise<Map<string, Actor>> {
  const admin: Actor = { id: 'admin', role: 'admin' };
  const rnd = lcg(20260504);
  const owners = new Map<string, Actor>();
  for (let i = 0; i < POSTINGS; i++) {
    // spread over the 59 days before TODAY, oldest first
    clock.at = new Date(TODAY.getTime() - 59 * DAY_MS + Math.floor((i / POSTINGS) * 59 * DAY_MS));
    const k = i % employers.length;
    const employer = employers[k] as Actor;
    const job = await createJob(deps, employer, generatedPosting(rnd, i, `Employer ${k} Health`, clock.at));
    const published = await publishJob(deps, employer, job.id);
    if (published.status === 'pending') await approveJob(deps, admin, job.id);
    owners.set(job.id, employer);
  }
  clock.at = TODAY;
  return owners;
}

async function benchDatabase(name: 'sqlite' | 'postgres', database: Database) {
  const clock = { at: TODAY };
  const deps = createCareersDeps({ db: database.db, now: () => clock.at, publicUrl: 'https://codedesk.bench' });
  const employers = await seedUsers(database, 'employer', EMPLOYERS, TODAY);
  await database.db
    .insertInto('users')
    .values({
      id: 'admin',
      email: 'admin@bench.example.org',
      password_hash: '-',
      role: 'admin',
      plan: 'free',
      created_at: TODAY.toISOString(),
      disabled_at: null,
    })
    .execute();
  const applicants = await seedUsers(database, 'member', APPLICATIONS, TODAY);

  let t = performance.now();
  const owners = await seedPostings(deps, clock, employers);
  const createMs = performance.now() - t;

  // the first search loads the index (once per process)
  t = performance.now();
  const first = await searchJobs(deps, {});
  const indexLoadMs = performance.now() - t;

  for (const [, input] of SEARCHES) await searchJobs(deps, input);
  const all: number[] = [];
  const baseline: number[] = [];
  const someIds = (await searchJobs(deps, { pageSize: '50' })).jobs.map((j) => j.id);
  const perSearch = SEARCHES.map(([label, input]) => ({ label, input, times: [] as number[], total: 0 }));
  for (let round = 0; round < ROUNDS; round++)
    for (const s of perSearch) {
      const start = performance.now();
      const result = await searchJobs(deps, s.input);
      const ms = performance.now() - start;
      s.times.push(ms);
      s.total = result.total;
      all.push(ms);
      const id = someIds[baseline.length % someIds.length] as string;
      const b0 = performance.now();
      await getJob(deps, id);
      baseline.push(performance.now() - b0);
    }
  all.sort((a, b) => a - b);
  baseline.sort((a, b) => a - b);

  // a search right after a posting changed: the index reads the changed row, then answers
  const afterChange: number[] = [];
  const changing = (await searchJobs(deps, { pageSize: '50' })).jobs;
  for (const [i, job] of changing.entries()) {
    await updateJob(deps, owners.get(job.id), job.id, { employmentType: i % 2 ? 'part-time' : 'contract' });
    const start = performance.now();
    await searchJobs(deps, { remote: 'true', credential: 'CPC' });
    afterChange.push(performance.now() - start);
  }
  afterChange.sort((a, b) => a - b);

  // 1,000 applications to postings that take them on CodeDesk, each by another applicant
  const open = changing.filter((j) => j.applicationMethod === 'codedesk');
  t = performance.now();
  for (let i = 0; i < APPLICATIONS; i++) {
    const job = open[i % open.length];
    if (!job) throw new Error('no open posting takes applications on CodeDesk');
    await applyToJob(deps, applicants[i] as Actor, job.id, {
      resumeUploadId: `bench-resume-${i}`,
      coverNote: 'I have coded outpatient visits for two years and hold the CPC.',
      answers: job.screeningQuestions.map(() => 'Yes, two years.'),
    });
  }
  const applicationsMs = performance.now() - t;

  return {
    database: name,
    postings: POSTINGS,
    listed: first.total,
    createAndPublishMs: createMs,
    postingsPerSecond: (POSTINGS / createMs) * 1000,
    indexLoadMs,
    searches: {
      calls: all.length,
      p50Ms: percentile(all, 0.5),
      p90Ms: percentile(all, 0.9),
      p99Ms: percentile(all, 0.99),
      maxMs: all.at(-1),
      targetP99Ms: TARGET_P99_MS,
      baselineGetJob: { p50Ms: percentile(baseline, 0.5), p99Ms: percentile(baseline, 0.99) },
      p50OverBaseline: percentile(all, 0.5) / percentile(baseline, 0.5),
      p99OverBaseline: percentile(all, 0.99) / percentile(baseline, 0.99),
      bySearch: perSearch.map((s) => {
        const sorted = [...s.times].sort((a, b) => a - b);
        return {
          search: s.label,
          input: s.input,
          total: s.total,
          p50Ms: percentile(sorted, 0.5),
          p99Ms: percentile(sorted, 0.99),
        };
      }),
    },
    searchAfterChange: {
      calls: afterChange.length,
      p50Ms: percentile(afterChange, 0.5),
      p99Ms: percentile(afterChange, 0.99),
    },
    applications: { count: APPLICATIONS, totalMs: applicationsMs, perApplicationMs: applicationsMs / APPLICATIONS },
  };
}

const dir = tempDir();
const results = [];
try {
  const sqlite = await openDatabase({ dataDir: dir.path });
  try {
    results.push(await benchDatabase('sqlite', sqlite));
  } finally {
    await sqlite.close();
  }
  const cluster = await startPostgres();
  try {
    const pg = await openDatabase({ dataDir: dir.path, databaseUrl: cluster.url });
    try {
      results.push(await benchDatabase('postgres', pg));
    } finally {
      await pg.close();
    }
  } finally {
    cluster.stop();
  }
} finally {
  dir.remove();
}

const ms = (n: number | undefined) => (n ?? 0).toFixed(2);
const table: Record<string, Record<string, string>> = {};
for (const r of results) {
  table[`${r.database}: create + publish ${r.postings} postings, s`] = {
    value: (r.createAndPublishMs / 1000).toFixed(1),
  };
  table[`${r.database}: first search (loads the index), ms`] = { value: ms(r.indexLoadMs) };
  table[`${r.database}: filtered search + facets p50, ms`] = { value: ms(r.searches.p50Ms) };
  table[`${r.database}: filtered search + facets p99, ms`] = { value: ms(r.searches.p99Ms) };
  table[`${r.database}: baseline, one posting by id p50 / p99, ms`] = {
    value: `${ms(r.searches.baselineGetJob.p50Ms)} / ${ms(r.searches.baselineGetJob.p99Ms)}`,
  };
  table[`${r.database}: search ÷ baseline, p50 / p99`] = {
    value: `${r.searches.p50OverBaseline.toFixed(1)}× / ${r.searches.p99OverBaseline.toFixed(1)}×`,
  };
  table[`${r.database}: search after a change p50, ms`] = { value: ms(r.searchAfterChange.p50Ms) };
  table[`${r.database}: search after a change p99, ms`] = { value: ms(r.searchAfterChange.p99Ms) };
  table[`${r.database}: ${r.applications.count} applications, s`] = {
    value: (r.applications.totalMs / 1000).toFixed(2),
  };
}
console.table(table);
for (const r of results)
  console.table(
    Object.fromEntries(
      r.searches.bySearch.map((s) => [
        `${r.database}: ${s.search}`,
        { total: s.total, p50: ms(s.p50Ms), p99: ms(s.p99Ms) },
      ]),
    ),
  );

const out = {
  date: new Date().toISOString(),
  node: process.version,
  machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverage1m: loadavg()[0] },
  results,
};
writeFileSync(join(projectRoot, 'bench/results/jobs-latest.json'), `${JSON.stringify(out, null, 2)}\n`);
