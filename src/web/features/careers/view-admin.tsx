// /admin/jobs: the postings waiting for an admin (an employer's first, or one unpublished before), oldest first,
// each with approve, and unpublish with a reason (mailed to its employer).
import { type JobDocument, LIMITS } from '../../../careers/index.js';
import { Csrf } from '../../views/csrf.js';
import { dayText, Notice, Problem, payRange, whereText } from './view-common.js';

export function ModerationPage({
  jobs,
  csrf,
  notice,
  error,
}: {
  jobs: JobDocument[];
  csrf: string;
  notice?: string;
  error?: string;
}) {
  return (
    <section class="moderation careers">
      <h1>Job postings waiting for approval</h1>
      <Notice message={notice} />
      <Problem message={error} />
      {jobs.length === 0 ? <p>Nothing is waiting.</p> : null}
      <ul>
        {jobs.map((job) => {
          const id = encodeURIComponent(job.id);
          return (
            <li key={job.id} data-job={job.id}>
              <h2>
                <a href={`/jobs/${id}`}>{job.title}</a>
              </h2>
              <p>
                {job.organization}
                {job.organizationDomain ? ` (${job.organizationDomain})` : ''} · {whereText(job)} · {payRange(job)} ·
                sent {dayText(job.updatedAt)}
              </p>
              {job.applicationDomain && !job.applicationDomain.matches ? (
                <p class="warning">
                  Applications go to {job.applicationDomain.applicationDomain}, not the organization's domain.
                </p>
              ) : null}
              <form class="inline" method="post" action={`/admin/jobs/${id}/approve`}>
                <Csrf token={csrf} />
                <button type="submit">Approve</button>
              </form>
              <form method="post" action={`/admin/jobs/${id}/unpublish`}>
                <Csrf token={csrf} />
                <label for={`reason-${job.id}`}>Reason (mailed to the employer)</label>
                <textarea id={`reason-${job.id}`} name="reason" rows={2} maxLength={LIMITS.unpublishReason} required />
                <button type="submit">Unpublish</button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
