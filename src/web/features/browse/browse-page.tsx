import { type BrowseEntry, type BrowseResult, type CmTree, SYSTEM_HEADINGS } from '../../../catalog/index.js';
import { codePath, rbcsPath } from '../../paths.js';
import { RBCS_HEADING } from './rbcs-pages.js';

export function BrowseIndex() {
  return (
    <>
      <h1>Browse the code sets</h1>
      <ul>
        {Object.entries(SYSTEM_HEADINGS).map(([s, t]) => (
          <li key={s}>
            <a href={`/browse/${s}`}>{t}</a>
          </li>
        ))}
        <li>
          <a href={rbcsPath()}>{RBCS_HEADING}</a>
        </li>
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
        <a href="/browse">Browse</a> › <a href={`/browse/${system}`}>{SYSTEM_HEADINGS[system]}</a>
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
        {SYSTEM_HEADINGS[system]}
        {prefix ? ` — ${prefix}` : ''}
      </h1>
      <p class="release">Release {result.release}</p>
      {system === 'hcpcs' ? (
        <p>
          Modifiers are not codes and are listed apart: <a href="/browse/hcpcs/modifiers">HCPCS modifiers</a>.
        </p>
      ) : null}
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

export function CmChaptersPage({ tree }: { tree: CmTree }) {
  return (
    <>
      <nav class="breadcrumb" aria-label="Browse path">
        <a href="/browse">Browse</a> › {SYSTEM_HEADINGS.icd10cm}
      </nav>
      <h1>{SYSTEM_HEADINGS.icd10cm}: chapters</h1>
      <p class="release">
        Chapters and sections from {tree.release}; codes from the release in force. Also by first character:{' '}
        <a href="/browse/icd10cm/A">A</a> … <a href="/browse/icd10cm/Z">Z</a>.
      </p>
      <ol class="browse">
        {tree.chapters.map((c) => (
          <li key={c.num}>
            <a href={`/browse/icd10cm/chapter/${c.num}`}>
              <span class="code">{c.range}</span> {c.title}
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}

export function CmSectionsPage({ tree, chapter }: { tree: CmTree; chapter: CmTree['chapters'][number] }) {
  const sections = tree.sections.filter((s) => s.chapter === chapter.num);
  return (
    <>
      <nav class="breadcrumb" aria-label="Browse path">
        <a href="/browse">Browse</a> › <a href="/browse/icd10cm">{SYSTEM_HEADINGS.icd10cm}</a> › Chapter {chapter.num}
      </nav>
      <h1>{chapter.title}</h1>
      <ul class="browse">
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`/browse/icd10cm/section/${s.id}`}>
              <span class="code">{s.id}</span> {s.title}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

export function CmCategoriesPage({
  section,
  chapter,
  entries,
}: {
  section: CmTree['sections'][number];
  chapter: CmTree['chapters'][number] | undefined;
  entries: BrowseEntry[];
}) {
  return (
    <>
      <nav class="breadcrumb" aria-label="Browse path">
        <a href="/browse">Browse</a> › <a href="/browse/icd10cm">{SYSTEM_HEADINGS.icd10cm}</a>
        {chapter ? (
          <>
            {' › '}
            <a href={`/browse/icd10cm/chapter/${chapter.num}`}>Chapter {chapter.num}</a>
          </>
        ) : null}{' '}
        › {section.id}
      </nav>
      <h1>
        {section.id} {section.title}
      </h1>
      <ul class="browse">
        {entries.map((e) => (
          <li key={e.prefix}>
            <a href={codePath('icd10cm', e.code ?? e.prefix)}>
              <span class="code">{e.code ?? e.prefix}</span> {e.label ?? ''}
            </a>{' '}
            <span class="count">{e.billableCount} billable</span>
          </li>
        ))}
      </ul>
    </>
  );
}
