// CareerCenter's closed lists and bounds, in one place: the validation, the search filters, their 400s (which name
// the allowed values) and the web layer's pickers all read them from here. Values are the stored and URL form; the
// labels are for people.

/** value → label, in the order a picker lists them */
export type Choices = readonly (readonly [value: string, label: string])[];

const values = (choices: Choices): readonly string[] => choices.map(([v]) => v);

/** Credentials an employer may accept (any one qualifies). AAPC, AHIMA and ACDIS credentials coders hold. */
export const CREDENTIAL_CHOICES: Choices = [
  ['CPC', 'CPC — Certified Professional Coder (AAPC)'],
  ['CPC-A', 'CPC-A — Certified Professional Coder, apprentice (AAPC)'],
  ['COC', 'COC — Certified Outpatient Coder (AAPC)'],
  ['CIC', 'CIC — Certified Inpatient Coder (AAPC)'],
  ['CRC', 'CRC — Certified Risk Adjustment Coder (AAPC)'],
  ['CPB', 'CPB — Certified Professional Biller (AAPC)'],
  ['CPMA', 'CPMA — Certified Professional Medical Auditor (AAPC)'],
  ['CDEO', 'CDEO — Certified Documentation Expert Outpatient (AAPC)'],
  ['CPCO', 'CPCO — Certified Professional Compliance Officer (AAPC)'],
  ['CCS', 'CCS — Certified Coding Specialist (AHIMA)'],
  ['CCS-P', 'CCS-P — Certified Coding Specialist, physician-based (AHIMA)'],
  ['CCA', 'CCA — Certified Coding Associate (AHIMA)'],
  ['RHIT', 'RHIT — Registered Health Information Technician (AHIMA)'],
  ['RHIA', 'RHIA — Registered Health Information Administrator (AHIMA)'],
  ['CDIP', 'CDIP — Certified Documentation Integrity Practitioner (AHIMA)'],
  ['CCDS', 'CCDS — Certified Clinical Documentation Specialist (ACDIS)'],
  ['CCDS-O', 'CCDS-O — Certified Clinical Documentation Specialist, outpatient (ACDIS)'],
];
export const CREDENTIALS = values(CREDENTIAL_CHOICES);

export const SETTING_CHOICES: Choices = [
  ['physician-practice', 'Physician practice / pro-fee'],
  ['hospital-inpatient', 'Hospital inpatient'],
  ['hospital-outpatient', 'Hospital outpatient / ASC'],
  ['risk-adjustment', 'Risk adjustment'],
  ['auditing-compliance', 'Auditing / compliance'],
  ['cdi', 'Clinical documentation integrity (CDI)'],
  ['billing-rcm', 'Billing company / RCM vendor'],
  ['payer', 'Payer'],
];
export const SETTINGS = values(SETTING_CHOICES);

export const SPECIALTY_CHOICES: Choices = [
  ['anesthesia', 'Anesthesia'],
  ['behavioral-health', 'Behavioral health'],
  ['cardiology', 'Cardiology'],
  ['dermatology', 'Dermatology'],
  ['emergency-medicine', 'Emergency medicine'],
  ['evaluation-management', 'Evaluation and management'],
  ['family-medicine', 'Family medicine'],
  ['gastroenterology', 'Gastroenterology'],
  ['general-surgery', 'General surgery'],
  ['home-health', 'Home health'],
  ['hospice', 'Hospice'],
  ['internal-medicine', 'Internal medicine'],
  ['interventional-radiology', 'Interventional radiology'],
  ['laboratory-pathology', 'Laboratory and pathology'],
  ['multi-specialty', 'Multi-specialty'],
  ['nephrology', 'Nephrology'],
  ['neurology', 'Neurology'],
  ['ob-gyn', 'Obstetrics and gynecology'],
  ['oncology', 'Oncology'],
  ['ophthalmology', 'Ophthalmology'],
  ['orthopedics', 'Orthopedics'],
  ['pediatrics', 'Pediatrics'],
  ['pulmonology', 'Pulmonology'],
  ['radiology', 'Radiology'],
  ['urology', 'Urology'],
];
export const SPECIALTIES = values(SPECIALTY_CHOICES);

export const CODE_SET_CHOICES: Choices = [
  ['ICD-10-CM', 'ICD-10-CM (diagnoses)'],
  ['ICD-10-PCS', 'ICD-10-PCS (inpatient procedures)'],
  ['CPT', 'CPT (procedures and services)'],
  ['HCPCS', 'HCPCS Level II (supplies, drugs, services)'],
];
export const CODE_SETS = values(CODE_SET_CHOICES);

