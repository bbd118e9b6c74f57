// An ICD-10-CM chapter or section page: its range and title, where it sits, the notes written at its level, and
// what is under it (a chapter's sections, a section's categories). Hierarchy, free like the rest of the hierarchy.
import type { BlockLookup } from '../../../catalog/index.js';
import { datedCodePath } from '../../views/dated-links.js';
import { Notes } from './code-page.js';
import { HierarchyBreadcrumb } from './code-page-breadcrumb.js';

export function BlockPage({ block: b, date }: { block: BlockLookup /** the chosen date of service */; date?: string }) {
  const codeHref = (system: string, code: string) => datedCodePath(system, code, date);
  const heading = b.kind === 'chapter' ? `Chapter ${b.chapter}: ${b.title}` : b.title;
  const childWord = b.kind === 'chapter' ? 'Sections' : 'Categories';
  return (
    <article class="code-page block-page">
      <HierarchyBreadcrumb system="icd10cm" levels={b.hierarchy} date={date} />
      <h1>
        <span class="code">{b.code}</span> {heading}
      </h1>
      <p class="badge not-billable">
        ICD-10-CM {b.kind} — not a code: choose a code from {b.kind === 'chapter' ? 'a section' : 'a category'} below
      </p>
      {b.warnings.map((w) => (
        <p class="warning" key={w.code}>
          {w.message}
        </p>
      ))}
      <p class="release">
        {b.kind === 'chapter' ? 'Chapter' : 'Section'} and notes from {b.notesRelease.title}; codes from{' '}
        {b.release.title} ({b.release.effectiveFrom} to {b.release.effectiveTo}).
      </p>
      {Object.keys(b.notes).length > 0 ? (
        <section id="notes" aria-labelledby="notes-h">
          <h2 id="notes-h">Notes for the whole {b.kind}</h2>
          <Notes notes={b.notes} />
        </section>
      ) : null}
      <section id="children" aria-labelledby="children-h">
        <h2 id="children-h">
          {childWord} in {b.code}
        </h2>
        <ul class="browse">
          {b.children.map((k) => (
            <li key={k.code}>
              <a href={codeHref('icd10cm', k.code)}>
                <span class="code">{k.code}</span> {k.title ?? ''}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
