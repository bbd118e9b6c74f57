// jobPostingJsonLd on postings of every shape CareerCenter stores (remote from any state or from some, hybrid,
// on-site, each employment type, hour and year pay, apprentice-level, email and URL applications): each output is a
// complete JobPosting by the validator of test support; and no text of a posting can close the script element.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JobDocument } from '../../../careers/index.js';
import { jobPostingProblems } from '../../test-support/job-posting-jsonld.js';
import { jobPostingJsonLd, jsonLdScriptText } from './jsonld.js';

function posting(changes: Partial<JobDocument> = {}): JobDocument {
  return {
    id: 'b6d3c1e2-0000-4000-8000-000000000001',
    status: 'published',
    title: 'Outpatient Coder (CPC or CCS)',
    organization: 'Acme Health',
    description: 'Code outpatient visits.',
    location: { city: 'Austin', state: 'TX' },
    workArrangement: 'remote',
    remoteStates: ['TX', 'OK'],
    employmentType: 'full-time',
    setting: 'physician-practice',
    specialties: ['cardiology'],
    credentials: ['CPC', 'CCS'],
    experienceLevel: 'mid',
    salaryMin: 52_000,
    salaryMax: 60_000,
    salaryPeriod: 'year',
    applicationMethod: 'codedesk',
    closingDate: '2026-07-03',
    organizationId: 'org-1',
    organizationDomain: 'acme-health.com',
    codeSets: ['ICD-10-CM', 'CPT'],
    experienceMonths: 24,
    apprenticeWelcome: false,
    screeningQuestions: [],
    postedAt: '2026-05-04T15:00:00.000Z',
    createdAt: '2026-05-04T14:00:00.000Z',
    updatedAt: '2026-05-04T15:00:00.000Z',
    ...changes,
  };
}

const SHAPES: Record<string, Partial<JobDocument>> = {
  'remote from two states': {},
  'remote from any state, no city': { remoteStates: ['ALL'], location: { city: null, state: null } },
  'hybrid in a city': { workArrangement: 'hybrid', remoteStates: [], employmentType: 'part-time' },
  'on-site, state only, hourly': {
    workArrangement: 'onsite',
    remoteStates: [],
    location: { city: null, state: 'OH' },
    salaryMin: 22.5,
    salaryMax: 28,
    salaryPeriod: 'hour',
    employmentType: 'per-diem',
  },
  'apprentice welcome, contract, by email': {
    experienceLevel: 'apprentice',
    experienceMonths: 0,
    apprenticeWelcome: true,
    credentials: ['CPC-A', 'CCA'],
    employmentType: 'contract',
    applicationMethod: 'email',
    applicationTarget: 'jobs@acme-health.com',
  },
  'on an external site, organization without a domain': {
    applicationMethod: 'url',
    applicationTarget: 'https://careers.example.org/apply/1',
    organizationDomain: null,
  },
};

const CONTEXT = { siteUrl: 'https://codedesk.test/', descriptionHtml: '<p>Code outpatient visits.</p>' };

describe('jobPostingJsonLd', () => {
  for (const [shape, changes] of Object.entries(SHAPES)) {
    test(`${shape}: every required and recommended property`, () => {
      const ld = jobPostingJsonLd(posting(changes), CONTEXT);
      assert.deepEqual(jobPostingProblems(ld), []);
      // and it survives the page: the script's text parses back to the same object
      assert.deepEqual(JSON.parse(jsonLdScriptText(ld)), ld);
    });
  }

  test('remote work: TELECOMMUTE with the states by name, or the country for any state', () => {
    const some = jobPostingJsonLd(posting(), CONTEXT);
    assert.equal(some.jobLocationType, 'TELECOMMUTE');
    assert.deepEqual(some.applicantLocationRequirements, [
      { '@type': 'State', name: 'Texas' },
      { '@type': 'State', name: 'Oklahoma' },
    ]);
    const any = jobPostingJsonLd(posting(SHAPES['remote from any state, no city']), CONTEXT);
    assert.deepEqual(any.applicantLocationRequirements, { '@type': 'Country', name: 'USA' });
    assert.equal(any.jobLocation, undefined);
  });

  test('pay, type, dates, credentials, identifier and direct apply as the posting says', () => {
    const ld = jobPostingJsonLd(posting(SHAPES['on-site, state only, hourly']), CONTEXT);
    assert.deepEqual(ld.baseSalary, {
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: { '@type': 'QuantitativeValue', minValue: 22.5, maxValue: 28, unitText: 'HOUR' },
    });
    assert.equal(ld.employmentType, 'PER_DIEM');
    assert.equal(ld.datePosted, '2026-05-04');
    assert.equal(ld.validThrough, '2026-07-03T23:59:59Z');
    assert.equal(ld.jobLocationType, undefined);
    assert.deepEqual(ld.educationRequirements, [
      { '@type': 'EducationalOccupationalCredential', credentialCategory: 'certification', name: 'CPC' },
      { '@type': 'EducationalOccupationalCredential', credentialCategory: 'certification', name: 'CCS' },
    ]);
    assert.deepEqual(ld.experienceRequirements, {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: 24,
    });
    assert.deepEqual(ld.identifier, { '@type': 'PropertyValue', name: 'CodeDesk', value: posting().id });
    assert.equal(ld.directApply, true);
    assert.equal(
      jobPostingJsonLd(posting(SHAPES['apprentice welcome, contract, by email']), CONTEXT).directApply,
      false,
    );
    assert.deepEqual((ld.hiringOrganization as Record<string, unknown>).sameAs, 'https://acme-health.com');
  });

  test('text that would close the script is escaped: no "<" reaches the page', () => {
    const ld = jobPostingJsonLd(posting({ title: 'Coder </script><script>alert(1)</script> & "lead"' }), {
      ...CONTEXT,
      descriptionHtml: '<p>x</p>\u2028',
    });
    const text = jsonLdScriptText(ld);
    assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
    assert.match(text, /\\u003c\/script\\u003e/);
    assert.equal((JSON.parse(text) as { title: string }).title, 'Coder </script><script>alert(1)</script> & "lead"');
  });

  test('the validator finds what is missing (it can fail)', () => {
    const ld = jobPostingJsonLd(posting(), CONTEXT);
    const { baseSalary: _pay, applicantLocationRequirements: _where, ...rest } = ld;
    const problems = jobPostingProblems({ ...rest, employmentType: 'FULLTIME', validThrough: '2026-07-03' });
    assert.deepEqual(problems, [
      'validThrough must be an ISO 8601 date-time',
      'applicantLocationRequirements must list a State or Country, each with a name, for a remote job',
      'baseSalary must be a MonetaryAmount',
      'employmentType must be one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER',
    ]);
  });
});
