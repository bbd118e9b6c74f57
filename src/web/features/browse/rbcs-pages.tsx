// The RBCS browse pages: CMS's categories → subcategories → families → codes. A family lists code numbers, each a link
// to its code page; a CPT code is shown by its number only (no descriptor), a HCPCS code with its Level II title.
import type { RbcsBrowse } from '../../../catalog/index.js';
import { codePath, rbcsPath } from '../../paths.js';

export const RBCS_HEADING = 'CMS RBCS categories (CPT and HCPCS)';

export function RbcsBrowsePage({ browse: b }: { browse: RbcsBrowse }) {
  return (
    <>
      <nav class="breadcrumb" aria-label="Browse path">
        <a href="/browse">Browse</a> ›{' '}
        {b.level === 'categories' ? RBCS_HEADING : <a href={rbcsPath()}>{RBCS_HEADING}</a>}
        {b.path.map((n) => (
          <>
            {' › '}
            <a key={n.key} href={rbcsPath(n.key)}>
              {n.name}
            </a>
          </>
        ))}
        {b.level === 'categories' ? null : ` › ${b.name}`}
      </nav>
      <h1>{b.level === 'categories' ? RBCS_HEADING : b.name}</h1>
      <p class="note">
        CMS's Restructured BETOS Classification System groups CPT and HCPCS codes by the kind of service. Its names are
        CMS categories, not code descriptors.
      </p>
      {b.release.stale ? <p class="warning">{b.release.stale}</p> : null}
      <p class="release">Release {b.release.title}</p>
      {b.entries.length > 0 ? (
        <ul class="browse">
          {b.entries.map((e) => (
            <li key={e.key}>
              <a href={rbcsPath(e.key)}>
                <span class="code">{e.key}</span> {e.name}
              </a>{' '}
              <span class="count">{e.count} codes</span>
            </li>
          ))}
        </ul>
      ) : null}
      {b.codes.length > 0 ? (
        <ul class="browse codes">
          {b.codes.map((c) => (
            <li key={c.code}>
              <a href={codePath(c.system, c.code)}>
                <span class="code">{c.code}</span> {c.system === 'cpt' ? 'CPT®' : (c.title ?? 'HCPCS Level II')}
              </a>
              {c.major ? <span class="badge major"> major procedure</span> : null}
              {c.codeEnded ? <span class="count"> ended {c.codeEnded}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
