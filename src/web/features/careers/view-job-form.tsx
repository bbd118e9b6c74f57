// The employer's job form: every field of a posting, each problem of a refused save beside its field (the domain's
// honesty rules say what is wrong and how to fix it), the input kept, and two buttons: save as draft, or publish.
import {
  APPLICATION_METHOD_CHOICES,
  CLOSING_DAYS_DEFAULT,
  CLOSING_DAYS_MAX,
  CODE_SET_CHOICES,
  CREDENTIAL_CHOICES,
  EMPLOYMENT_TYPE_CHOICES,
  ENTRY_LEVEL_MAX_MONTHS,
  EXPERIENCE_LEVEL_CHOICES,
  LIMITS,
  SETTING_CHOICES,
  SPECIALTY_CHOICES,
  US_STATE_CHOICES,
  WORK_ARRANGEMENT_CHOICES,
} from '../../../careers/index.js';
import { Csrf } from '../../views/csrf.js';
import { type JobFormValues, QUESTION_ROWS } from './page-job-form.js';
import { FieldError, type FieldErrors, invalid, Problem } from './view-common.js';
import { Boxes, Select, TextField } from './view-form-fields.js';

export interface JobFormPageProps {
  csrf: string;
  values: JobFormValues;
  errors: FieldErrors;
  error?: string;
  /** undefined for a new posting */
  jobId?: string;
  /** the employer has no organization profile yet: the form asks for its name */
  askOrganization: boolean;
  /** the posting is a draft (or new): it can be published from here */
  canPublish: boolean;
}

