import type { SearchResponse } from '../../../search/index.js';
import { GroupedResultList } from '../../views/result-list.js';

export interface SearchPageProps {
  response: SearchResponse;
  system?: string;
  billable: boolean;
  page: number;
  pageSize: number;
  hasMore: boolean;
}

export function SearchPage({ response, system, billable, page, pageSize, hasMore }: SearchPageProps) {
  const q = response.query;
  const link = (p: number): string => {
    const params = new URLSearchParams({ q });
    if (system) params.set('system', system);
    if (billable) params.set('billable', '1');
    if (p > 1) params.set('page', String(p));
    return `/search?${params}`;
  };
  const shown = response.results.slice((page - 1) * pageSize, page * pageSize);
  return (
    <>
      <h1>{q ? `Results for “${q}”` : 'Case2Code search'}</h1>
      {q ? null : (
        <p class="lead">
          Type a code (E11.9, e119), a range (M16-M17), a clinical or lay term, an abbreviation (CHF, COPD exac) or a
          misspelling in the search box; each result shows the index path or text that led to it.
        </p>
      )}
      <form class="filters" action="/search" method="get">
        <input type="hidden" name="q" value={q} />
        <label>
          System{' '}
          <select name="system">
            {[
              ['', 'All'],
              ['icd10cm', 'ICD-10-CM'],
              ['icd10pcs', 'ICD-10-PCS'],
              ['hcpcs', 'HCPCS'],
              ['cpt', 'CPT'],
            ].map(([v, l]) => (
              <option key={v} value={v} selected={(system ?? '') === v}>
                {l}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          <input type="checkbox" name="billable" value="1" checked={billable} /> Billable only
        </label>{' '}
        <button type="submit">Filter</button>
      </form>
      {(response.warnings ?? []).map((w) => (
        <p class="warning" key={w}>
          {w}
        </p>
      ))}
      {q && shown.length === 0 ? <p>No codes match.</p> : <GroupedResultList results={shown} />}
      <nav class="pages" aria-label="Result pages">
        {page > 1 ? <a href={link(page - 1)}>Previous</a> : null} {hasMore ? <a href={link(page + 1)}>Next</a> : null}
      </nav>
    </>
  );
}
