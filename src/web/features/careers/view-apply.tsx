// Applying on CodeDesk: the form (a multipart upload: the CSRF token first, the text fields, the résumé last so the
// text is read before the file), the page it stands on for a refused application (what was typed kept, each problem
// beside its field), the page after sending, and the applicant's own applications with a withdraw button.
import type { ApplicationView, JobDocument } from '../../../careers/index.js';
import { LIMITS } from '../../../careers/index.js';
import { Csrf } from '../../views/csrf.js';
import { dayText, FieldError, type FieldErrors, invalid, Notice, Problem } from './view-common.js';

export interface ApplyValues {
  coverNote: string;
  answers: string[];
}

export const APPLY_FIELD = { resume: 'resume', coverNote: 'coverNote', answer: (i: number) => `answer.${i}` } as const;

export function ApplyForm({
  job,
  csrf,
  values,
  errors,
}: {
  job: JobDocument;
  csrf: string;
  values: ApplyValues;
  errors: FieldErrors;
}) {
  return (
    <form
      class="apply-form"
      action={`/jobs/${encodeURIComponent(job.id)}/apply`}
      method="post"
      enctype="multipart/form-data"
    >
      <Csrf token={csrf} />
      <p>
        <label for="coverNote">Cover note (optional)</label>
        <textarea
          id="coverNote"
          name="coverNote"
          rows={6}
          maxLength={LIMITS.coverNote}
          {...invalid(errors, 'coverNote')}
        >
          {values.coverNote}
        </textarea>
        <FieldError id="coverNote" errors={errors} />
      </p>
      {job.screeningQuestions.map((q, i) => {
        const id = `answer-${i}`;
        const field = `answers[${i}]`;
        return (
          <p key={id}>
            <label for={id}>
              {q.question}
              {q.required ? ' (required)' : ' (optional)'}
            </label>
            <textarea
              id={id}
              name={APPLY_FIELD.answer(i)}
              rows={3}
              maxLength={LIMITS.answer}
              required={q.required}
              {...invalid(errors, field, id)}
            >
              {values.answers[i] ?? ''}
            </textarea>
            <FieldError id={id} field={field} errors={errors} />
          </p>
        );
      })}
      <p>
        <label for="resume">Résumé (PDF or Word .docx, at most 5 MB)</label>
        <input
          id="resume"
          name="resume"
          type="file"
          required
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          {...invalid(errors, 'resume')}
        />
        <FieldError id="resume" errors={errors} />
        {Object.keys(errors).length > 0 ? (
          <span class="hint"> Choose the file again: a browser never keeps it.</span>
        ) : null}
      </p>
      <button type="submit">Send application</button>
    </form>
  );
}

export function ApplyPage(props: {
  job: JobDocument;
  csrf: string;
  values: ApplyValues;
  errors: FieldErrors;
  error?: string;
}) {
  return (
    <section class="form-page careers">
      <h1>Apply: {props.job.title}</h1>
      <p>
        <a href={`/jobs/${encodeURIComponent(props.job.id)}`}>Back to the posting</a> · {props.job.organization}
      </p>
      <Problem message={props.error} />
      <ApplyForm job={props.job} csrf={props.csrf} values={props.values} errors={props.errors} />
    </section>
  );
}

export function AppliedPage({ application }: { application: ApplicationView }) {
  return (
    <section class="careers">
      <h1>Application sent</h1>
      <p role="status">
        Your application to “{application.jobTitle}” at {application.organization} was sent. The employer sees your
        résumé, cover note and answers; you are mailed when its status changes.
      </p>
      <p>
        Status: <strong>{statusWords(application.status)}</strong> ·{' '}
        <a href={`/jobs/applications/${encodeURIComponent(application.id)}/resume`}>Your résumé</a>
      </p>
      <p>
        <a href="/jobs/applications">My applications</a> · <a href="/jobs">More jobs</a>
      </p>
    </section>
  );
}

const STATUS_WORDS: Record<string, string> = {
  new: 'Sent',
  reviewing: 'Being reviewed',
  interview: 'Interview',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Not selected',
  withdrawn: 'Withdrawn',
};

export const statusWords = (status: string): string => STATUS_WORDS[status] ?? status;

export function MyApplicationsPage({
  applications,
  csrf,
  notice,
  error,
}: {
  applications: ApplicationView[];
  csrf: string;
  notice?: string;
  error?: string;
}) {
  return (
    <section class="careers">
      <h1>My applications</h1>
      <Notice message={notice} />
      <Problem message={error} />
      {applications.length === 0 ? (
        <p>
          You have not applied to any job yet. <a href="/jobs">Find a job</a>
        </p>
      ) : (
        <table class="applications">
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Organization</th>
              <th scope="col">Sent</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {applications.map((a) => (
              <tr key={a.id} data-application={a.id}>
                <td>
                  <a href={`/jobs/${encodeURIComponent(a.jobId)}`}>{a.jobTitle}</a>
                </td>
                <td>{a.organization}</td>
                <td>{dayText(a.createdAt)}</td>
                <td class="status">{statusWords(a.status)}</td>
                <td>
                  {['new', 'reviewing', 'interview', 'offer'].includes(a.status) ? (
                    <form
                      class="inline"
                      method="post"
                      action={`/jobs/applications/${encodeURIComponent(a.id)}/withdraw`}
                    >
                      <Csrf token={csrf} />
                      <button type="submit" aria-label={`Withdraw the application to ${a.jobTitle}`}>
                        Withdraw
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
