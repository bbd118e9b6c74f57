// Reading a posting: every honesty rule refuses what it should (naming the field, all problems at once) and lets
// the legitimate input through; values come back normalized.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type JobInput, readJobFields } from './job-input.js';
import { Problems } from './problems.js';
import { validJob } from './test-support/careers-fixtures.js';

const TODAY = '2026-05-04';

function read(input: JobInput) {
  const problems = new Problems();
  const fields = readJobFields(input, TODAY, problems);
  return { fields, problems: problems.list };
}

/** the problem on `field`, or undefined */
function why(changes: Partial<Record<keyof JobInput, unknown>>, field: string): string | undefined {
  return read(validJob(changes)).problems.find((p) => p.field === field)?.why;
}

function passes(changes: Partial<Record<keyof JobInput, unknown>>): void {
  assert.deepEqual(read(validJob(changes)).problems, []);
}

describe('readJobFields', () => {
  test('a complete posting reads with its values normalized', () => {
    const { fields, problems } = read(
      validJob({
        credentials: ['ccs', 'CPC', 'CPC'],
        codeSets: ['cpt', 'ICD-10-CM'],
        remoteStates: ['ok', 'TX'],
        salaryMin: '52,000',
        salaryMax: 60000.5,
        title: '  Outpatient Coder  ',
      }),
    );
    assert.deepEqual(problems, []);
    assert.ok(fields);
    assert.equal(fields.title, 'Outpatient Coder');
    // in the lists' own order, de-duplicated, canonical case
    assert.deepEqual(fields.credentials, ['CPC', 'CCS']);
    assert.deepEqual(fields.codeSets, ['ICD-10-CM', 'CPT']);
    assert.deepEqual(fields.remoteStates, ['OK', 'TX']);
    assert.equal(fields.salaryMinCents, 5_200_000);
    assert.equal(fields.salaryMaxCents, 6_000_050);
    assert.equal(fields.closingDate, null);
    assert.deepEqual(fields.screeningQuestions, [
      { question: 'How many years have you coded cardiology?', required: true },
    ]);
  });

  test('an empty posting names every required field at once', () => {
    const { fields, problems } = read({});
    assert.equal(fields, undefined);
    assert.deepEqual(
      problems.map((p) => p.field),
      [
        'title',
        'description',
        'workArrangement',
        'employmentType',
        'setting',
        'credentials',
        'codeSets',
        'experienceLevel',
        'experienceMonths',
        'salaryPeriod',
        'salaryMin',
        'salaryMax',
        'applicationMethod',
      ],
    );
    assert.match(problems.find((p) => p.field === 'credentials')?.why ?? '', /CPC, CPC-A, COC/);
  });

  test('no pay range, no posting: both ends and the period are required, min ≤ max', () => {
    assert.equal(why({ salaryMin: undefined }, 'salaryMin'), 'is required');
    assert.equal(why({ salaryMax: '' }, 'salaryMax'), 'is required');
    assert.match(why({ salaryPeriod: 'month' }, 'salaryPeriod') ?? '', /"month" is not one of hour, year/);
    assert.match(why({ salaryMin: 70_000, salaryMax: 60_000 }, 'salaryMax') ?? '', /below salaryMin/);
    passes({ salaryMin: 60_000, salaryMax: 60_000 });
  });

  test('pay must be plausible for its period (7.25–300 an hour, 15,000–600,000 a year)', () => {
    assert.match(
      why({ salaryPeriod: 'hour', salaryMin: 7, salaryMax: 20 }, 'salaryMin') ?? '',
      /\$7 an hour is not a plausible pay: use \$7\.25 to \$300/,
    );
    assert.match(
      why({ salaryPeriod: 'hour', salaryMin: 25, salaryMax: 52_000 }, 'salaryMax') ?? '',
      /is the period right/,
    );
    assert.match(why({ salaryMin: 24, salaryMax: 30 }, 'salaryMin') ?? '', /\$24 a year is not a plausible pay/);
    assert.match(why({ salaryMax: 650_000 }, 'salaryMax') ?? '', /\$15,000 to \$600,000 a year/);
    assert.match(why({ salaryPeriod: 'hour', salaryMin: 22.505, salaryMax: 30 }, 'salaryMin') ?? '', /whole cents/);
    passes({ salaryPeriod: 'hour', salaryMin: 7.25, salaryMax: 300 });
    passes({ salaryPeriod: 'hour', salaryMin: '$22.50', salaryMax: 28 });
    passes({ salaryMin: 15_000, salaryMax: 600_000 });
  });

  test('entry-level and apprentice-welcome postings require at most 12 months', () => {
    assert.match(
      why({ experienceLevel: 'entry', experienceMonths: 24 }, 'experienceMonths') ?? '',
      /at most 12 months of experience \(this one asks 24\)/,
    );
    assert.match(why({ experienceLevel: 'apprentice', experienceMonths: 13 }, 'experienceMonths') ?? '', /at most 12/);
    assert.match(why({ apprenticeWelcome: true, experienceMonths: 18 }, 'experienceMonths') ?? '', /at most 12/);
    assert.match(
      why({ experienceLevel: 'apprentice', apprenticeWelcome: false, experienceMonths: 0 }, 'apprenticeWelcome') ?? '',
      /welcomes apprentices/,
    );
    assert.match(why({ experienceMonths: 2.5 }, 'experienceMonths') ?? '', /whole number of months/);
    passes({ experienceLevel: 'entry', experienceMonths: 12 });
    passes({ apprenticeWelcome: true, experienceMonths: 0 });
    passes({ experienceLevel: 'senior', experienceMonths: 60 });
    const apprentice = read(
      validJob({ experienceLevel: 'apprentice', apprenticeWelcome: undefined, experienceMonths: 0 }),
    );
    assert.equal(apprentice.fields?.apprenticeWelcome, true);
  });

  test('the closing date is after today and at most 90 days out', () => {
    assert.match(
      why({ closingDate: TODAY }, 'closingDate') ?? '',
      /is not in the future: choose a day after 2026-05-04/,
    );
    assert.match(why({ closingDate: '2026-04-30' }, 'closingDate') ?? '', /not in the future/);
    assert.match(
      why({ closingDate: '2026-08-03' }, 'closingDate') ?? '',
      /more than 90 days away: choose 2026-08-02 or earlier/,
    );
    assert.match(why({ closingDate: '2026-02-30' }, 'closingDate') ?? '', /YYYY-MM-DD/);
    passes({ closingDate: '2026-05-05' });
    passes({ closingDate: '2026-08-02' });
  });

  test('remote postings list the states applicants may live in, or all states', () => {
    assert.match(
      why({ remoteStates: [] }, 'remoteStates') ?? '',
      /lists the states applicants may live in, or \["ALL"\]/,
    );
    assert.match(why({ remoteStates: ['ALL', 'TX'] }, 'remoteStates') ?? '', /stands alone/);
    assert.match(why({ remoteStates: ['TX', 'XX'] }, 'remoteStates') ?? '', /"XX" is not one of AL, AK/);
    assert.match(why({ workArrangement: 'onsite' }, 'remoteStates') ?? '', /only a remote job/);
    passes({ remoteStates: ['all'] });
    passes({ workArrangement: 'onsite', remoteStates: [] });
    passes({ location: undefined });
    const onsite = read(validJob({ workArrangement: 'hybrid', remoteStates: undefined, location: undefined })).problems;
    assert.deepEqual(
      onsite.map((p) => p.field),
      ['location.city', 'location.state'],
    );
    assert.match(why({ location: { city: 'Austin', state: 'Texas' } }, 'location.state') ?? '', /not a US state code/);
  });

  test('the application target matches the method: an https address, or an email address', () => {
    assert.match(why({ applicationMethod: 'url' }, 'applicationTarget') ?? '', /the https address to apply at/);
    assert.match(
      why({ applicationMethod: 'url', applicationTarget: 'http://acme-health.com/jobs' }, 'applicationTarget') ?? '',
      /https/,
    );
    assert.match(
      why({ applicationMethod: 'url', applicationTarget: 'https://10.0.0.1/apply' }, 'applicationTarget') ?? '',
      /not a public web address/,
    );
    assert.match(
      why({ applicationMethod: 'url', applicationTarget: 'https://me:pw@acme-health.com/' }, 'applicationTarget') ?? '',
      /user name or password/,
    );
    assert.match(
      why({ applicationMethod: 'email', applicationTarget: 'jobs at acme' }, 'applicationTarget') ?? '',
      /not an email address/,
    );
    assert.match(
      why({ applicationMethod: 'email', applicationTarget: 'https://acme-health.com' }, 'applicationTarget') ?? '',
      /not an email address/,
    );
    assert.match(why({ applicationTarget: 'https://acme-health.com' }, 'applicationTarget') ?? '', /have no target/);
    const url = read(
      validJob({ applicationMethod: 'url', applicationTarget: 'https://Jobs.Acme-Health.com/apply?id=7' }),
    );
    assert.equal(url.fields?.applicationTarget, 'https://jobs.acme-health.com/apply?id=7');
    const email = read(validJob({ applicationMethod: 'email', applicationTarget: 'Jobs@Acme-Health.com' }));
    assert.equal(email.fields?.applicationTarget, 'jobs@acme-health.com');
  });

  test('a posting that asks applicants for money is refused on the field that asks', () => {
    assert.match(
      why({ description: 'Great team.\n\nA one-time $75 application processing fee is required.' }, 'description') ??
        '',
      /^asks applicants for money \("a one-time \$75 application processing fee is required\."\): postings may not ask/,
    );
    assert.match(
      why({ title: 'Coder — starter kit $99, pay the registration fee' }, 'title') ?? '',
      /asks applicants for money/,
    );
    assert.match(
      why(
        { screeningQuestions: ['Years of CPT experience?', 'What is your bank routing number?'] },
        'screeningQuestions[1]',
      ) ?? '',
      /asks applicants for money/,
    );
    passes({ title: 'Reimbursement Specialist', description: 'We pay for your CEUs. Knowledge of fee schedules.' });
  });

  test('script in any text field is refused; plain comparisons and ordinary words are not', () => {
    assert.match(why({ title: 'Coder <script>alert(1)</script>' }, 'title') ?? '', /contains script or active HTML/);
    assert.match(why({ description: 'Apply [here](javascript:alert(1))' }, 'description') ?? '', /script/);
    assert.match(why({ description: '<iframe src="https://x.test"></iframe>' }, 'description') ?? '', /script/);
    assert.match(
      why({ screeningQuestions: ['<img src=x onerror=alert(1)>?'] }, 'screeningQuestions[0]') ?? '',
      /script/,
    );
    assert.match(why({ location: { city: '<svg onload=alert(1)>', state: 'TX' } }, 'location.city') ?? '', /script/);
    passes({
      description: 'Coders with < 5 years or > 2 years of experience; A<B scripts of calls are <b>welcome</b>.',
    });
  });

  test('text limits and forbidden characters name the field', () => {
    assert.match(why({ title: 'x'.repeat(121) }, 'title') ?? '', /121 characters long; the limit is 120/);
    assert.match(why({ title: 'Coder\u202Eredoc' }, 'title') ?? '', /bidirectional control \(U\+202E\) at character 6/);
    assert.match(why({ title: 'Two\nlines' }, 'title') ?? '', /control character/);
    assert.match(
      why({ screeningQuestions: Array.from({ length: 11 }, () => 'Why?') }, 'screeningQuestions') ?? '',
      /at most 10/,
    );
    assert.match(why({ credentials: ['CPC', 'XYZ'] }, 'credentials') ?? '', /"XYZ" is not one of CPC, CPC-A/);
    assert.match(why({ specialties: 'cardiology' }, 'specialties') ?? '', /must be a list/);
    passes({ description: 'Line one.\n\n\tLine two.' });
  });
});
