// The TypeBox schemas of CareerCenter's API: what each route's path, query and body are checked against (Fastify's
// schema option) and what the OpenAPI document shows — one object for both. They check the shape (types, lengths,
// list sizes) with the contract's field names; the allowed values and the honesty rules are the domain's (values.ts,
// job-input.ts), which names every problem at once, so the schemas describe the allowed values rather than enforce
// them twice (credentials are read in any case there, for one). The answers' schemas are for the document and the
// tests of the documents' shape.
import { type TObject, Type } from 'typebox';
import {
  APPLICATION_METHODS,
  APPLICATION_STATUSES,
  CODE_SETS,
  CREDENTIALS,
  EMPLOYMENT_TYPES,
  EXPERIENCE_LEVELS,
  JOB_STATUSES,
  LIMITS,
  POSTED_WITHIN_DAYS,
  SALARY_PERIODS,
  SETTINGS,
  SORTS,
  SPECIALTIES,
  WORK_ARRANGEMENTS,
} from '../../../careers/index.js';

const oneOf = (values: readonly (string | number)[]) => `one of ${values.join(', ')}`;
const text = (max: number, description: string, example: string) =>
  Type.String({ maxLength: max, description, examples: [example] });
const nullableText = (max: number, description: string, example: string) =>
  Type.Union([Type.String({ maxLength: max }), Type.Null()], { description, examples: [example] });
const choices = (values: readonly string[], description: string, example: string[]) =>
  Type.Array(Type.String({ maxLength: 40 }), {
    maxItems: values.length + 5,
    description: `${description}: ${oneOf(values)}`,
    examples: [example],
  });

export const ID_PARAMS = Type.Object({
  id: Type.String({ maxLength: 100, description: 'the id CodeDesk gave it', examples: ['3f0c…'] }),
});

/** GET /jobs: every filter as a string, read by the domain's parseJobFilters (a bad value: 400 naming the allowed) */
export const JOB_SEARCH_QUERY = Type.Object({
  q: text(LIMITS.keywords, 'keywords in the title, description or organization', 'risk adjustment'),
  state: text(2, 'a US state code: the job is there, or with remote=true a remote applicant may live there', 'TX'),
  remote: text(5, 'true: remote jobs only', 'true'),
  credential: text(10, `a credential the employer accepts: ${oneOf(CREDENTIALS)}`, 'CPC-A'),
  setting: text(40, `the work setting: ${oneOf(SETTINGS)}`, SETTINGS[0] ?? 'physician-practice'),
  specialty: text(40, `a specialty: ${oneOf(SPECIALTIES)}`, SPECIALTIES[0] ?? 'cardiology'),
  codeSet: text(20, `a code set used: ${oneOf(CODE_SETS)}`, 'CPT'),
  experienceLevel: text(20, `the level: ${oneOf(EXPERIENCE_LEVELS)}`, 'entry'),
  apprenticeWelcome: text(5, 'true: postings that welcome apprentices and new graduates', 'true'),
  salaryMin: text(10, 'the least pay wanted, in salaryPeriod: reached by the top of the range', '50000'),
  salaryPeriod: text(4, `the period of salaryMin: ${oneOf(SALARY_PERIODS)} (default year)`, 'year'),
  postedWithinDays: text(3, `posted in the last days: ${oneOf(POSTED_WITHIN_DAYS)}`, '7'),
  sort: text(10, `${oneOf(SORTS)} (default newest)`, 'salary'),
  page: text(6, 'the page, from 1', '1'),
  pageSize: text(3, 'postings a page (at most 50)', '20'),
});

const SCREENING_QUESTION = Type.Object(
  {
    question: Type.String({ maxLength: LIMITS.screeningQuestion, description: 'the question' }),
    required: Type.Optional(Type.Boolean({ description: 'an application must answer it (default true)' })),
  },
  { additionalProperties: false },
);

