// CareerCenter's job alerts on the web: the "Save this search" button the /jobs page drops in (SaveSearchButton),
// the signed-in user's saved searches with their delete buttons (AlertsPage), and the unsubscribe page a digest
// mail links to (UnsubscribePage: a confirmation with one button, then what was removed). Every form of a signed-in
// user carries the CSRF token; the unsubscribe form needs none, since the signed token in its URL is the authority.
import {
  ALERT_PATHS,
  type JobFilters,
  SAVED_SEARCH_NAME_MAX,
  SAVED_SEARCHES_MAX,
  type SavedFilters,
  type SavedSearch,
  savedFiltersOf,
  savedSearchPath,
} from '../../../careers/index.js';
import { Csrf } from '../../views/csrf.js';

export interface SaveSearchButtonProps {
  /** the /jobs page's filters as read (JobSearchResult.filters), or already in URL form */
  filters: JobFilters | SavedFilters;
  /** the visitor's CSRF token when signed in; a guest gets a link to log in and come back */
  csrf: string | undefined;
  /** what was typed as the name, shown again when the save was refused */
  name?: string;
}

function urlFilters(filters: JobFilters | SavedFilters): SavedFilters {
  return 'pageSize' in filters ? savedFiltersOf(filters as JobFilters) : (filters as SavedFilters);
}

/** "Save this search": the current filters as hidden fields and an optional name, posted to /jobs/alerts. */
export function SaveSearchButton({ filters, csrf, name }: SaveSearchButtonProps) {
  const saved = urlFilters(filters);
  if (!csrf) {
    const next = encodeURIComponent(savedSearchPath(saved));
    return (
      <p class="save-search">
        <a href={`/login?next=${next}`}>Log in to save this search</a> and get new matching jobs by mail once a day.
      </p>
    );
  }
  return (
    <form class="save-search" action={ALERT_PATHS.alerts} method="post">
      <Csrf token={csrf} />
      {Object.entries(saved).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label for="save-search-name">Name (optional)</label>{' '}
      <input
        id="save-search-name"
        name="name"
        type="text"
        maxLength={SAVED_SEARCH_NAME_MAX}
        placeholder="e.g. Remote CPC-A jobs"
        value={name ?? ''}
      />{' '}
      <button type="submit">Save this search</button>
      <small> New matching jobs are mailed to you once a day.</small>
    </form>
  );
}

export interface AlertsPageProps {
  csrf: string;
  searches: SavedSearch[];
  notice?: string;
  error?: string;
  /** a refused save, shown again to correct and send: its filters and the name typed */
  retry?: { filters: SavedFilters; name?: string };
}

function filterWords(filters: SavedFilters): string {
  const parts = Object.entries(filters).map(([k, v]) => `${k}: ${v}`);
  return parts.length > 0 ? parts.join(' · ') : 'all jobs';
}

export function AlertsPage({ csrf, searches, notice, error, retry }: AlertsPageProps) {
  return (
    <section class="form-page">
      <h1>Your saved job searches</h1>
      <p>
        Once a day, the new jobs matching your saved searches are mailed to you in one message — nothing when there is
        nothing new. Each mail has a link to stop it. You can keep up to {SAVED_SEARCHES_MAX} searches; save one from
        the <a href="/jobs">job search</a>.
      </p>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {retry ? (
        <SaveSearchButton filters={retry.filters} csrf={csrf} {...(retry.name ? { name: retry.name } : {})} />
      ) : null}
      {searches.length === 0 ? (
        <p>You have no saved searches.</p>
      ) : (
        <ul class="saved-searches">
          {searches.map((s) => (
            <li key={s.id}>
              <a href={s.path}>{s.name}</a> <small>({filterWords(s.filters)})</small>{' '}
              <form class="inline" action={`${ALERT_PATHS.alerts}/${encodeURIComponent(s.id)}/delete`} method="post">
                <Csrf token={csrf} />
                <button type="submit" class="secondary" aria-label={`Delete the saved search ${s.name}`}>
                  Delete
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface UnsubscribePageProps {
  /** the token as it came in the link */
  token: string;
  /** the saved searches the link stops (before) or stopped (after) */
  names: string[];
  all: boolean;
  done: boolean;
}

export function UnsubscribePage({ token, names, all, done }: UnsubscribePageProps) {
  const list =
    names.length > 0 ? (
      <ul>
        {names.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    ) : null;
  if (done)
    return (
      <section class="form-page">
        <h1>Unsubscribed</h1>
        {names.length > 0 ? (
          <>
            <p role="status">These saved searches are removed; their job alerts stop:</p>
            {list}
          </>
        ) : (
          <p role="status">There was nothing left to remove: this alert was stopped already.</p>
        )}
        <p>
          <a href={ALERT_PATHS.alerts}>Your saved searches</a> · <a href="/jobs">Search jobs</a>
        </p>
      </section>
    );
  return (
    <section class="form-page">
      <h1>Stop job alert mails</h1>
      {names.length === 0 ? (
        <p>This alert was stopped already; there is nothing to remove.</p>
      ) : (
        <>
          <p>
            {all
              ? 'Remove all your saved job searches and stop their daily mail:'
              : 'Remove this saved search and stop its daily mail:'}
          </p>
          {list}
          <form action={ALERT_PATHS.unsubscribe(token)} method="post">
            <button type="submit">Unsubscribe</button>
          </form>
        </>
      )}
    </section>
  );
}
