// /jobs: the search form (a GET form, so every filter is in the URL and a search is a link), each filter value with
// the number of jobs it would give (the domain's facet counts: the other filters kept), the results as cards, and
// the pages. Works without JavaScript.
import {
  ALERT_PATHS,
  type Choices,
  CODE_SET_CHOICES,
  CREDENTIAL_CHOICES,
  EXPERIENCE_LEVEL_CHOICES,
  type FacetCount,
  type FacetName,
  type JobDocument,
  type JobFilters,
  type JobSearchResult,
  PAGE_SIZE_DEFAULT,
  POSTED_WITHIN_DAYS,
  SETTING_CHOICES,
  SPECIALTY_CHOICES,
  US_STATE_CHOICES,
} from '../../../careers/index.js';
import { SaveSearchButton } from './view-alerts.js';
import { dayText, payRange, whereText } from './view-common.js';

/** The URL of a search: the filters that differ from the defaults, in a stable order. */
export function searchUrl(f: JobFilters, changes: Partial<JobFilters> = {}): string {
  const all = { ...f, ...changes };
  const params = new URLSearchParams();
  if (all.q) params.set('q', all.q);
  for (const key of ['state', 'credential', 'setting', 'specialty', 'codeSet', 'experienceLevel'] as const) {
    const v = all[key];
    if (v) params.set(key, v);
  }
  if (all.remote) params.set('remote', 'true');
  if (all.apprenticeWelcome) params.set('apprenticeWelcome', 'true');
  if (all.salaryMin !== undefined) params.set('salaryMin', String(all.salaryMin));
  if (all.salaryMin !== undefined || all.salaryPeriod !== 'year') params.set('salaryPeriod', all.salaryPeriod);
  if (all.postedWithinDays !== undefined) params.set('postedWithinDays', String(all.postedWithinDays));
  if (all.sort !== 'newest') params.set('sort', all.sort);
  if (all.pageSize !== PAGE_SIZE_DEFAULT) params.set('pageSize', String(all.pageSize));
  if (all.page > 1) params.set('page', String(all.page));
  const query = params.toString();
  return query ? `/jobs?${query}` : '/jobs';
}

const countOf = (counts: FacetCount[] | undefined, value: string) => counts?.find((c) => c.value === value)?.count ?? 0;

function ChoiceFilter({
  name,
  label,
  choices,
  chosen,
  counts,
  anyLabel,
}: {
  name: FacetName;
  label: string;
  choices: Choices;
  chosen: string | undefined;
  counts: FacetCount[] | undefined;
  anyLabel: string;
}) {
  return (
    <p>
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">{anyLabel}</option>
        {choices.map(([value, text]) => (
          <option key={value} value={value} selected={chosen === value}>
            {`${text} (${countOf(counts, value)})`}
          </option>
        ))}
      </select>
    </p>
  );
}

function FlagFilter({
  name,
  label,
  on,
  counts,
}: {
  name: FacetName;
  label: string;
  on: boolean;
  counts?: FacetCount[];
}) {
  return (
    <p>
      <label>
        <input type="checkbox" name={name} value="true" checked={on} /> {`${label} (${countOf(counts, 'true')})`}
      </label>
    </p>
  );
}

