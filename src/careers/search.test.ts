// The job search on SQLite and PostgreSQL over a small board of postings made through the domain functions: each
// filter, "remote from my state", pay compared across hour and year, keywords, the facet counts (each filter's
// counts keep the other filters), sorting and pages, refused filter values, what is never listed, and a second
// process's index seeing the changes.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import {
  type Actor,
  approveJob,
  type CareersDeps,
  closeJob,
  createJob,
  type JobSearchInput,
  publishJob,
  searchJobs,
} from './index.js';
import { makeUser, refusal, TestClock, testDeps, validJob } from './test-support/careers-fixtures.js';

const T = (iso: string) => new Date(iso);

describeEachDatabase('CareerCenter search', (t) => {
  const clock = new TestClock(T('2026-05-04T15:00:00Z'));
  let deps: CareersDeps;
  let acme: Actor;
  let northwind: Actor;
  let admin: Actor;
  const ids: Record<string, string> = {};

  /** creates and publishes a posting at `at` (the first of each employer approved by an admin) */
  async function post(key: string, by: Actor, at: string, changes: Parameters<typeof validJob>[0]): Promise<void> {
    clock.at = T(at);
    const draft = await createJob(deps, by, validJob({ screeningQuestions: [], ...changes }));
    const published = await publishJob(deps, by, draft.id);
    if (published.status === 'pending') await approveJob(deps, admin, draft.id);
    ids[key] = draft.id;
  }

  before(async () => {
    deps = testDeps(t.database, clock);
    acme = await makeUser(t.database, 'employer', 'acme');
    northwind = await makeUser(t.database, 'employer', 'northwind');
    admin = await makeUser(t.database, 'admin');
    const remote = { location: undefined, workArrangement: 'remote' };
    await post('pro-fee', northwind, '2026-04-10T09:00:00Z', {
      organization: 'Northwind Billing',
      title: 'Pro-fee coder, Dallas clinic',
      description: 'Code orthopedic visits, injections and fractures for a busy clinic.',
      workArrangement: 'onsite',
      remoteStates: [],
      location: { city: 'Dallas', state: 'TX' },
      credentials: ['CPC'],
      setting: 'physician-practice',
      specialties: ['orthopedics'],
      experienceMonths: 36,
      salaryMin: 48_000,
      salaryMax: 52_000,
    });
    await post('apprentice', acme, '2026-05-01T10:00:00Z', {
      ...remote,
      title: 'Apprentice coder, remote',
      description: 'Learn from senior coders. New graduates welcome.',
      remoteStates: ['ALL'],
      credentials: ['CPC-A', 'CPC'],
      setting: 'physician-practice',
      specialties: ['family-medicine'],
      experienceLevel: 'apprentice',
      experienceMonths: 0,
      apprenticeWelcome: true,
      salaryPeriod: 'hour',
      salaryMin: 20,
      salaryMax: 24,
    });
    await post('risk', acme, '2026-05-02T10:00:00Z', {
      ...remote,
      title: 'Risk adjustment coder',
      description: 'HCC coding of outpatient charts.',
      remoteStates: ['TX', 'OK'],
      credentials: ['CRC'],
      codeSets: ['ICD-10-CM'],
      setting: 'risk-adjustment',
      specialties: [],
      salaryMin: 55_000,
      salaryMax: 65_000,
    });
    await post('inpatient', acme, '2026-05-03T10:00:00Z', {
      title: 'Inpatient coder, Austin',
      description: 'DRG assignment and ICD-10-PCS procedures for a teaching hospital.',
      workArrangement: 'onsite',
      remoteStates: [],
      location: { city: 'Austin', state: 'TX' },
      credentials: ['CCS'],
      codeSets: ['ICD-10-CM', 'ICD-10-PCS'],
      setting: 'hospital-inpatient',
      specialties: [],
      experienceLevel: 'senior',
      experienceMonths: 60,
      salaryMin: 70_000,
      salaryMax: 85_000,
    });
    await post('cardiology', acme, '2026-05-04T08:00:00Z', {
      title: 'Outpatient cardiology coder',
      workArrangement: 'hybrid',
      remoteStates: [],
      location: { city: 'San Diego', state: 'CA' },
      credentials: ['CPC', 'COC'],
      setting: 'hospital-outpatient',
      specialties: ['cardiology'],
      experienceLevel: 'entry',
      experienceMonths: 6,
      apprenticeWelcome: true,
      salaryPeriod: 'hour',
      salaryMin: 25,
      salaryMax: 30,
    });
    await post('auditor', northwind, '2026-05-04T09:00:00Z', {
      ...remote,
      organization: 'Northwind Billing',
      title: 'Coding auditor',
      description: 'Audit E/M and surgical coding for compliance.',
      remoteStates: ['CA'],
      credentials: ['CPMA'],
      setting: 'auditing-compliance',
      specialties: [],
      experienceLevel: 'senior',
      experienceMonths: 48,
      salaryMin: 80_000,
      salaryMax: 95_000,
    });
    // never listed: a draft, a closed posting, and one whose closing date has passed
    clock.at = T('2026-05-04T10:00:00Z');
    ids.draft = (await createJob(deps, acme, validJob({ title: 'Draft apprentice coder' }))).id;
    await post('closed', acme, '2026-05-04T11:00:00Z', { title: 'Closed coder job' });
    await closeJob(deps, acme, ids.closed as string);
    await post('ending', acme, '2026-04-20T11:00:00Z', { title: 'Ending coder job', closingDate: '2026-05-01' });
    clock.at = T('2026-05-04T15:00:00Z');
  });

  const search = (input: JobSearchInput) => searchJobs(deps, input);
  const keys = (jobs: { id: string }[]) => jobs.map((j) => Object.entries(ids).find(([, id]) => id === j.id)?.[0]);
  const count = (facet: { value: string; count: number }[], value: string) =>
    facet.find((f) => f.value === value)?.count;

  test('without filters: the six open postings, newest first, with the contract document and counts for every value', async () => {
    const r = await search({});
    assert.equal(r.total, 6);
    assert.deepEqual(keys(r.jobs), ['auditor', 'cardiology', 'inpatient', 'risk', 'apprentice', 'pro-fee']);
    for (const field of [
      'id',
      'status',
      'title',
      'organization',
      'description',
      'location',
      'workArrangement',
      'remoteStates',
      'employmentType',
      'setting',
      'specialties',
      'credentials',
      'experienceLevel',
      'salaryMin',
      'salaryMax',
      'salaryPeriod',
      'applicationMethod',
      'closingDate',
    ])
      assert.ok(field in (r.jobs[0] ?? {}), field);
    assert.equal(r.jobs[0]?.moderation, undefined);
    assert.equal(count(r.facets.credential, 'CPC'), 3);
    assert.equal(count(r.facets.credential, 'CPC-A'), 1);
    assert.equal(count(r.facets.credential, 'RHIA'), 0);
    assert.equal(count(r.facets.state, 'TX'), 2);
    assert.equal(count(r.facets.state, 'CA'), 1);
    assert.equal(count(r.facets.remote, 'true'), 3);
    assert.equal(count(r.facets.apprenticeWelcome, 'true'), 2);
    assert.equal(count(r.facets.codeSet, 'ICD-10-PCS'), 1);
    assert.equal(count(r.facets.experienceLevel, 'senior'), 2);
    assert.equal(count(r.facets.postedWithinDays, '7'), 5);
    assert.equal(count(r.facets.postedWithinDays, '30'), 6);
    assert.equal(r.facets.state.length, 52);
  });

  test('each filter narrows; its own facet keeps the other filters only', async () => {
    const cpc = await search({ credential: 'cpc' });
    assert.deepEqual(keys(cpc.jobs), ['cardiology', 'apprentice', 'pro-fee']);
    // the credential facet counts without the credential filter: what choosing CRC instead would give
    assert.equal(count(cpc.facets.credential, 'CRC'), 1);
    assert.equal(count(cpc.facets.credential, 'CPC'), 3);
    // other facets count within the CPC postings
    assert.equal(count(cpc.facets.setting, 'physician-practice'), 2);
    assert.equal(count(cpc.facets.setting, 'risk-adjustment'), 0);
    assert.deepEqual(keys((await search({ setting: 'risk-adjustment' })).jobs), ['risk']);
    assert.deepEqual(keys((await search({ specialty: 'cardiology' })).jobs), ['cardiology']);
    assert.deepEqual(keys((await search({ codeSet: 'icd-10-pcs' })).jobs), ['inpatient']);
    assert.deepEqual(keys((await search({ experienceLevel: 'entry' })).jobs), ['cardiology']);
    assert.deepEqual(keys((await search({ apprenticeWelcome: 'true' })).jobs), ['cardiology', 'apprentice']);
    assert.deepEqual(keys((await search({ state: 'tx' })).jobs), ['inpatient', 'pro-fee']);
    assert.deepEqual(keys((await search({ postedWithinDays: '7' })).jobs).length, 5);
  });

  test('remote, and remote from my state: remote jobs open to applicants living there or anywhere', async () => {
    const remote = await search({ remote: 'true' });
    assert.deepEqual(keys(remote.jobs), ['auditor', 'risk', 'apprentice']);
    // with remote on, the state facet counts where remote applicants may live
    assert.equal(count(remote.facets.state, 'TX'), 2);
    assert.equal(count(remote.facets.state, 'CA'), 2);
    assert.equal(count(remote.facets.state, 'NY'), 1);
    assert.deepEqual(keys((await search({ remote: true, state: 'TX' })).jobs), ['risk', 'apprentice']);
    assert.deepEqual(keys((await search({ remote: true, state: 'NY' })).jobs), ['apprentice']);
  });

  test('salary minimum compares like with like: hourly and yearly at 2,080 hours a year', async () => {
    // the apprentice job pays up to $24 an hour = $49,920 a year
    const flow = { remote: 'true', credential: 'CPC-A', apprenticeWelcome: 'true' };
    assert.deepEqual(keys((await search({ ...flow, salaryMin: '40000' })).jobs), ['apprentice']);
    assert.equal((await search({ ...flow, salaryMin: 50_000 })).total, 0);
    assert.deepEqual(keys((await search({ ...flow, salaryMin: 24, salaryPeriod: 'hour' })).jobs), ['apprentice']);
    assert.equal((await search({ ...flow, salaryMin: '24.01', salaryPeriod: 'hour' })).total, 0);
    const yearly = await search({ salaryMin: '60,000' });
    assert.deepEqual(keys(yearly.jobs), ['auditor', 'cardiology', 'inpatient', 'risk']);
    assert.equal(count(yearly.facets.salaryMin, '50000'), 5);
    const hourly = await search({ salaryPeriod: 'hour' });
    assert.deepEqual(
      hourly.facets.salaryMin.map((f) => f.value),
      ['15', '20', '25', '30', '35', '40', '50'],
    );
    assert.equal(count(hourly.facets.salaryMin, '30'), 4);
  });

  test('keywords match title, description and organization; words of 3+ letters match as prefixes', async () => {
    assert.deepEqual(keys((await search({ q: 'cardiology' })).jobs), ['cardiology']);
    assert.deepEqual(keys((await search({ q: 'Cardio' })).jobs), ['cardiology']);
    assert.deepEqual(keys((await search({ q: 'northwind' })).jobs), ['auditor', 'pro-fee']);
    assert.deepEqual(keys((await search({ q: 'HCC charts' })).jobs), ['risk']);
    assert.deepEqual(keys((await search({ q: 'auditors' })).jobs), ['auditor']);
    assert.deepEqual(keys((await search({ q: 'icd-10-pcs' })).jobs), ['inpatient']);
    assert.equal((await search({ q: 'cardiology northwind' })).total, 0);
    const withFacets = await search({ q: 'coder', remote: 'true' });
    assert.deepEqual(keys(withFacets.jobs), ['risk', 'apprentice']);
    assert.equal(count(withFacets.facets.remote, 'true'), 2);
  });

  test('sort by pay (yearly top of range) and pages', async () => {
    assert.deepEqual(keys((await search({ sort: 'salary' })).jobs), [
      'auditor',
      'inpatient',
      'risk',
      'cardiology',
      'pro-fee',
      'apprentice',
    ]);
    const page2 = await search({ pageSize: '2', page: '2' });
    assert.deepEqual([page2.total, page2.page, page2.pageSize], [6, 2, 2]);
    assert.deepEqual(keys(page2.jobs), ['inpatient', 'risk']);
    const past = await search({ pageSize: 2, page: 9 });
    assert.deepEqual([past.total, past.jobs.length], [6, 0]);
  });

  test("a value outside a filter's list is a 400 naming the filter and what it allows", async () => {
    const cases: [JobSearchInput, RegExp][] = [
      [{ credential: 'XYZ' }, /^credential: "XYZ" is not one of the allowed values: CPC, CPC-A, COC/],
      [{ state: 'ZZ' }, /^state: "ZZ" .*AL, AK/],
      [{ setting: 'hospital' }, /^setting: .*physician-practice, hospital-inpatient/],
      [{ sort: 'oldest' }, /^sort: "oldest" .*newest, salary$/],
      [{ pageSize: 500 }, /^pageSize: "500" .*a whole number from 1 to 50$/],
      [{ page: '0' }, /^page: .*from 1 to 500/],
      [{ postedWithinDays: 5 }, /^postedWithinDays: "5" .*1, 3, 7, 14, 30$/],
      [{ remote: 'maybe' }, /^remote: "maybe" .*true, false$/],
      [{ salaryPeriod: 'month' }, /^salaryPeriod: .*hour, year$/],
      [{ salaryMin: 'lots' }, /^salaryMin: "lots" .*0 to 600000/],
      [{ codeSet: 'ICD-9' }, /^codeSet: .*ICD-10-CM, ICD-10-PCS, CPT, HCPCS$/],
    ];
    for (const [input, message] of cases) {
      const refused = await refusal(search(input));
      assert.equal(refused.code, 'CAREERS_BAD_FILTER', JSON.stringify(input));
      assert.match(refused.message, message);
    }
    assert.equal((await refusal(search({ q: 'x'.repeat(201) }))).code, 'CAREERS_BAD_FILTER');
  });

  test('drafts, closed postings and postings past their closing date are never listed', async () => {
    const everything = await search({ pageSize: 50 });
    for (const hidden of ['draft', 'closed', 'ending']) assert.ok(!keys(everything.jobs).includes(hidden), hidden);
    assert.equal((await search({ q: 'ending' })).total, 0);
  });

  test("a change is seen by this process's next search and by another process's index", async () => {
    const elsewhere = testDeps(t.database, clock);
    assert.equal((await searchJobs(elsewhere, {})).total, 6);
    await post('new', acme, '2026-05-04T15:00:00Z', { title: 'Brand new denials coder', credentials: ['CPB'] });
    assert.deepEqual(keys((await search({ q: 'denials' })).jobs), ['new']);
    assert.deepEqual(keys((await searchJobs(elsewhere, { credential: 'CPB' })).jobs), ['new']);
    await closeJob(deps, acme, ids.new as string);
    assert.equal((await searchJobs(elsewhere, { credential: 'CPB' })).total, 0);
    assert.equal((await search({ q: 'denials' })).total, 0);
    // the day after a closing date the posting is gone, before any task has run (the search reads the clock):
    // published without a date, they close 60 days on — risk on 07-01, inpatient on 07-02, the others earlier/later
    clock.at = T('2026-07-02T12:00:00Z');
    assert.deepEqual(keys((await search({})).jobs), ['auditor', 'cardiology', 'inpatient']);
    clock.at = T('2026-05-04T15:00:00Z');
  });
});
