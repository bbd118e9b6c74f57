// /employer/jobs/{id}/applications: a posting's applicants with their status (a select posted with its CSRF token;
// the applicant is mailed on a change), the résumé download (served only to the employer, admins and the applicant),
// the cover note and answers, notes, and the CSV export.
import { Fragment } from 'preact';
import {
  APPLICATION_STATUSES,
  FINAL_APPLICATION_STATUSES,
  type JobDocument,
  LIMITS,
  type ReviewedApplication,
} from '../../../careers/index.js';
import { Csrf } from '../../views/csrf.js';
import { statusWords } from './view-apply.js';
import { dayText, Notice, Problem } from './view-common.js';

function Applicant({ a, csrf }: { a: ReviewedApplication; csrf: string }) {
  const id = encodeURIComponent(a.id);
  const final = FINAL_APPLICATION_STATUSES.includes(a.status);
  return (
    <li class="applicant" data-application={a.id}>
      <h2>{a.applicant.email}</h2>
      <p class="label">
        Applied {dayText(a.createdAt)} · <span class="status">{statusWords(a.status)}</span> ·{' '}
        <a href={`/jobs/applications/${id}/resume`}>Download the résumé</a>
      </p>
      {final ? (
        <p>This application is {a.status}: its status is final.</p>
      ) : (
        <form class="inline" method="post" action={`/employer/applications/${id}/status`}>
          <Csrf token={csrf} />
          <label for={`status-${a.id}`}>Status</label>{' '}
          <select id={`status-${a.id}`} name="status">
            {APPLICATION_STATUSES.map((s) => (
              <option key={s} value={s} selected={a.status === s}>
                {s}
              </option>
            ))}
          </select>{' '}
          <button type="submit">Set status</button>
        </form>
      )}
      {a.coverNote ? (
        <>
          <h3>Cover note</h3>
          <p class="pre">{a.coverNote}</p>
        </>
      ) : null}
      {a.answers.length > 0 ? (
        <dl>
          {a.answers.map((x, i) => (
            <Fragment key={String(i)}>
              <dt>{x.question}</dt>
              <dd>{x.answer || '—'}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      <h3>Notes</h3>
      {a.notes.length === 0 ? <p class="label">No notes.</p> : null}
      <ul>
        {a.notes.map((n) => (
          <li key={n.id}>
            <span class="label">{dayText(n.createdAt)}:</span> {n.body}
          </li>
        ))}
      </ul>
      <form method="post" action={`/employer/applications/${id}/notes`}>
        <Csrf token={csrf} />
        <label for={`note-${a.id}`}>Add a note (only you and admins see notes)</label>
        <textarea id={`note-${a.id}`} name="body" rows={2} maxLength={LIMITS.note} required />
        <button type="submit">Add the note</button>
      </form>
    </li>
  );
}

export function ApplicantsPage({
  job,
  applications,
  csrf,
  notice,
  error,
}: {
  job: JobDocument;
  applications: ReviewedApplication[];
  csrf: string;
  notice?: string;
  error?: string;
}) {
  const id = encodeURIComponent(job.id);
  return (
    <section class="applicants careers">
      <h1>Applicants: {job.title}</h1>
      <p>
        <a href="/employer">Back to my jobs</a> ·{' '}
        <a href={`/employer/jobs/${id}/applications.csv`} download>
          Export as CSV
        </a>
      </p>
      <Notice message={notice} />
      <Problem message={error} />
      {applications.length === 0 ? (
        <p>No applications yet.</p>
      ) : (
        <ul class="applicant-list">
          {applications.map((a) => (
            <Applicant key={a.id} a={a} csrf={csrf} />
          ))}
        </ul>
      )}
    </section>
  );
}
