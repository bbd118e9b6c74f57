// The hierarchy above a code, chapter or section as a breadcrumb of titles (a coder reads "Diabetes mellitus
// (E08-E13)", not "E08-E13"), each level once: a section whose range is its chapter's is not a second step.
import { type HcpcsGroup, SYSTEM_HEADINGS } from '../../../catalog/index.js';
import { datedCodePath } from '../../views/dated-links.js';

export interface HierarchyLevel {
  level: string;
  code: string;
  title: string;
}

/** The levels to show: a level with the range or code of the one above it is the same step said twice. */
export function distinctLevels(levels: readonly HierarchyLevel[]): HierarchyLevel[] {
  const out: HierarchyLevel[] = [];
  for (const l of levels) if (out[out.length - 1]?.code !== l.code) out.push(l);
  return out;
}

export function HierarchyBreadcrumb({
  system,
  levels,
  groups = [],
  date,
}: {
  system: string;
  levels: readonly HierarchyLevel[];
  /** HCPCS Level II: the browse groups the code sits in (its files give no hierarchy of titles) */
  groups?: readonly HcpcsGroup[];
  /** the chosen date of service, kept in links */
  date?: string;
}) {
  const codeHref = (system: string, code: string) => datedCodePath(system, code, date);
  const heading = (SYSTEM_HEADINGS as Record<string, string>)[system] ?? system;
  return (
    <nav class="breadcrumb" aria-label="Hierarchy">
      <a href={`/browse/${system}`}>{heading}</a>
      {groups.map((g) => (
        <>
          {' › '}
          <a key={g.prefix} href={`/browse/${system}/${encodeURIComponent(g.prefix)}`}>
            {g.label}
          </a>
        </>
      ))}
      {distinctLevels(levels).map((h) => (
        <>
          {' › '}
          {/* a chapter's or section's range is its page, as a code's code is */}
          <a key={h.code} href={codeHref(system, h.code)}>
            {h.title || h.code}
          </a>{' '}
          <span class="code">({h.code})</span>
        </>
      ))}
    </nav>
  );
}