function SearchForm({ result }: { result: JobSearchResult }) {
  const f = result.filters;
  const facets = result.facets;
  const salarySteps = facets.salaryMin ?? [];
  return (
    <form class="job-filters" action="/jobs" method="get" aria-label="Search jobs">
      <p>
        <label for="f-q">Keywords</label>
        <input id="f-q" name="q" type="search" maxLength={200} value={f.q} placeholder="title, organization, skill" />
      </p>
      <ChoiceFilter
        name="state"
        label="State"
        choices={US_STATE_CHOICES}
        chosen={f.state}
        counts={facets.state}
        anyLabel="Any state"
      />
      <FlagFilter name="remote" label="Remote only" on={f.remote} counts={facets.remote} />
      <p class="hint">Remote only with a state: remote jobs open to people living in that state.</p>
      <ChoiceFilter
        name="credential"
        label="Credential I hold"
        choices={CREDENTIAL_CHOICES}
        chosen={f.credential}
        counts={facets.credential}
        anyLabel="Any credential"
      />
      <ChoiceFilter
        name="setting"
        label="Setting"
        choices={SETTING_CHOICES}
        chosen={f.setting}
        counts={facets.setting}
        anyLabel="Any setting"
      />
      <ChoiceFilter
        name="specialty"
        label="Specialty"
        choices={SPECIALTY_CHOICES}
        chosen={f.specialty}
        counts={facets.specialty}
        anyLabel="Any specialty"
      />
      <ChoiceFilter
        name="codeSet"
        label="Code set"
        choices={CODE_SET_CHOICES}
        chosen={f.codeSet}
        counts={facets.codeSet}
        anyLabel="Any code set"
      />
      <ChoiceFilter
        name="experienceLevel"
        label="Experience level"
        choices={EXPERIENCE_LEVEL_CHOICES}
        chosen={f.experienceLevel}
        counts={facets.experienceLevel}
        anyLabel="Any level"
      />
      <FlagFilter
        name="apprenticeWelcome"
        label="Apprentices / new graduates welcome"
        on={f.apprenticeWelcome}
        counts={facets.apprenticeWelcome}
      />
      <fieldset>
        <legend>Pay at least</legend>
        <label for="f-salaryMin" class="visually-hidden">
          Minimum pay
        </label>
        <select id="f-salaryMin" name="salaryMin">
          <option value="">Any pay</option>
          {salarySteps.map(({ value, count }) => (
            <option key={value} value={value} selected={String(f.salaryMin ?? '') === value}>
              {`$${Number(value).toLocaleString('en-US')} (${count})`}
            </option>
          ))}
        </select>{' '}
        <label for="f-salaryPeriod" class="visually-hidden">
          Pay period
        </label>
        <select id="f-salaryPeriod" name="salaryPeriod">
          <option value="year" selected={f.salaryPeriod === 'year'}>
            a year
          </option>
          <option value="hour" selected={f.salaryPeriod === 'hour'}>
            an hour
          </option>
        </select>
      </fieldset>
      <p>
        <label for="f-postedWithinDays">Posted within</label>
        <select id="f-postedWithinDays" name="postedWithinDays">
          <option value="">Any time</option>
          {POSTED_WITHIN_DAYS.map((d) => (
            <option key={d} value={String(d)} selected={f.postedWithinDays === d}>
              {`${d === 1 ? 'a day' : `${d} days`} (${countOf(facets.postedWithinDays, String(d))})`}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="f-sort">Sort by</label>
        <select id="f-sort" name="sort">
          <option value="newest" selected={f.sort === 'newest'}>
            Newest
          </option>
          <option value="salary" selected={f.sort === 'salary'}>
            Pay, highest first
          </option>
        </select>
      </p>
      {f.pageSize !== PAGE_SIZE_DEFAULT ? <input type="hidden" name="pageSize" value={String(f.pageSize)} /> : null}
      <button type="submit">Search jobs</button> <a href="/jobs">Clear filters</a>
    </form>
  );
}

export function JobCard({ job }: { job: JobDocument }) {
  return (
    <li class="job-card">
      <h2>
        <a href={`/jobs/${encodeURIComponent(job.id)}`}>{job.title}</a>
      </h2>
      <p>
        <strong>{job.organization}</strong> · {whereText(job)}
      </p>
      <p>
        <strong>{payRange(job)}</strong>
        {job.apprenticeWelcome ? (
          <>
            {' '}
            <span class="badge">Apprentices welcome</span>
          </>
        ) : null}
      </p>
      {job.credentials.length > 0 ? <p class="label">Credentials: {job.credentials.join(', ')}</p> : null}
      {job.postedAt ? <p class="label">Posted {dayText(job.postedAt)}</p> : null}
    </li>
  );
}

function Pages({ result }: { result: JobSearchResult }) {
  const last = Math.max(1, Math.ceil(result.total / result.pageSize));
  if (last <= 1) return null;
  const f = result.filters;
  return (
    <nav aria-label="Result pages" class="pages">
      {f.page > 1 ? (
        <a rel="prev" href={searchUrl(f, { page: f.page - 1 })}>
          Previous page
        </a>
      ) : null}{' '}
      <span>
        Page {f.page} of {last}
      </span>{' '}
      {f.page < last ? (
        <a rel="next" href={searchUrl(f, { page: f.page + 1 })}>
          Next page
        </a>
      ) : null}
    </nav>
  );
}

export function JobSearchPage({
  result,
  signedIn,
  csrf,
}: {
  result: JobSearchResult;
  signedIn: boolean;
  /** the signed-in visitor's CSRF token, for "Save this search" (a guest gets a link to log in) */
  csrf: string | undefined;
}) {
  return (
    <section class="jobs careers">
      <h1>CareerCenter: medical coding jobs</h1>
      <p>
        Every posting shows its pay range. Filter by what matters to a coder: credential, setting, remote state and real
        entry level.{' '}
        {signedIn ? <a href="/jobs/applications">My applications</a> : <a href="/login?next=/jobs">Log in</a>}
      </p>
      <SearchForm result={result} />
      <h2 class="count" aria-live="polite">
        {result.total === 1 ? '1 job' : `${result.total} jobs`}
      </h2>
      {result.jobs.length === 0 ? (
        <p>No open job matches these filters. Try removing one; each value shows how many jobs it would give.</p>
      ) : (
        <ul class="job-list">
          {result.jobs.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </ul>
      )}
      <Pages result={result} />
      <SaveSearchButton filters={result.filters} csrf={csrf} />
      {signedIn ? (
        <p>
          <a href={ALERT_PATHS.alerts}>My saved searches</a>
        </p>
      ) : null}
    </section>
  );
}
