// The code page's dates: the date of service it is shown for (a date picker to choose another), the plain notice
// when no loaded release covers that date, and the code history with what changed in each loaded release and the
// years not loaded. The catalog decides (lookupOnDate, codeHistory, releaseGaps); this only says it.
import type { AddendaEntry, CodeHistoryEntry, ReleaseGap } from '../../../catalog/index.js';
import { codePath } from '../../paths.js';

export interface CodeDates {
  /** the date of service the page is for */
  date: string;
  /** the reader chose it (?date=); otherwise it is today */
  chosen: boolean;
  /** the release.stale notice when no loaded release covers the date */
  staleNotice?: string;
  /** the stretches between loaded releases of the system that none covers */
  gaps: readonly ReleaseGap[];
}

/** The date the page is for, the form to choose another, and the stale-release notice. */
export function DateOfService({ system, code, dates }: { system: string; code: string; dates: CodeDates }) {
  return (
    <section id="date-of-service" aria-label="Date of service">
      <form class="date-of-service" action={codePath(system, code)} method="get">
        <label for="dos">Date of service</label> <input id="dos" name="date" type="date" value={dates.date} required />{' '}
        <button type="submit">Show this date</button>{' '}
        {dates.chosen ? <a href={codePath(system, code)}>Today</a> : <span>(today)</span>}
      </form>
      {dates.staleNotice ? (
        <p class="warning stale-notice" role="status">
          {dates.staleNotice}
        </p>
      ) : null}
    </section>
  );
}

const CHANGE_WORDS: Record<CodeHistoryEntry['change'], string> = {
  listed: 'in this release (the oldest loaded)',
  added: 'added',
  revised: 'revised',
  unchanged: 'unchanged',
  deleted: 'deleted',
  absent: 'not in this release',
};

function Change({ h, system }: { h: CodeHistoryEntry; system: string }) {
  const billable = h.present ? (h.billable ? 'billable' : 'not billable') : null;
  return (
    <>
      <strong>{CHANGE_WORDS[h.change]}</strong>
      {billable ? `, ${billable}` : ''}
      {h.change === 'revised' && h.previousTitle !== undefined ? (
        <>
          : title was “{h.previousTitle}”, now “{h.codeTitle}”
        </>
      ) : null}
      {h.billableChanged ? ` (was ${h.billable ? 'not billable' : 'billable'})` : ''}
      {h.change === 'deleted' ? (
        h.replacedBy && h.replacedBy.length > 0 ? (
          <>
            ; replaced by{' '}
            {h.replacedBy.map((r, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a key={r} href={codePath(system, r)}>
                  {r}
                </a>
              </>
            ))}
          </>
        ) : (
          '; the loaded files name no replacement'
        )
      ) : null}
    </>
  );
}

const ADDENDA_WORDS: Record<AddendaEntry['action'], string> = {
  add: 'added',
  delete: 'deleted',
  revise: 'revised',
};

/** What the release's addenda say of the code, each change cited by file and line; or that they are silent. */
function AddendaSay({ h }: { h: CodeHistoryEntry }) {
  if (!h.addenda) return null;
  const { file, changes } = h.addenda;
  if (changes.length === 0) {
    return h.changedInUnloadedRelease ? (
      <span class="addenda">
        {' '}
        — this year's addenda do not list it, so the change came in a release between that is not loaded (
        <span class="source">{file}</span>)
      </span>
    ) : null;
  }
  return (
    <ul class="addenda">
      {changes.map((c) => (
        <li key={c.line}>
          This year's addenda: {ADDENDA_WORDS[c.action]}
          {c.billable === undefined ? '' : c.billable ? ' as a billable code' : ' as a header'}
          {c.action === 'revise' && c.previousTitle !== undefined ? (
            <>
              {' '}
              from “{c.previousTitle}” to “{c.title}”
            </>
          ) : (
            <> — “{c.title}”</>
          )}{' '}
          <span class="source">
            ({file}, line {c.line})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Each loaded release, what changed in it against the previous loaded one, and the years between not loaded. */
export function CodeHistoryList({
  history,
  gaps,
  system,
}: {
  history: readonly CodeHistoryEntry[];
  gaps: readonly ReleaseGap[];
  system: string;
}) {
  return (
    <>
      <ul class="code-history">
        {history.map((h) => {
          const gap = gaps.find((g) => g.before === h.release);
          return (
            <>
              {gap ? (
                <li key={`gap-${gap.from}`} class="not-loaded">
                  {gap.label} ({gap.from} to {gap.to}): not loaded — changes then are not known here
                </li>
              ) : null}
              <li key={h.release}>
                {h.title} ({h.effectiveFrom} to {h.effectiveTo}): <Change h={h} system={system} />
                <AddendaSay h={h} />
              </li>
            </>
          );
        })}
      </ul>
      <p class="label">
        Compared with the previous loaded release's code list
        {gaps.length > 0 ? '; where releases between are not loaded, a change may have happened in any of them' : ''}.
      </p>
    </>
  );
}