/** A posting as sent: the contract's Job document fields and CareerCenter's additions (POST and PATCH). */
export const JOB_BODY = Type.Object({
  title: Type.Optional(text(LIMITS.title, 'the job title', 'Outpatient Coder (CPC or CCS)')),
  organization: Type.Optional(
    text(LIMITS.organizationName, "the organization's name: makes the profile when there is none yet", 'Acme Health'),
  ),
  description: Type.Optional(text(LIMITS.description, 'Markdown (rendered sanitized)', 'Code E/M visits…')),
  location: Type.Optional(
    Type.Object(
      {
        city: Type.Optional(nullableText(LIMITS.city, 'the city', 'Austin')),
        state: Type.Optional(nullableText(2, 'a US state code', 'TX')),
      },
      { description: 'where the work is (required unless remote)', examples: [{ city: 'Austin', state: 'TX' }] },
    ),
  ),
  workArrangement: Type.Optional(text(10, oneOf(WORK_ARRANGEMENTS), 'remote')),
  remoteStates: Type.Optional(
    Type.Array(Type.String({ maxLength: 3 }), {
      maxItems: 60,
      description: 'for remote jobs: the states applicants may live in, or ["ALL"]',
      examples: [['TX', 'OK']],
    }),
  ),
  employmentType: Type.Optional(text(20, oneOf(EMPLOYMENT_TYPES), 'full-time')),
  setting: Type.Optional(text(40, oneOf(SETTINGS), SETTINGS[0] ?? 'physician-practice')),
  specialties: Type.Optional(choices(SPECIALTIES, 'specialties', ['cardiology'])),
  credentials: Type.Optional(choices(CREDENTIALS, 'credentials accepted (any one qualifies)', ['CPC', 'CCS'])),
  codeSets: Type.Optional(choices(CODE_SETS, 'code sets used', ['ICD-10-CM', 'CPT'])),
  experienceLevel: Type.Optional(text(20, oneOf(EXPERIENCE_LEVELS), 'mid')),
  experienceMonths: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 600, description: 'months of experience required', examples: [24] }),
  ),
  apprenticeWelcome: Type.Optional(
    Type.Boolean({ description: 'apprentices and new graduates welcome', examples: [false] }),
  ),
  salaryMin: Type.Optional(Type.Number({ description: 'the bottom of the pay range, in dollars', examples: [52000] })),
  salaryMax: Type.Optional(Type.Number({ description: 'the top of the pay range, in dollars', examples: [60000] })),
  salaryPeriod: Type.Optional(text(4, oneOf(SALARY_PERIODS), 'year')),
  applicationMethod: Type.Optional(text(10, oneOf(APPLICATION_METHODS), 'codedesk')),
  applicationTarget: Type.Optional(
    nullableText(LIMITS.applicationUrl, 'for url: an https address; for email: an address', 'jobs@acme-health.com'),
  ),
  closingDate: Type.Optional(
    nullableText(
      10,
      'YYYY-MM-DD, after today and at most 90 days out (default: 60 days after publishing)',
      '2026-06-30',
    ),
  ),
  screeningQuestions: Type.Optional(
    Type.Array(SCREENING_QUESTION, {
      maxItems: LIMITS.screeningQuestions,
      description: 'questions each applicant answers',
      examples: [[{ question: 'How many years have you coded cardiology?', required: true }]],
    }),
  ),
});

/** What a new posting must carry (the domain checks it and names each one missing; documented as required) */
export const JOB_REQUIRED = [
  'title',
  'description',
  'workArrangement',
  'employmentType',
  'setting',
  'credentials',
  'codeSets',
  'experienceLevel',
  'experienceMonths',
  'salaryMin',
  'salaryMax',
  'salaryPeriod',
  'applicationMethod',
] as const;

export const STATUS_BODY = Type.Object({
  status: Type.Optional(text(20, `the new status: ${oneOf(APPLICATION_STATUSES)}`, 'interview')),
});
export const NOTE_BODY = Type.Object({
  body: Type.Optional(text(LIMITS.note, 'the note (seen by the employer and admins only)', 'Strong E/M audit skills')),
});
export const REASON_BODY = Type.Object({
  reason: Type.Optional(text(LIMITS.unpublishReason, 'why, mailed to the employer', 'The posting asks for a fee')),
});
export const RENEW_BODY = Type.Object({
  closingDate: Type.Optional(text(10, 'the new closing date (default: 60 days from today)', '2026-07-15')),
});
export const ORGANIZATION_BODY = Type.Object({
  name: Type.Optional(text(LIMITS.organizationName, "the organization's name", 'Acme Health')),
  domain: Type.Optional(nullableText(LIMITS.domain + 100, 'its website domain or address', 'acme-health.com')),
  about: Type.Optional(nullableText(LIMITS.about, 'Markdown (rendered sanitized)', 'A cardiology group in Austin.')),
});