export const EMPLOYMENT_TYPE_CHOICES: Choices = [
  ['full-time', 'Full-time'],
  ['part-time', 'Part-time'],
  ['contract', 'Contract'],
  ['per-diem', 'Per diem'],
];
export const EMPLOYMENT_TYPES = values(EMPLOYMENT_TYPE_CHOICES);

export const WORK_ARRANGEMENT_CHOICES: Choices = [
  ['remote', 'Remote'],
  ['hybrid', 'Hybrid'],
  ['onsite', 'On-site'],
];
export const WORK_ARRANGEMENTS = values(WORK_ARRANGEMENT_CHOICES);

export const EXPERIENCE_LEVEL_CHOICES: Choices = [
  ['apprentice', 'Apprentice / new graduate'],
  ['entry', 'Entry level'],
  ['mid', 'Mid level'],
  ['senior', 'Senior'],
];
export const EXPERIENCE_LEVELS = values(EXPERIENCE_LEVEL_CHOICES);

/** The US states (with DC and Puerto Rico) a job may be in or a remote applicant may live in. */
export const US_STATE_CHOICES: Choices = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['PR', 'Puerto Rico'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];
export const US_STATES = values(US_STATE_CHOICES);

/** In remoteStates, instead of a list: applicants may live in any state. */
export const ALL_STATES = 'ALL';

export const APPLICATION_METHOD_CHOICES: Choices = [
  ['codedesk', 'Apply on CodeDesk'],
  ['url', "On the employer's site"],
  ['email', 'By email'],
];
export const APPLICATION_METHODS = values(APPLICATION_METHOD_CHOICES);

export const JOB_STATUSES = ['draft', 'pending', 'published', 'closed', 'expired'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * An application's statuses as the employer sets them; `withdrawn` is the applicant's own. hired, rejected and
 * withdrawn are final: nothing moves an application out of them (a mistaken "rejected" is a new conversation, not a
 * silent reversal the applicant was already mailed about). Between the others any move is allowed.
 */
export const APPLICATION_STATUSES = ['new', 'reviewing', 'interview', 'offer', 'hired', 'rejected'] as const;
export type EmployerApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type ApplicationStatus = EmployerApplicationStatus | 'withdrawn';
export const FINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['hired', 'rejected', 'withdrawn'];

export const SALARY_PERIODS = ['hour', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/**
 * Plausible pay, per period, in dollars: the federal minimum wage up to a generous ceiling. A posting outside these
 * is a typo (an hourly figure given as yearly) or not an honest range.
 */
export const SALARY_BOUNDS: Readonly<Record<SalaryPeriod, { min: number; max: number }>> = {
  hour: { min: 7.25, max: 300 },
  year: { min: 15_000, max: 600_000 },
};

/** Hours and years compare at full time: 40 hours × 52 weeks (an hourly $25 is a yearly $52,000). */
export const HOURS_PER_YEAR = 2080;

/** The salary minimums the search's salary facet counts, per period. */
export const SALARY_FILTER_STEPS: Readonly<Record<SalaryPeriod, readonly number[]>> = {
  hour: [15, 20, 25, 30, 35, 40, 50],
  year: [30_000, 40_000, 50_000, 60_000, 70_000, 80_000, 100_000],
};

/** postedWithinDays accepts these (and the facet counts them) */
export const POSTED_WITHIN_DAYS = [1, 3, 7, 14, 30] as const;

export const SORTS = ['newest', 'salary'] as const;
export type JobSort = (typeof SORTS)[number];

/** The search's pages: at most this many jobs a page, and pages up to this number. */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 50;
export const PAGE_MAX = 500;

/** An entry-level or apprentice-welcome posting requires at most this many months of experience. */
export const ENTRY_LEVEL_MAX_MONTHS = 12;
export const EXPERIENCE_MONTHS_MAX = 600;

/** A closing date is after today and at most this many days out; without one, a posting closes this many days after it is published. */
export const CLOSING_DAYS_MAX = 90;
export const CLOSING_DAYS_DEFAULT = 60;
/** The employer is reminded this many days before the closing date. */
export const REMINDER_DAYS_BEFORE = 7;

/** Text limits, in UTF-16 code units (what a form's maxlength counts). */
export const LIMITS = {
  title: 120,
  description: 20_000,
  city: 80,
  organizationName: 120,
  about: 5_000,
  domain: 253,
  uploadId: 100,
  applicationUrl: 2_000,
  email: 254,
  screeningQuestions: 10,
  screeningQuestion: 300,
  answer: 2_000,
  coverNote: 5_000,
  note: 5_000,
  unpublishReason: 1_000,
  keywords: 200,
} as const;

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
