// /jobs/{id}: every detail of a posting, its organization (logo, about, website domain), the pay range, how to apply
// — on CodeDesk the form (or a log-in link for a guest); elsewhere the address with its domain beside the
// organization's, and a plain warning when they differ — and the JobPosting JSON-LD (jsonld.ts).
import {
  CODE_SET_CHOICES,
  type JobDocument,
  LIMITS,
  type OrganizationProfile,
  renderJobMarkdown,
} from '../../../careers/index.js';
import { Csrf } from '../../views/csrf.js';
import { ApplyForm, type ApplyValues } from './view-apply.js';
import { dayText, type FieldErrors, LABELS, labelOf, payRange, whereText } from './view-common.js';

export interface JobPageProps {
  job: JobDocument;
  organization: OrganizationProfile | undefined;
  logoUrl: string | undefined;
  /** the JSON-LD, already made safe for a script element (jsonLdScriptText) */
  jsonLd: string | undefined;
  viewer: 'guest' | 'member' | 'owner';
  /** an admin sees the unpublish form on a public posting */
  isAdmin?: boolean;
  csrf: string;
  values?: ApplyValues;
  errors?: FieldErrors;
}

function Detail({ term, children }: { term: string; children: preact.ComponentChildren }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** whether the employer proved a mailbox at the domain shown (the profile's current one: domainVerified is for it) */
function verifiedText(organization: OrganizationProfile | undefined, domain: string): string {
  return organization?.domain === domain && organization.domainVerified
    ? '(verified)'
    : '(not verified — the employer has not confirmed a mailbox at this domain)';
}

function HowToApply({ job, organization, viewer, csrf, values, errors }: JobPageProps) {
  const path = `/jobs/${encodeURIComponent(job.id)}`;
  if (job.status !== 'published') return <p>This posting is {job.status}: it takes no applications.</p>;
  if (job.applicationMethod === 'codedesk') {
    if (viewer === 'guest')
      return (
        <p>
          <a href={`/login?next=${encodeURIComponent(`${path}/apply`)}`}>Log in to apply on CodeDesk</a> (or{' '}
          <a href="/register">register</a>, free).
        </p>
      );
    if (viewer === 'owner') return <p>This is your posting: applicants apply here on CodeDesk.</p>;
    return <ApplyForm job={job} csrf={csrf} values={values ?? { coverNote: '', answers: [] }} errors={errors ?? {}} />;
  }
  const target = job.applicationTarget ?? '';
  const cmp = job.applicationDomain;
  const href = job.applicationMethod === 'email' ? `mailto:${target}` : target;
  return (
    <>
      <p>
        {job.applicationMethod === 'email' ? 'Apply by email to ' : "Apply on the employer's site: "}
        <a href={href} rel="nofollow noopener noreferrer">
          {target}
        </a>
      </p>
      {cmp ? (
        <dl class="domains">
          <Detail term="Applications go to">{cmp.applicationDomain}</Detail>
          <Detail term="The organization's website">
            {cmp.organizationDomain ? (
              <>
                {cmp.organizationDomain}{' '}
                <span class="domain-verification">{verifiedText(organization, cmp.organizationDomain)}</span>
              </>
            ) : (
              'not given'
            )}
          </Detail>
        </dl>
      ) : null}
      {cmp && !cmp.matches ? (
        <p class="warning" role="note">
          The address applications go to ({cmp.applicationDomain}) is not on the organization's website domain
          {cmp.organizationDomain ? ` (${cmp.organizationDomain})` : ' (it gives none)'}. Check it is really theirs, and
          never pay anything to apply.
        </p>
      ) : null}
    </>
  );
}

function Unpublish({ job, csrf }: { job: JobDocument; csrf: string }) {
  return (
    <form class="moderation" method="post" action={`/admin/jobs/${encodeURIComponent(job.id)}/unpublish`}>
      <h2>Moderation</h2>
      <Csrf token={csrf} />
      <label for="reason">Reason for unpublishing (mailed to the employer)</label>
      <textarea id="reason" name="reason" rows={2} maxLength={LIMITS.unpublishReason} required />
      <button type="submit">Unpublish</button>
    </form>
  );
}

export function JobPage(props: JobPageProps) {
  const { job, organization, logoUrl } = props;
  return (
    <article class="job-page careers">
      {props.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: props.jsonLd }} /> : null}
      <p>
        <a href="/jobs">All jobs</a>
      </p>
      <h1>{job.title}</h1>
      <p class="job-org">
        {logoUrl ? <img src={logoUrl} alt={`${job.organization} logo`} width={64} height={64} /> : null}{' '}
        <strong>{job.organization}</strong>
        {job.organizationDomain ? (
          <span class="label">
            {' '}
            · {job.organizationDomain}{' '}
            {organization?.domain === job.organizationDomain && organization.domainVerified
              ? '(verified)'
              : '(not verified)'}
          </span>
        ) : null}
      </p>
      {job.status !== 'published' ? (
        <p class="notice" role="status">
          This posting is {job.status}.
        </p>
      ) : null}
      <dl class="job-facts">
        <Detail term="Pay">{payRange(job)}</Detail>
        <Detail term="Where">{whereText(job)}</Detail>
        <Detail term="Employment">{labelOf(LABELS.employmentType, job.employmentType)}</Detail>
        <Detail term="Setting">{labelOf(LABELS.setting, job.setting)}</Detail>
        {job.specialties.length > 0 ? (
          <Detail term="Specialties">{job.specialties.map((s) => labelOf(LABELS.specialty, s)).join(', ')}</Detail>
        ) : null}
        {job.codeSets.length > 0 ? (
          <Detail term="Code sets">{job.codeSets.map((c) => labelOf(CODE_SET_CHOICES, c)).join(', ')}</Detail>
        ) : null}
        <Detail term="Credentials accepted">
          {job.credentials.length > 0 ? `${job.credentials.join(', ')} (any one)` : 'None required'}
        </Detail>
        <Detail term="Experience">
          {labelOf(LABELS.experienceLevel, job.experienceLevel)} ·{' '}
          {job.experienceMonths === 0 ? 'no experience required' : `${job.experienceMonths} months required`}
          {job.apprenticeWelcome ? (
            <>
              {' '}
              <span class="badge">Apprentices welcome</span>
            </>
          ) : null}
        </Detail>
        {job.postedAt ? <Detail term="Posted">{dayText(job.postedAt)}</Detail> : null}
        {job.closingDate ? <Detail term="Applications close">{dayText(job.closingDate)}</Detail> : null}
      </dl>
      <h2>About the job</h2>
      {/* sanitized by editorial's Markdown renderer (script was refused on save, and is stripped here anyway) */}
      <div class="markdown" dangerouslySetInnerHTML={{ __html: renderJobMarkdown(job.description) }} />
      {organization?.about ? (
        <>
          <h2>About {organization.name}</h2>
          <div class="markdown" dangerouslySetInnerHTML={{ __html: renderJobMarkdown(organization.about) }} />
        </>
      ) : null}
      <h2>How to apply</h2>
      <HowToApply {...props} />
      {props.isAdmin && ['pending', 'published'].includes(job.status) ? (
        <Unpublish job={job} csrf={props.csrf} />
      ) : null}
    </article>
  );
}