/** POST /jobs/{id}/applications, as multipart/form-data (documented; read by readUploadForm) */
export const APPLICATION_FORM = Type.Object({
  resume: Type.String({ format: 'binary', description: 'the résumé: PDF or DOCX, at most 5 MB, checked by content' }),
  coverNote: Type.Optional(text(LIMITS.coverNote, 'a cover note', 'I hold the CPC-A and…')),
  answers: Type.Optional(
    text(
      LIMITS.answer * LIMITS.screeningQuestions,
      'the answers as a JSON array of strings, in the order asked',
      '["3"]',
    ),
  ),
  'answers[0]': Type.Optional(
    text(LIMITS.answer, "or one field per answer: answers[0], answers[1]… (the question's position)", '3'),
  ),
  _csrf: Type.Optional(
    Type.String({ description: 'with a session cookie only: the CSRF token, as the FIRST field (or a header)' }),
  ),
});

/** The contract's Job document (contracts.md, "Jobs") and CareerCenter's additions */
export const JOB_DOCUMENT: TObject = Type.Object({
  id: Type.String(),
  status: Type.Union(JOB_STATUSES.map((s) => Type.Literal(s))),
  title: Type.String(),
  organization: Type.String(),
  description: Type.String({ description: 'Markdown' }),
  location: Type.Object({
    city: Type.Union([Type.String(), Type.Null()]),
    state: Type.Union([Type.String(), Type.Null()]),
  }),
  workArrangement: Type.Union(WORK_ARRANGEMENTS.map((s) => Type.Literal(s))),
  remoteStates: Type.Array(Type.String()),
  employmentType: Type.Union(EMPLOYMENT_TYPES.map((s) => Type.Literal(s))),
  setting: Type.String(),
  specialties: Type.Array(Type.String()),
  credentials: Type.Array(Type.String()),
  experienceLevel: Type.Union(EXPERIENCE_LEVELS.map((s) => Type.Literal(s))),
  salaryMin: Type.Number(),
  salaryMax: Type.Number(),
  salaryPeriod: Type.Union(SALARY_PERIODS.map((s) => Type.Literal(s))),
  applicationMethod: Type.Union(APPLICATION_METHODS.map((s) => Type.Literal(s))),
  applicationTarget: Type.Optional(Type.String()),
  closingDate: Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), Type.Null()]),
  organizationId: Type.String(),
  organizationDomain: Type.Union([Type.String(), Type.Null()]),
  codeSets: Type.Array(Type.String()),
  experienceMonths: Type.Integer(),
  apprenticeWelcome: Type.Boolean(),
  screeningQuestions: Type.Array(Type.Object({ question: Type.String(), required: Type.Boolean() })),
  applicationDomain: Type.Optional(
    Type.Object({}, { description: 'the show-beside rule: target and organization domains' }),
  ),
  postedAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  moderation: Type.Optional(
    Type.Object(
      { needsReview: Type.Boolean(), reason: Type.Union([Type.String(), Type.Null()]) },
      {
        description: "its employer's and admins' view only",
      },
    ),
  ),
});

export const JOB_SEARCH_ANSWER = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  jobs: Type.Array(JOB_DOCUMENT),
  facets: Type.Object({}, { description: 'per filter, each allowed value with the count of jobs it would give' }),
  filters: Type.Object({}, { description: 'the filters as read, defaults filled in' }),
});

export const APPLICATION_VIEW = Type.Object({
  id: Type.String(),
  jobId: Type.String(),
  jobTitle: Type.String(),
  organization: Type.String(),
  status: Type.String({ description: `${oneOf(APPLICATION_STATUSES)}, withdrawn` }),
  coverNote: Type.String(),
  answers: Type.Array(Type.Object({ question: Type.String(), required: Type.Boolean(), answer: Type.String() })),
  resumeUploadId: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const REVIEWED_APPLICATION = Type.Object({
  ...APPLICATION_VIEW.properties,
  applicant: Type.Object({ id: Type.String(), email: Type.String() }),
  notes: Type.Array(
    Type.Object({ id: Type.String(), body: Type.String(), authorId: Type.String(), createdAt: Type.String() }),
  ),
});

export const ORGANIZATION_PROFILE = Type.Object({
  id: Type.String(),
  name: Type.String(),
  domain: Type.Union([Type.String(), Type.Null()]),
  about: Type.String(),
  logoUploadId: Type.Union([Type.String(), Type.Null()]),
  domainVerified: Type.Boolean({
    description:
      'a mailbox at `domain` was confirmed through a verification link (sent from /employer); a changed domain is not verified until confirmed again',
  }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