export function JobFormPage(props: JobFormPageProps) {
  const { values: v, errors, jobId } = props;
  const action = jobId ? `/employer/jobs/${encodeURIComponent(jobId)}` : '/employer/jobs';
  const questions = [...v.questions];
  while (questions.length < Math.min(QUESTION_ROWS, Math.max(3, v.questions.length + 1)))
    questions.push({ question: '', required: true });
  return (
    <section class="form-page job-form careers">
      <h1>{jobId ? `Edit: ${v.title || 'job posting'}` : 'Post a job'}</h1>
      <p>
        <a href="/employer">Back to my jobs</a>
      </p>
      <Problem message={props.error} />
      <form action={action} method="post">
        <Csrf token={props.csrf} />
        {props.askOrganization ? (
          <TextField
            id="organization"
            label="Organization name"
            value={v.organization}
            errors={errors}
            max={LIMITS.organizationName}
            hint="Or fill in your organization profile first."
          />
        ) : null}
        <TextField id="title" label="Job title" value={v.title} errors={errors} max={LIMITS.title} required />
        <p>
          <label for="description">Description (Markdown)</label>
          <textarea
            id="description"
            name="description"
            rows={10}
            maxLength={LIMITS.description}
            required
            {...invalid(errors, 'description')}
          >
            {v.description}
          </textarea>
          <FieldError id="description" errors={errors} />
        </p>
        <Boxes
          name="workArrangement"
          legend="Work arrangement"
          choices={WORK_ARRANGEMENT_CHOICES}
          chosen={[v.workArrangement]}
          errors={errors}
          radio
        />
        <TextField id="city" label="City" value={v.city} errors={errors} max={LIMITS.city} field="location.city" />
        <Select
          id="state"
          label="State"
          choices={US_STATE_CHOICES}
          value={v.state}
          errors={{ ...errors, 'location.state': errors['location.state'] ?? errors.location ?? '' }}
          field="location.state"
          blank="—"
        />
        <fieldset class="boxes" {...invalid(errors, 'remoteStates')}>
          <legend>Remote: states where applicants may live</legend>
          <label>
            <input type="checkbox" name="remoteAll" value="true" checked={v.remoteAll} /> Any US state
          </label>
          {US_STATE_CHOICES.map(([code, name]) => (
            <label key={code}>
              <input type="checkbox" name="remoteStates" value={code} checked={v.remoteStates.includes(code)} /> {name}
            </label>
          ))}
          <FieldError id="remoteStates" errors={errors} />
        </fieldset>
        <Select
          id="employmentType"
          label="Employment type"
          choices={EMPLOYMENT_TYPE_CHOICES}
          value={v.employmentType}
          errors={errors}
        />
        <Select
          id="setting"
          label="Setting"
          choices={SETTING_CHOICES}
          value={v.setting}
          errors={errors}
          blank="Choose…"
        />
        <Boxes
          name="specialties"
          legend="Specialties"
          choices={SPECIALTY_CHOICES}
          chosen={v.specialties}
          errors={errors}
        />
        <Boxes name="codeSets" legend="Code sets used" choices={CODE_SET_CHOICES} chosen={v.codeSets} errors={errors} />
        <Boxes
          name="credentials"
          legend="Credentials accepted (any one qualifies)"
          choices={CREDENTIAL_CHOICES}
          chosen={v.credentials}
          errors={errors}
        />
        <Select
          id="experienceLevel"
          label="Experience level"
          choices={EXPERIENCE_LEVEL_CHOICES}
          value={v.experienceLevel}
          errors={errors}
          blank="Choose…"
        />
        <TextField
          id="experienceMonths"
          label="Months of experience required"
          value={v.experienceMonths}
          errors={errors}
          type="number"
          hint={`Entry-level and apprentice-welcome postings ask at most ${ENTRY_LEVEL_MAX_MONTHS}.`}
        />
        <p>
          <label>
            <input
              type="checkbox"
              name="apprenticeWelcome"
              value="true"
              checked={v.apprenticeWelcome}
              {...invalid(errors, 'apprenticeWelcome')}
            />{' '}
            Apprentices and new graduates (CPC-A, CCA) welcome
          </label>
          <FieldError id="apprenticeWelcome" errors={errors} />
        </p>
        <fieldset>
          <legend>Pay range (required)</legend>
          <TextField id="salaryMin" label="From ($)" value={v.salaryMin} errors={errors} required />
          <TextField id="salaryMax" label="To ($)" value={v.salaryMax} errors={errors} required />
          <Select
            id="salaryPeriod"
            label="Per"
            choices={[
              ['year', 'year'],
              ['hour', 'hour'],
            ]}
            value={v.salaryPeriod}
            errors={errors}
          />
        </fieldset>
        <Boxes
          name="applicationMethod"
          legend="How people apply"
          choices={APPLICATION_METHOD_CHOICES}
          chosen={[v.applicationMethod]}
          errors={errors}
          radio
        />
        <TextField
          id="applicationTarget"
          label="Application address (web address or email, when not on CodeDesk)"
          value={v.applicationTarget}
          errors={errors}
          max={LIMITS.applicationUrl}
        />
        <TextField
          id="closingDate"
          label="Closing date"
          value={v.closingDate}
          errors={errors}
          type="date"
          hint={`At most ${CLOSING_DAYS_MAX} days ahead; left empty, ${CLOSING_DAYS_DEFAULT} days after publishing.`}
        />
        <fieldset {...invalid(errors, 'screeningQuestions')}>
          <legend>Screening questions (optional)</legend>
          <FieldError id="screeningQuestions" errors={errors} />
          {questions.map((q, i) => {
            const id = `question.${i}`;
            const field = `screeningQuestions[${i}]`;
            return (
              <p key={id}>
                <label for={id}>Question {i + 1}</label>
                <input
                  id={id}
                  name={id}
                  type="text"
                  value={q.question}
                  maxLength={LIMITS.screeningQuestion}
                  {...invalid(errors, field, id)}
                />{' '}
                <label>
                  <input type="checkbox" name={`required.${i}`} value="true" checked={q.required} /> required
                </label>
                <FieldError id={id} field={field} errors={errors} />
              </p>
            );
          })}
        </fieldset>
        <p>
          <button type="submit" name="action" value="draft">
            Save as draft
          </button>{' '}
          {props.canPublish ? (
            <button type="submit" name="action" value="publish">
              Save and publish
            </button>
          ) : null}
        </p>
      </form>
    </section>
  );
}
