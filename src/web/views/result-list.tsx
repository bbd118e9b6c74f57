// A list of search results, each linking to its code page with what matched (the index path, the table, the
// inclusion term): the search page's results (grouped by system) and the error page's "did you mean" suggestions.
import { type CodeSystem, SYSTEM_NAMES } from '../../catalog/index.js';
import type { SearchResult } from '../../search/index.js';
import { codePath } from '../paths.js';

export function matchedPath(r: SearchResult): string | null {
  const m = r.matched;
  if (m.kind === 'code' || m.kind === 'title') return null;
  // the text already says it is CMS's RBCS category
  if (m.kind === 'rbcs') return m.text;
  const label = {
    index: 'Index',
    table: 'Table',
    inclusionTerm: 'Inclusion term',
    pcs: 'PCS',
    definition: 'Definition',
    abbreviation: 'Abbreviation',
  }[m.kind];
  return `${label}: ${(m.path ?? [m.text]).join(' › ')}`;
}

/**
 * Results over several systems, one group per system as the engine orders them (the best match's system first),
 * each under a heading naming the system; a single system's results as one list.
 */
export function GroupedResultList({ results }: { results: SearchResult[] }) {
  const runs: SearchResult[][] = [];
  for (const r of results) {
    const last = runs[runs.length - 1];
    if (last && last[0]?.system === r.system) last.push(r);
    else runs.push([r]);
  }
  if (runs.length <= 1) return <ResultList results={results} />;
  let start = 1;
  return (
    <div class="result-groups">
      {runs.map((run) => {
        const system = run[0]?.system as string;
        const first = start;
        start += run.length;
        return (
          <section key={`${system}:${first}`} class="result-group">
            <h2>{SYSTEM_NAMES[system as CodeSystem] ?? system}</h2>
            <ResultList results={run} start={first} />
          </section>
        );
      })}
    </div>
  );
}

export function ResultList({ results, start }: { results: SearchResult[]; start?: number }) {
  return (
    <ol class="results" start={start !== undefined && start > 1 ? start : undefined}>
      {results.map((r) => {
        const why = matchedPath(r);
        return (
          <li key={`${r.system}:${r.code}`}>
            <a href={codePath(r.system, r.code)}>
              <span class="code">{r.code}</span> {r.title ?? '(CPT descriptor needs a licence)'}
            </a>{' '}
            <span class="system">{r.system}</span>
            {r.billable ? null : (
              <span class="badge not-billable">
                not billable{r.children !== undefined ? ` — ${r.children} billable codes below` : ''}
              </span>
            )}
            {why ? <div class="why">{why}</div> : null}
          </li>
        );
      })}
    </ol>
  );
}
