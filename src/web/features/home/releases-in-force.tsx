// The home page's "Releases in force": each code system's release on today's date (the app's clock), and a plain
// notice for each system whose loaded releases all ended before today, with the day it ended and how to load newer
// files (the catalog's codeListsOnDate words it).
import type { CodeListOnDate } from '../../../catalog/index.js';

export function ReleasesInForce({ lists, today }: { lists: readonly CodeListOnDate[]; today: string }) {
  const stale = lists.filter((l) => l.status === 'stale' && l.pastNewest);
  return (
    <section id="releases" aria-labelledby="releases-h">
      <h2 id="releases-h">Releases in force</h2>
      <p>On {today} (today):</p>
      {stale.length > 0 ? (
        <div class="warning stale-notice" role="status">
          {stale.map((l) => (l.status === 'stale' ? <p key={l.system}>{l.notice}</p> : null))}
        </div>
      ) : null}
      <ul>
        {lists.map((l) => (
          <li key={l.system}>
            {l.release.title} ({l.release.effectiveFrom} to {l.release.effectiveTo})
            {l.status === 'stale' ? ` — ended on ${l.release.effectiveTo}; no loaded release covers today` : ''}
            {l.status === 'not-yet'
              ? ` — not in force until ${l.release.effectiveFrom}; no loaded release covers today`
              : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
