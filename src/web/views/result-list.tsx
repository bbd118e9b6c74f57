// A list of search results, each linking to its code page with what matched (the index path, the table, the
// inclusion term): the search page's results and the error page's "did you mean" suggestions.
import type { SearchResult } from '../../search/index.js';
import { codePath } from '../paths.js';

export function matchedPath(r: SearchResult): string | null {
  const m = r.matched;
  if (m.kind === 'code' || m.kind === 'title') return null;
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

export function ResultList({ results }: { results: SearchResult[] }) {
  return (
    <ol class="results">
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
