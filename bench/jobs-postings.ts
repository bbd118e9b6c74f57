// Generated job postings for bench/jobs.bench.ts: deterministic (a seeded sequence, no Math.random), with the mix a
// coding job board has — remote and on-site, every setting and credential, hourly and yearly pay, apprentice to
// senior — and descriptions of 80–200 words from a coding vocabulary, so keyword searches have work to do.
import type { JobInput } from '../src/careers/index.js';
import { CODE_SETS, CREDENTIALS, SETTINGS, SPECIALTIES, US_STATES } from '../src/careers/index.js';

/** A deterministic pseudo-random sequence in [0, 1). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = (
  'coder coding medical chart charts review audit auditing denial denials appeal appeals claim claims outpatient inpatient ' +
  'professional facility physician practice hospital surgery surgical procedure procedures diagnosis diagnoses evaluation ' +
  'management documentation query queries provider providers compliance accuracy productivity quality team remote hybrid ' +
  'cardiology oncology orthopedics radiology emergency anesthesia pediatrics dermatology gastroenterology neurology urology ' +
  'hcc risk adjustment drg apc modifier modifiers ncci edits payer payers medicare medicaid commercial encounter encounters ' +
  'abstracting registry cdi clinical integrity education training mentor growth schedule flexible benefits pto 401k health ' +
  'dental vision bonus productivity-based queue workflow epic cerner meditech 3m encoder software lookup guidelines official ' +
  'conventions sequencing laterality injections infusions wound care e/m visits telehealth consults observation readmissions'
).split(' ');

const CITIES: Record<string, string> = { TX: 'Austin', CA: 'San Diego', NY: 'Albany', FL: 'Tampa', OH: 'Columbus' };
const QUESTIONS = [
  'How many years of outpatient coding experience do you have?',
  'Which encoder software have you used?',
  'Are you comfortable with a productivity standard of 20 charts an hour?',
  'Do you hold an active AAPC or AHIMA credential?',
];

export function generatedPosting(rnd: () => number, i: number, organization: string, publishedAt: Date): JobInput {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list))),
  ];
  const r = rnd();
  const workArrangement = r < 0.45 ? 'remote' : r < 0.65 ? 'hybrid' : 'onsite';
  const state = pick(US_STATES);
  const level = rnd();
  const experienceLevel = level < 0.1 ? 'apprentice' : level < 0.3 ? 'entry' : level < 0.75 ? 'mid' : 'senior';
  const experienceMonths =
    experienceLevel === 'apprentice'
      ? 0
      : experienceLevel === 'entry'
        ? Math.floor(rnd() * 13)
        : experienceLevel === 'mid'
          ? 12 + Math.floor(rnd() * 37)
          : 36 + Math.floor(rnd() * 85);
  const hourly = rnd() < 0.4;
  const salaryMin = hourly ? 16 + Math.floor(rnd() * 30) : 35_000 + Math.floor(rnd() * 55) * 1000;
  const salaryMax = salaryMin + (hourly ? Math.floor(rnd() * 11) : Math.floor(rnd() * 26) * 1000);
  const method = rnd();
  const closingIn = rnd() < 0.7 ? undefined : 10 + Math.floor(rnd() * 80);
  const specialty = pick(SPECIALTIES);
  const description = Array.from({ length: 80 + Math.floor(rnd() * 121) }, (_, w) =>
    w % 12 === 11 ? `${pick(WORDS)}.` : pick(WORDS),
  ).join(' ');
  return {
    organization,
    title: `${experienceLevel === 'senior' ? 'Senior ' : experienceLevel === 'apprentice' ? 'Apprentice ' : ''}${specialty} coder ${i}`,
    description: `## The role\n\n${description}\n\n- ${pick(WORDS)} and ${pick(WORDS)}\n- ${pick(WORDS)} ${pick(WORDS)}`,
    location: workArrangement === 'remote' && rnd() < 0.5 ? undefined : { city: CITIES[state] ?? 'Springfield', state },
    workArrangement,
    remoteStates: workArrangement !== 'remote' ? [] : rnd() < 0.4 ? ['ALL'] : some(US_STATES, 8),
    employmentType: pick(['full-time', 'full-time', 'part-time', 'contract', 'per-diem']),
    setting: pick(SETTINGS),
    specialties: rnd() < 0.2 ? [] : some(SPECIALTIES, 3),
    credentials: some(CREDENTIALS, 3),
    codeSets: some(CODE_SETS, 3),
    experienceLevel,
    experienceMonths,
    apprenticeWelcome: experienceLevel === 'apprentice' || (experienceLevel === 'entry' && rnd() < 0.5),
    salaryMin,
    salaryMax,
    salaryPeriod: hourly ? 'hour' : 'year',
    applicationMethod: method < 0.85 ? 'codedesk' : method < 0.95 ? 'url' : 'email',
    applicationTarget:
      method < 0.85
        ? undefined
        : method < 0.95
          ? `https://careers.employer-${i % 100}.com/apply/${i}`
          : `jobs@employer-${i % 100}.com`,
    closingDate:
      closingIn === undefined
        ? undefined
        : new Date(publishedAt.getTime() + closingIn * 86_400_000).toISOString().slice(0, 10),
    screeningQuestions: some(QUESTIONS, 3).slice(0, Math.floor(rnd() * 3)),
  };
}
