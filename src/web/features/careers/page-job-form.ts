// The employer's job form (/employer/jobs/new, /employer/jobs/{id}/edit) read into the domain's JobInput, and a
// stored posting back into the form's values. The values keep what was typed (a refused character shown as U+FFFD),
// so a refused save shows the form as it was sent; the domain (careers/job-input.ts) checks every rule and names
// each field, and the form shows each message beside its field.
import { ALL_STATES, type JobDocument, type JobInput, LIMITS } from '../../../careers/index.js';
import { displayableText } from '../../../shared/index.js';

/** How many screening-question rows the form offers (the domain takes at most LIMITS.screeningQuestions). */
export const QUESTION_ROWS = LIMITS.screeningQuestions;

export interface JobFormValues {
  organization: string;
  title: string;
  description: string;
  city: string;
  state: string;
  workArrangement: string;
  remoteAll: boolean;
  remoteStates: string[];
  employmentType: string;
  setting: string;
  specialties: string[];
  credentials: string[];
  codeSets: string[];
  experienceLevel: string;
  experienceMonths: string;
  apprenticeWelcome: boolean;
  salaryMin: string;
  salaryMax: string;
  salaryPeriod: string;
  applicationMethod: string;
  applicationTarget: string;
  closingDate: string;
  questions: { question: string; required: boolean }[];
}

type Body = Record<string, unknown>;

/** the longest text kept from one field: above every domain limit (which then names the field), below the body limit */
const KEEP = LIMITS.description + 1000;

function text(body: Body, name: string): string {
  const v = body[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? displayableText(s.slice(0, KEEP), { multiline: true }) : '';
}

function many(body: Body, name: string): string[] {
  const v = body[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list
    .filter((x): x is string => typeof x === 'string')
    .slice(0, 100)
    .map((x) => displayableText(x.slice(0, 40)));
}

export function emptyJobForm(): JobFormValues {
  return {
    organization: '',
    title: '',
    description: '',
    city: '',
    state: '',
    workArrangement: 'remote',
    remoteAll: false,
    remoteStates: [],
    employmentType: 'full-time',
    setting: '',
    specialties: [],
    credentials: [],
    codeSets: [],
    experienceLevel: '',
    experienceMonths: '0',
    apprenticeWelcome: false,
    salaryMin: '',
    salaryMax: '',
    salaryPeriod: 'year',
    applicationMethod: 'codedesk',
    applicationTarget: '',
    closingDate: '',
    questions: [],
  };
}

export function readJobForm(raw: unknown): JobFormValues {
  const body: Body = typeof raw === 'object' && raw !== null ? (raw as Body) : {};
  const questions: JobFormValues['questions'] = [];
  for (let i = 0; i < QUESTION_ROWS; i++) {
    const question = text(body, `question.${i}`);
    if (question.trim()) questions.push({ question, required: text(body, `required.${i}`) === 'true' });
  }
  return {
    organization: text(body, 'organization'),
    title: text(body, 'title'),
    description: text(body, 'description'),
    city: text(body, 'city'),
    state: text(body, 'state'),
    workArrangement: text(body, 'workArrangement'),
    remoteAll: text(body, 'remoteAll') === 'true',
    remoteStates: many(body, 'remoteStates'),
    employmentType: text(body, 'employmentType'),
    setting: text(body, 'setting'),
    specialties: many(body, 'specialties'),
    credentials: many(body, 'credentials'),
    codeSets: many(body, 'codeSets'),
    experienceLevel: text(body, 'experienceLevel'),
    experienceMonths: text(body, 'experienceMonths'),
    apprenticeWelcome: text(body, 'apprenticeWelcome') === 'true',
    salaryMin: text(body, 'salaryMin'),
    salaryMax: text(body, 'salaryMax'),
    salaryPeriod: text(body, 'salaryPeriod'),
    applicationMethod: text(body, 'applicationMethod'),
    applicationTarget: text(body, 'applicationTarget'),
    closingDate: text(body, 'closingDate'),
    questions,
  };
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s);

/** The posting the form describes, every field as typed for the domain to check. */
export function jobInputOfForm(v: JobFormValues): JobInput {
  const remote = v.workArrangement === 'remote';
  return {
    ...(v.organization.trim() ? { organization: v.organization } : {}),
    title: v.title,
    description: v.description,
    location: { city: orUndefined(v.city), state: orUndefined(v.state) },
    workArrangement: orUndefined(v.workArrangement),
    // states belong to a remote posting only: boxes left ticked before switching to on-site are not the employer's meaning
    remoteStates: remote ? (v.remoteAll ? [ALL_STATES] : v.remoteStates) : [],
    employmentType: orUndefined(v.employmentType),
    setting: orUndefined(v.setting),
    specialties: v.specialties,
    credentials: v.credentials,
    codeSets: v.codeSets,
    experienceLevel: orUndefined(v.experienceLevel),
    experienceMonths: v.experienceMonths,
    // unticked says nothing: an apprentice-level posting welcomes apprentices by its level
    apprenticeWelcome: v.apprenticeWelcome ? true : undefined,
    salaryMin: v.salaryMin,
    salaryMax: v.salaryMax,
    salaryPeriod: orUndefined(v.salaryPeriod),
    applicationMethod: orUndefined(v.applicationMethod),
    applicationTarget: v.applicationMethod === 'codedesk' ? undefined : orUndefined(v.applicationTarget),
    closingDate: orUndefined(v.closingDate) ?? null,
    screeningQuestions: v.questions,
  };
}

/** A stored posting as the form's values (to edit it). */
export function jobFormOf(job: JobDocument): JobFormValues {
  const all = job.remoteStates.includes(ALL_STATES);
  return {
    organization: '',
    title: job.title,
    description: job.description,
    city: job.location.city ?? '',
    state: job.location.state ?? '',
    workArrangement: job.workArrangement,
    remoteAll: all,
    remoteStates: all ? [] : job.remoteStates,
    employmentType: job.employmentType,
    setting: job.setting,
    specialties: job.specialties,
    credentials: job.credentials,
    codeSets: job.codeSets,
    experienceLevel: job.experienceLevel,
    experienceMonths: String(job.experienceMonths),
    apprenticeWelcome: job.apprenticeWelcome,
    salaryMin: String(job.salaryMin),
    salaryMax: String(job.salaryMax),
    salaryPeriod: job.salaryPeriod,
    applicationMethod: job.applicationMethod,
    applicationTarget: job.applicationTarget ?? '',
    closingDate: job.closingDate ?? '',
    questions: job.screeningQuestions.map((q) => ({ question: q.question, required: q.required })),
  };
}
