// A job posting as an employer sends it (the contract's Job document and the fields the issue adds), read into the
// fields CareerCenter stores — every problem found at once, each naming its field. The honesty rules live here:
// a pay range is required and plausible for its period, entry-level and apprentice-welcome postings ask at most a
// year of experience, the closing date is ahead and within reach, remote postings say where applicants may live,
// the application target fits the method, and no text asks applicants for money (honesty.ts).
import { addDays, isIsoDay } from './dates.js';
import { checkApplicationUrl, normalizeEmailAddress } from './domains.js';
import { findMoneyAsk, moneyAskWhy } from './honesty.js';
import type { Problems } from './problems.js';
import { salaryProblem, toCents } from './salary.js';
import { readText } from './text-fields.js';
import {
  ALL_STATES,
  APPLICATION_METHODS,
  CLOSING_DAYS_MAX,
  CODE_SETS,
  CREDENTIALS,
  EMPLOYMENT_TYPES,
  ENTRY_LEVEL_MAX_MONTHS,
  EXPERIENCE_LEVELS,
  EXPERIENCE_MONTHS_MAX,
  isOneOf,
  LIMITS,
  SALARY_PERIODS,
  type SalaryPeriod,
  SETTINGS,
  SPECIALTIES,
  US_STATES,
  WORK_ARRANGEMENTS,
} from './values.js';

export interface ScreeningQuestion {
  question: string;
  /** an application must answer it (default true) */
  required: boolean;
}

/** A posting as sent: the contract's Job document fields (and the added ones), any of them possibly wrong. */
export interface JobInput {
  title?: unknown;
  /** the organization's name; used to create the employer's profile when there is none yet */
  organization?: unknown;
  description?: unknown;
  location?: unknown;
  workArrangement?: unknown;
  remoteStates?: unknown;
  employmentType?: unknown;
  setting?: unknown;
  specialties?: unknown;
  credentials?: unknown;
  codeSets?: unknown;
  experienceLevel?: unknown;
  experienceMonths?: unknown;
  apprenticeWelcome?: unknown;
  salaryMin?: unknown;
  salaryMax?: unknown;
  salaryPeriod?: unknown;
  applicationMethod?: unknown;
  applicationTarget?: unknown;
  closingDate?: unknown;
  screeningQuestions?: unknown;
}

/** What is stored of a posting's content (its state and dates are the lifecycle's). */
export interface JobFields {
  title: string;
  description: string;
  city: string | null;
  state: string | null;
  workArrangement: string;
  /** [] unless remote; [ALL_STATES] for anywhere */
  remoteStates: string[];
  employmentType: string;
  setting: string;
  specialties: string[];
  credentials: string[];
  codeSets: string[];
  experienceLevel: string;
  experienceMonths: number;
  apprenticeWelcome: boolean;
  salaryMinCents: number;
  salaryMaxCents: number;
  salaryPeriod: SalaryPeriod;
  applicationMethod: string;
  applicationTarget: string | null;
  closingDate: string | null;
  screeningQuestions: ScreeningQuestion[];
}

const list = (values: readonly string[]) => values.join(', ');

function readChoice(problems: Problems, field: string, value: unknown, allowed: readonly string[]): string | undefined {
  if (value === undefined || value === null || value === '') {
    problems.add(field, `is required: one of ${list(allowed)}`);
    return undefined;
  }
  if (isOneOf(allowed, value)) return value;
  problems.add(field, `"${String(value).slice(0, 40)}" is not one of ${list(allowed)}`);
  return undefined;
}

/** A list of allowed values, de-duplicated and in the list's own order (so documents compare equal). */
function readChoices(
  problems: Problems,
  field: string,
  value: unknown,
  allowed: readonly string[],
  rules: { required: boolean; caseless?: boolean },
): string[] {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    if (rules.required) problems.add(field, `needs at least one of ${list(allowed)}`);
    return [];
  }
  if (!Array.isArray(value) || value.length > allowed.length + 5) {
    problems.add(field, `must be a list of at most ${allowed.length} of ${list(allowed)}`);
    return [];
  }
  const chosen = new Set<string>();
  for (const item of value) {
    const v = typeof item === 'string' && rules.caseless ? item.toUpperCase() : item;
    if (!isOneOf(allowed, v)) {
      problems.add(field, `"${String(item).slice(0, 40)}" is not one of ${list(allowed)}`);
      return [];
    }
    chosen.add(v);
  }
  return allowed.filter((a) => chosen.has(a));
}

/** A number, or a numeric string as a form sends it ("52,000", "$24.50"). */
function readNumber(problems: Problems, field: string, value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') {
    problems.add(field, 'is required');
    return undefined;
  }
  const n =
    typeof value === 'string' && /^\s*\$?\s*[\d,]+(?:\.\d+)?\s*$/.test(value)
      ? Number(value.replace(/[$,\s]/g, ''))
      : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    problems.add(field, 'must be a number');
    return undefined;
  }
  return n;
}

