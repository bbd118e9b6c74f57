// A posting as schema.org JobPosting JSON-LD (Google's job search reads it from the job page): every property Google
// requires — title, description, datePosted, hiringOrganization, and jobLocation or, for remote work,
// jobLocationType TELECOMMUTE with applicantLocationRequirements — and the recommended ones: baseSalary (a range),
// employmentType, validThrough, experienceRequirements, educationRequirements (one per credential accepted),
// identifier, directApply. A pure function of the posting, so its unit test checks the output without a server;
// the web layer writes it into the page with jsonLdScriptText (which keeps text from closing the script).
import { ALL_STATES, type JobDocument, US_STATE_CHOICES } from '../../../careers/index.js';

export interface JsonLdContext {
  /** the site's address, e.g. https://codedesk.example (config.publicUrl) */
  siteUrl: string;
  /** the posting's description as HTML (Google takes HTML there): renderJobMarkdown's sanitized output */
  descriptionHtml: string;
  /** the organization's logo's address on this site, when it has one */
  logoUrl?: string;
}

const EMPLOYMENT_TYPES: Readonly<Record<string, string>> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  'per-diem': 'PER_DIEM',
};

const stateName = (code: string) => US_STATE_CHOICES.find(([v]) => v === code)?.[1] ?? code;

function locationProperties(job: JobDocument): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (job.location.city || job.location.state) {
    out.jobLocation = {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(job.location.city ? { addressLocality: job.location.city } : {}),
        ...(job.location.state ? { addressRegion: job.location.state } : {}),
        addressCountry: 'US',
      },
    };
  }
  if (job.workArrangement === 'remote') {
    out.jobLocationType = 'TELECOMMUTE';
    out.applicantLocationRequirements = job.remoteStates.includes(ALL_STATES)
      ? { '@type': 'Country', name: 'USA' }
      : job.remoteStates.map((s) => ({ '@type': 'State', name: stateName(s) }));
  }
  return out;
}

/** The JobPosting object of a posting (published, closed or expired: what a job page shows). */
export function jobPostingJsonLd(job: JobDocument, context: JsonLdContext): Record<string, unknown> {
  const site = context.siteUrl.replace(/\/+$/, '');
  const domain = job.organizationDomain;
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: job.title,
    description: context.descriptionHtml,
    datePosted: (job.postedAt ?? job.createdAt).slice(0, 10),
    ...(job.closingDate ? { validThrough: `${job.closingDate}T23:59:59Z` } : {}),
    employmentType: EMPLOYMENT_TYPES[job.employmentType] ?? 'OTHER',
    hiringOrganization: {
      '@type': 'Organization',
      name: job.organization,
      ...(domain ? { sameAs: `https://${domain}` } : {}),
      ...(context.logoUrl ? { logo: context.logoUrl } : {}),
    },
    ...locationProperties(job),
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'USD',
      value: {
        '@type': 'QuantitativeValue',
        minValue: job.salaryMin,
        maxValue: job.salaryMax,
        unitText: job.salaryPeriod === 'hour' ? 'HOUR' : 'YEAR',
      },
    },
    experienceRequirements: {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: job.experienceMonths,
    },
    // Google's word for a posting that asks no credential
    educationRequirements:
      job.credentials.length === 0
        ? 'no requirements'
        : job.credentials.map((c) => ({
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: 'certification',
            name: c,
          })),
    identifier: { '@type': 'PropertyValue', name: 'CodeDesk', value: job.id },
    directApply: job.applicationMethod === 'codedesk',
    url: `${site}/jobs/${encodeURIComponent(job.id)}`,
  };
}

/**
 * JSON for a <script type="application/ld+json"> element: `<`, `>` and `&` as \u escapes, so no text in a posting
 * ("</script><script>…") can end the element or start markup; U+2028/2029 too, for any reader that evaluates it.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
