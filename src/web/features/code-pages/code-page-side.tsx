// The code page's side column: where the code sits (its chapter, section and headers, by title, down to the code
// itself) and the codes to choose from below it. On a phone it follows the main column (site.css).
import type { CodeLookup } from '../../../catalog/index.js';
import { datedCodePath } from '../../views/dated-links.js';
import { distinctLevels } from './code-page-breadcrumb.js';

export function CodeSide({
  c,
  date,
}: {
  c: CodeLookup /** the chosen date of service, kept in links */;
  date?: string;
}) {
  const codeHref = (system: string, code: string) => datedCodePath(system, code, date);
  const levels = distinctLevels(c.hierarchy);
  return (
    <aside class="code-side" aria-label="Where this code sits">
      {levels.length > 0 ? (
        <section id="hierarchy" aria-labelledby="hierarchy-h">
          <h2 id="hierarchy-h">Hierarchy</h2>
          <ol>
            {levels.map((h) => (
              <li key={h.code}>
                <a href={codeHref(c.system, h.code)}>
                  <span class="code">{h.code}</span> {h.title}
                </a>
              </li>
            ))}
            <li class="current" aria-current="page">
              <span class="code">{c.code}</span> {c.title ?? ''}
            </li>
          </ol>
        </section>
      ) : null}
      {c.children.length > 0 ? (
        <section id="children" aria-labelledby="children-h">
          <h2 id="children-h">{c.billable ? 'Codes below' : 'Choose one of'}</h2>
          <ul>
            {c.children.map((k) => (
              <li key={k.code}>
                <a href={codeHref(k.system, k.code)}>
                  <span class="code">{k.code}</span> {k.title ?? ''}
                </a>{' '}
                {k.billable ? null : <span class="badge not-billable">not billable</span>}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