function readBoolean(problems: Problems, field: string, value: unknown): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'on' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  problems.add(field, 'must be true or false');
  return undefined;
}

function readLocation(problems: Problems, input: JobInput, arrangement: string | undefined) {
  const loc = input.location;
  if (loc !== undefined && loc !== null && (typeof loc !== 'object' || Array.isArray(loc))) {
    problems.add('location', 'must be {city, state}');
    return { city: null, state: null };
  }
  const { city: rawCity, state: rawState } = (loc ?? {}) as { city?: unknown; state?: unknown };
  // a remote job may name where the employer is; on-site and hybrid jobs must say where the work is
  const required = arrangement !== undefined && arrangement !== 'remote';
  const city = readText(problems, 'location.city', rawCity, { max: LIMITS.city, required });
  let state: string | undefined;
  if (rawState === undefined || rawState === null || rawState === '') {
    if (required) problems.add('location.state', `is required for an ${arrangement} job: a US state code such as TX`);
  } else {
    const upper = typeof rawState === 'string' ? rawState.trim().toUpperCase() : rawState;
    if (isOneOf(US_STATES, upper)) state = upper;
    else
      problems.add('location.state', `"${String(rawState).slice(0, 20)}" is not a US state code: ${list(US_STATES)}`);
  }
  return { city: city ?? null, state: state ?? null };
}

function readRemoteStates(problems: Problems, value: unknown, arrangement: string | undefined): string[] {
  const given = Array.isArray(value) ? value : value === undefined || value === null ? [] : undefined;
  if (given === undefined) {
    problems.add('remoteStates', `must be a list of US state codes, or ["${ALL_STATES}"]`);
    return [];
  }
  if (arrangement !== 'remote') {
    if (given.length > 0) problems.add('remoteStates', 'only a remote job lists the states applicants may live in');
    return [];
  }
  if (given.length === 0) {
    problems.add(
      'remoteStates',
      `a remote job lists the states applicants may live in, or ["${ALL_STATES}"] for any state`,
    );
    return [];
  }
  const upper = given.map((s) => (typeof s === 'string' ? s.trim().toUpperCase() : s));
  if (upper.includes(ALL_STATES)) {
    if (upper.length > 1) problems.add('remoteStates', `"${ALL_STATES}" stands alone: it already means every state`);
    return [ALL_STATES];
  }
  return readChoices(problems, 'remoteStates', upper, US_STATES, { required: true });
}

function readTarget(problems: Problems, method: string | undefined, value: unknown): string | null {
  const text = readText(problems, 'applicationTarget', value, { max: LIMITS.applicationUrl });
  if (method === 'codedesk' || method === undefined) {
    if (text !== undefined && method === 'codedesk')
      problems.add('applicationTarget', 'applications on CodeDesk have no target; leave it empty');
    return null;
  }
  if (text === undefined) {
    if (!problems.has('applicationTarget'))
      problems.add(
        'applicationTarget',
        method === 'url' ? 'is required: the https address to apply at' : 'is required: the email address to apply to',
      );
    return null;
  }
  if (method === 'url') {
    const checked = checkApplicationUrl(text);
    if ('why' in checked) problems.add('applicationTarget', checked.why);
    return 'url' in checked ? checked.url : null;
  }
  const email = normalizeEmailAddress(text);
  if (!email) problems.add('applicationTarget', `"${text.slice(0, 80)}" is not an email address`);
  return email ?? null;
}

function readClosingDate(problems: Problems, value: unknown, today: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !isIsoDay(value)) {
    problems.add('closingDate', 'must be a date written YYYY-MM-DD');
    return null;
  }
  const problem = closingDateProblem(value, today);
  if (problem) problems.add('closingDate', problem);
  return value;
}

/** Why a closing date is out of bounds on `today`, or undefined. */
export function closingDateProblem(day: string, today: string): string | undefined {
  const latest = addDays(today, CLOSING_DAYS_MAX);
  if (day <= today) return `${day} is not in the future: choose a day after ${today}`;
  if (day > latest)
    return `${day} is more than ${CLOSING_DAYS_MAX} days away: choose ${latest} or earlier, and renew later`;
  return undefined;
}

function readQuestions(problems: Problems, value: unknown): ScreeningQuestion[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > LIMITS.screeningQuestions) {
    problems.add('screeningQuestions', `must be a list of at most ${LIMITS.screeningQuestions} questions`);
    return [];
  }
  const out: ScreeningQuestion[] = [];
  value.forEach((item, i) => {
    const field = `screeningQuestions[${i}]`;
    const obj: { question?: unknown; required?: unknown } =
      typeof item === 'object' && item !== null ? (item as object) : { question: item };
    const question = readText(problems, field, obj.question, { max: LIMITS.screeningQuestion, required: true });
    const required = readBoolean(problems, `${field}.required`, obj.required) ?? true;
    if (question === undefined) return;
    const ask = findMoneyAsk(question, { question: true });
    if (ask) problems.add(field, moneyAskWhy(ask));
    out.push({ question, required });
  });
  return out;
}

