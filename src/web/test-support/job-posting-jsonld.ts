// For CareerCenter's tests: the JobPosting JSON-LD of a job page read back, and checked against Google's job posting
// structured data — every required property (title, description, datePosted, hiringOrganization, and jobLocation
// or jobLocationType TELECOMMUTE with applicantLocationRequirements) and the recommended ones CodeDesk promises
// (baseSalary as a MonetaryAmount range, employmentType, validThrough, experienceRequirements,
// educationRequirements, identifier, directApply). Each problem is a sentence naming the property.
// https://developers.google.com/search/docs/appearance/structured-data/job-posting

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The JSON-LD blocks of a page, parsed (the script's text is JSON with \u escapes, so JSON.parse reads it whole). */
export function jsonLdBlocks(html: string): unknown[] {
  const blocks: unknown[] = [];
  for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g))
    blocks.push(JSON.parse(m[1] ?? ''));
  return blocks;
}

function place(p: unknown, problems: string[]): void {
  const list = Array.isArray(p) ? p : [p];
  for (const one of list) {
    if (!isObj(one) || one['@type'] !== 'Place' || !isObj(one.address)) {
      problems.push('jobLocation must be a Place with an address');
      continue;
    }
    const a = one.address;
    if (a['@type'] !== 'PostalAddress') problems.push('jobLocation.address must be a PostalAddress');
    if (!nonEmpty(a.addressCountry)) problems.push('jobLocation.address.addressCountry is required');
    if (!nonEmpty(a.addressRegion) && !nonEmpty(a.addressLocality))
      problems.push('jobLocation.address needs addressRegion or addressLocality');
  }
}

function location(ld: Obj, problems: string[]): void {
  if (ld.jobLocationType !== undefined) {
    if (ld.jobLocationType !== 'TELECOMMUTE') problems.push('jobLocationType must be TELECOMMUTE when given');
    const req = Array.isArray(ld.applicantLocationRequirements)
      ? ld.applicantLocationRequirements
      : [ld.applicantLocationRequirements];
    if (
      req.length === 0 ||
      req.some((r) => !isObj(r) || !['State', 'Country'].includes(String(r['@type'])) || !nonEmpty(r.name))
    )
      problems.push('applicantLocationRequirements must list a State or Country, each with a name, for a remote job');
  } else if (ld.jobLocation === undefined)
    problems.push('jobLocation is required unless jobLocationType is TELECOMMUTE');
  if (ld.jobLocation !== undefined) place(ld.jobLocation, problems);
}

function salary(ld: Obj, problems: string[]): void {
  const s = ld.baseSalary;
  if (!isObj(s) || s['@type'] !== 'MonetaryAmount') {
    problems.push('baseSalary must be a MonetaryAmount');
    return;
  }
  if (!/^[A-Z]{3}$/.test(String(s.currency))) problems.push('baseSalary.currency must be an ISO 4217 code');
  const v = s.value;
  if (!isObj(v) || v['@type'] !== 'QuantitativeValue') {
    problems.push('baseSalary.value must be a QuantitativeValue');
    return;
  }
  const { minValue: min, maxValue: max, unitText } = v;
  if (typeof min !== 'number' || typeof max !== 'number' || !(min > 0) || min > max)
    problems.push('baseSalary.value needs numbers minValue ≤ maxValue');
  if (!['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'].includes(String(unitText)))
    problems.push('baseSalary.value.unitText must be HOUR, DAY, WEEK, MONTH or YEAR');
}

function requirements(ld: Obj, problems: string[]): void {
  const exp = ld.experienceRequirements;
  const noRequirements = (v: unknown) => v === 'no requirements';
  if (
    !noRequirements(exp) &&
    !(
      isObj(exp) &&
      exp['@type'] === 'OccupationalExperienceRequirements' &&
      Number.isInteger(exp.monthsOfExperience) &&
      (exp.monthsOfExperience as number) >= 0
    )
  )
    problems.push('experienceRequirements must be OccupationalExperienceRequirements with monthsOfExperience');
  const edu = ld.educationRequirements;
  if (noRequirements(edu)) return;
  const list = Array.isArray(edu) ? edu : [edu];
  if (
    list.length === 0 ||
    list.some(
      (e) =>
        !isObj(e) ||
        e['@type'] !== 'EducationalOccupationalCredential' ||
        !nonEmpty(e.credentialCategory) ||
        !nonEmpty(e.name),
    )
  )
    problems.push('educationRequirements must be EducationalOccupationalCredential entries with credentialCategory');
}

/** Every way `ld` falls short of a complete JobPosting; [] when it is one. */
export function jobPostingProblems(ld: unknown): string[] {
  const problems: string[] = [];
  if (!isObj(ld)) return ['not an object'];
  if (!String(ld['@context'] ?? '').startsWith('https://schema.org')) problems.push('@context must be schema.org');
  if (ld['@type'] !== 'JobPosting') problems.push('@type must be JobPosting');
  if (!nonEmpty(ld.title)) problems.push('title is required');
  if (!nonEmpty(ld.description)) problems.push('description is required');
  if (!DAY.test(String(ld.datePosted)) && !DATE_TIME.test(String(ld.datePosted)))
    problems.push('datePosted must be an ISO 8601 date');
  if (!DATE_TIME.test(String(ld.validThrough))) problems.push('validThrough must be an ISO 8601 date-time');
  const org = ld.hiringOrganization;
  if (!isObj(org) || org['@type'] !== 'Organization' || !nonEmpty(org.name))
    problems.push('hiringOrganization must be an Organization with a name');
  location(ld, problems);
  salary(ld, problems);
  const types = Array.isArray(ld.employmentType) ? ld.employmentType : [ld.employmentType];
  if (types.length === 0 || types.some((t) => !EMPLOYMENT_TYPES.includes(String(t))))
    problems.push(`employmentType must be one of ${EMPLOYMENT_TYPES.join(', ')}`);
  requirements(ld, problems);
  const id = ld.identifier;
  if (!isObj(id) || id['@type'] !== 'PropertyValue' || !nonEmpty(id.name) || !nonEmpty(id.value))
    problems.push('identifier must be a PropertyValue with name and value');
  if (typeof ld.directApply !== 'boolean') problems.push('directApply must be true or false');
  return problems;
}
