// /employer: the organization profile (a multipart form: the logo is an upload, the CSRF token first) and the
// employer's postings with their status, applicant counts and the buttons of the lifecycle (publish, close, renew).
import { type EmployerJobSummary, LIMITS, type OrganizationProfile } from '../../../careers/index.js';
import { Csrf } from '../../views/csrf.js';
import { dayText, FieldError, type FieldErrors, invalid, Notice, Problem } from './view-common.js';

export interface OrganizationValues {
  name: string;
  domain: string;
  about: string;
}

const STATUS_WORDS: Record<string, string> = {
  draft: 'Draft',
  pending: 'Waiting for approval',
  published: 'Published',
  closed: 'Closed',
  expired: 'Expired',
};

function ActionButton({ csrf, jobId, action, label }: { csrf: string; jobId: string; action: string; label: string }) {
  return (
    <form class="inline" method="post" action={`/employer/jobs/${encodeURIComponent(jobId)}/${action}`}>
      <Csrf token={csrf} />
      <button type="submit">{label}</button>
    </form>
  );
}

function JobRow({ job, csrf }: { job: EmployerJobSummary; csrf: string }) {
  const id = encodeURIComponent(job.id);
  const total = Object.values(job.applicationCounts).reduce((a, b) => a + (b ?? 0), 0);
  const fresh = job.applicationCounts.new ?? 0;
  return (
    <tr data-job={job.id}>
      <td>
        <a href={`/jobs/${id}`}>{job.title}</a>
        {job.moderation?.reason ? <p class="warning">Unpublished by an admin: {job.moderation.reason}</p> : null}
      </td>
      <td class="status">{STATUS_WORDS[job.status] ?? job.status}</td>
      <td>{job.closingDate ? dayText(job.closingDate) : '—'}</td>
      <td>
        <a href={`/employer/jobs/${id}/applications`}>
          {total} applicant{total === 1 ? '' : 's'}
          {fresh > 0 ? ` (${fresh} new)` : ''}
        </a>
      </td>
      <td>
        {['draft', 'pending', 'published'].includes(job.status) ? <a href={`/employer/jobs/${id}/edit`}>Edit</a> : null}{' '}
        {job.status === 'draft' ? <ActionButton csrf={csrf} jobId={job.id} action="publish" label="Publish" /> : null}{' '}
        {['published', 'expired'].includes(job.status) ? (
          <ActionButton csrf={csrf} jobId={job.id} action="renew" label="Renew" />
        ) : null}{' '}
        {['draft', 'pending', 'published'].includes(job.status) ? (
          <ActionButton csrf={csrf} jobId={job.id} action="close" label="Close" />
        ) : null}
      </td>
    </tr>
  );
}

/** The profile's domain, whether it is verified, and the form sending a verification link to a mailbox there. */
function DomainVerification({
  csrf,
  organization,
  address,
  errors,
}: {
  csrf: string;
  organization: OrganizationProfile;
  address: string;
  errors: FieldErrors;
}) {
  const domain = organization.domain;
  if (!domain) return <p class="hint">Give the website domain to have it verified.</p>;
  return (
    <div class="domain-verification">
      <p>
        Website domain: <strong>{domain}</strong>{' '}
        <span class="status">{organization.domainVerified ? 'verified' : 'not verified'}</span>
      </p>
      {organization.domainVerified ? null : (
        <form method="post" action="/employer/verify-domain">
          <Csrf token={csrf} />
          <p>
            <label for="address">Verify: send a link to an address at {domain}</label>
            <input
              id="address"
              name="address"
              type="email"
              required
              maxLength={254}
              value={address}
              placeholder={`hr@${domain}`}
              {...invalid(errors, 'address')}
            />
            <FieldError id="address" errors={errors} />
          </p>
          <button type="submit">Send the link</button>
        </form>
      )}
    </div>
  );
}

export function EmployerPage({
  csrf,
  organization,
  address = '',
  values,
  logoUrl,
  jobs,
  errors,
  error,
  notice,
}: {
  csrf: string;
  organization: OrganizationProfile | undefined;
  /** the verification form's address, kept after a refusal */
  address?: string;
  values: OrganizationValues;
  logoUrl: string | undefined;
  jobs: EmployerJobSummary[];
  errors: FieldErrors;
  error?: string;
  notice?: string;
}) {
  return (
    <section class="employer careers">
      <h1>My jobs</h1>
      <Notice message={notice} />
      <Problem message={error} />
      <p>
        <a href="/employer/jobs/new">Post a job</a>
      </p>
      {jobs.length === 0 ? (
        <p>No postings yet.</p>
      ) : (
        <table class="employer-jobs">
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Status</th>
              <th scope="col">Closes</th>
              <th scope="col">Applicants</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <JobRow key={job.id} job={job} csrf={csrf} />
            ))}
          </tbody>
        </table>
      )}
      <h2>Organization profile</h2>
      <p class="hint">Shown on every posting. Applicants see your website's domain beside where applications go.</p>
      {organization ? (
        <DomainVerification csrf={csrf} organization={organization} address={address} errors={errors} />
      ) : null}
      <form action="/employer/organization" method="post" enctype="multipart/form-data">
        <Csrf token={csrf} />
        <p>
          <label for="name">Name</label>
          <input
            id="name"
            name="name"
            required
            maxLength={LIMITS.organizationName}
            value={values.name}
            {...invalid(errors, 'name')}
          />
          <FieldError id="name" errors={errors} />
        </p>
        <p>
          <label for="domain">Website domain</label>
          <input
            id="domain"
            name="domain"
            maxLength={LIMITS.domain + 100}
            value={values.domain}
            placeholder="acme-health.com"
            {...invalid(errors, 'domain')}
          />
          <FieldError id="domain" errors={errors} />
        </p>
        <p>
          <label for="about">About (Markdown)</label>
          <textarea id="about" name="about" rows={5} maxLength={LIMITS.about} {...invalid(errors, 'about')}>
            {values.about}
          </textarea>
          <FieldError id="about" errors={errors} />
        </p>
        {organization?.logoUploadId && logoUrl ? (
          <p>
            <img src={logoUrl} alt={`${organization.name} logo`} width={64} height={64} />{' '}
            <label>
              <input type="checkbox" name="removeLogo" value="true" /> Remove the logo
            </label>
          </p>
        ) : null}
        <p>
          <label for="logo">Logo (PNG or JPEG, at most 1 MB)</label>
          <input id="logo" name="logo" type="file" accept="image/png,image/jpeg" {...invalid(errors, 'logo')} />
          <FieldError id="logo" errors={errors} />
        </p>
        <button type="submit">Save the profile</button>
      </form>
    </section>
  );
}

/** The page of a domain verification link: the domain now verified, or why the link did nothing. */
export function VerifyDomainPage(props: { domain?: string; organization?: string; error?: string }) {
  return (
    <section class="employer careers">
      <h1>Verify the website domain</h1>
      {props.error ? (
        <Problem message={props.error} />
      ) : (
        <Notice
          message={`${props.domain} is verified for ${props.organization}: its postings show the domain as verified.`}
        />
      )}
      <p>
        <a href="/employer">My jobs</a>
      </p>
    </section>
  );
}