function readSalary(problems: Problems, input: JobInput) {
  const period = readChoice(problems, 'salaryPeriod', input.salaryPeriod, SALARY_PERIODS) as SalaryPeriod | undefined;
  const min = readNumber(problems, 'salaryMin', input.salaryMin);
  const max = readNumber(problems, 'salaryMax', input.salaryMax);
  if (period !== undefined) {
    for (const [field, v] of [
      ['salaryMin', min],
      ['salaryMax', max],
    ] as const) {
      const why = v === undefined ? undefined : salaryProblem(v, period);
      if (why) problems.add(field, why);
    }
  }
  if (min !== undefined && max !== undefined && min > max && !problems.has('salaryMax'))
    problems.add('salaryMax', `is below salaryMin (${min} > ${max}): the range goes from salaryMin up to salaryMax`);
  return { period, min, max };
}

/**
 * The stored fields of `input`, or undefined with every problem added to `problems` (the caller throws, after adding
 * its own). `today` (YYYY-MM-DD, UTC) bounds the closing date.
 */
export function readJobFields(input: JobInput, today: string, problems: Problems): JobFields | undefined {
  const title = readText(problems, 'title', input.title, { max: LIMITS.title, required: true });
  const description = readText(problems, 'description', input.description, {
    max: LIMITS.description,
    required: true,
    multiline: true,
  });
  for (const [field, text] of [
    ['title', title],
    ['description', description],
  ] as const) {
    const ask = text === undefined ? undefined : findMoneyAsk(text);
    if (ask) problems.add(field, moneyAskWhy(ask));
  }
  const workArrangement = readChoice(problems, 'workArrangement', input.workArrangement, WORK_ARRANGEMENTS);
  const { city, state } = readLocation(problems, input, workArrangement);
  const remoteStates = readRemoteStates(problems, input.remoteStates, workArrangement);
  const employmentType = readChoice(problems, 'employmentType', input.employmentType, EMPLOYMENT_TYPES);
  const setting = readChoice(problems, 'setting', input.setting, SETTINGS);
  const specialties = readChoices(problems, 'specialties', input.specialties, SPECIALTIES, { required: false });
  const credentials = readChoices(problems, 'credentials', input.credentials, CREDENTIALS, {
    required: true,
    caseless: true,
  });
  const codeSets = readChoices(problems, 'codeSets', input.codeSets, CODE_SETS, { required: true, caseless: true });
  const experienceLevel = readChoice(problems, 'experienceLevel', input.experienceLevel, EXPERIENCE_LEVELS);
  const months = readNumber(problems, 'experienceMonths', input.experienceMonths);
  if (months !== undefined && (!Number.isInteger(months) || months < 0 || months > EXPERIENCE_MONTHS_MAX))
    problems.add('experienceMonths', `must be a whole number of months from 0 to ${EXPERIENCE_MONTHS_MAX}`);
  const welcome = readBoolean(problems, 'apprenticeWelcome', input.apprenticeWelcome);
  // an apprentice-level posting welcomes apprentices by saying so; saying the opposite is a contradiction
  const apprenticeWelcome = welcome ?? experienceLevel === 'apprentice';
  if (welcome === false && experienceLevel === 'apprentice')
    problems.add(
      'apprenticeWelcome',
      'an apprentice-level posting welcomes apprentices: set it to true or choose another level',
    );
  const entryLike = experienceLevel === 'apprentice' || experienceLevel === 'entry' || apprenticeWelcome;
  if (entryLike && months !== undefined && months > ENTRY_LEVEL_MAX_MONTHS && !problems.has('experienceMonths'))
    problems.add(
      'experienceMonths',
      `an entry-level or apprentice-welcome posting may require at most ${ENTRY_LEVEL_MAX_MONTHS} months of experience (this one asks ${months}): lower it, or call the posting mid level`,
    );
  const salary = readSalary(problems, input);
  const applicationMethod = readChoice(problems, 'applicationMethod', input.applicationMethod, APPLICATION_METHODS);
  const applicationTarget = readTarget(problems, applicationMethod, input.applicationTarget);
  const closingDate = readClosingDate(problems, input.closingDate, today);
  const screeningQuestions = readQuestions(problems, input.screeningQuestions);
  if (problems.list.length > 0) return undefined;
  return {
    title: title as string,
    description: description as string,
    city,
    state,
    workArrangement: workArrangement as string,
    remoteStates,
    employmentType: employmentType as string,
    setting: setting as string,
    specialties,
    credentials,
    codeSets,
    experienceLevel: experienceLevel as string,
    experienceMonths: months as number,
    apprenticeWelcome,
    salaryMinCents: toCents(salary.min as number),
    salaryMaxCents: toCents(salary.max as number),
    salaryPeriod: salary.period as SalaryPeriod,
    applicationMethod: applicationMethod as string,
    applicationTarget,
    closingDate,
    screeningQuestions,
  };
}
