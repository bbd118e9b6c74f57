import type { BrowseResult } from '../../catalog/index.js';
import { codePath } from '../paths.js';

export const SYSTEM_TITLES: Record<string, string> = {
  icd10cm: 'ICD-10-CM diagnoses',
  icd10pcs: 'ICD-10-PCS procedures',
  hcpcs: 'HCPCS Level II',
  cpt: 'CPT® code numbers',
};

export function BrowseIndex() {
  return (
    <>
      <h1>Browse the code sets</h1>
      <ul>
        {Object.entries(SYSTEM_TITLES).map(([s, t]) => (
          <li key={s}>
            <a href={`/browse/${s}`}>{t}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

export function BrowsePage({ result }: { result: BrowseResult }) {
  const { system, prefix } = result;
  const crumbs = Array.from({ length: prefix.length }, (_, i) => prefix.slice(0, i + 1));
  return (
    <>
      <nav class="breadcrumb" aria-label="Browse path">
        <a href="/browse">Browse</a> › <a href={`/browse/${system}`}>{SYSTEM_TITLES[system]}</a>
        {crumbs.map((c) => (
          <>
            {' › '}
            <a key={c} href={`/browse/${system}/${c}`}>
              {c}
            </a>
          </>
        ))}
      </nav>
      <h1>
        {SYSTEM_TITLES[system]}
        {prefix ? ` — ${prefix}` : ''}
      </h1>
      <p class="release">Release {result.release}</p>
      <ul class="browse">
        {result.entries.map((e) => (
          <li key={e.prefix}>
            {e.code ? (
              <a href={codePath(system, e.code)}>
                <span class="code">{e.code}</span> {e.label ?? ''}
              </a>
            ) : (
              <a href={`/browse/${system}/${e.prefix}`}>
                <span class="code">{e.prefix}</span> {e.label ?? ''}
              </a>
            )}{' '}
            <span class="count">{e.billableCount} billable</span>
          </li>
        ))}
      </ul>
    </>
  );
}
