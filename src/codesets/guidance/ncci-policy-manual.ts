// NCCI Policy Manual for Medicare Services (CMS), in PDF: the complete manual (checked on the revision of
// 1/1/2025: introduction and chapters I-XIII, 287 pages) or an excerpt of it (checked on Chapter I pages I-14 to
// I-20 of the revision of 1/1/2026). Cut into passages by chapter ("Chapter I" and its title), section ("A.
// Introduction", cited "Chapter I, Section A") and the numbered or lettered paragraphs directly under a section
// ("Chapter I, Section E.d" for "d. Modifier 59: ..."); deeper lists stay in their paragraph. The introduction
// is cut at its unnumbered headings ("Introduction, Purpose"). Which chapter a page belongs to is read from its
// printed page number ("I-14", "Intro-3"); tables of contents and chapter cover pages are left out.
import { bodyLinesOf, isContentsPage, isUnnumberedHeading } from './headings.js';
import { OutlineTracker, readLabels } from './outline.js';
import type { BodyPage } from './running-lines.js';
import { type CollectedSection, SectionCollector } from './section-collector.js';
import type { GuidanceIssue } from './types.js';

export interface ManualSections {
  sections: CollectedSection[];
  issues: GuidanceIssue[];
  /** true when the file holds part of the manual only (no table of contents, starts inside a chapter) */
  excerpt: boolean;
  /** the chapters read, in order ("Introduction", "I", ...) */
  chapters: string[];
  /** first and last printed page numbers of the pages read */
  firstPageLabel?: string;
  lastPageLabel?: string;
}

/** "I" for "I-14", "Introduction" for "Intro-3"; undefined for front matter ("1", "Page 2"). */
function chapterOfLabel(label: string): string | undefined {
  const m = /^([IVXL]+|Intro)-\d+$/.exec(label);
  if (!m) return undefined;
  return m[1] === 'Intro' ? 'Introduction' : m[1];
}

/** A paragraph's heading when it has one: "Modifier 59" in "d. Modifier 59: Modifier 59 is ...". */
function paragraphHeading(rest: string): string {
  const m = /^([^:.;]{2,60}?)\s*:/.exec(rest);
  return m ? (m[1] as string).trim() : '';
}

export function parseManualSections(pages: readonly BodyPage[], file: string): ManualSections {
  const issues: GuidanceIssue[] = [];
  const excerpt = !pages.some(isContentsPage);
  const tracker = new OutlineTracker({ kinds: ['upper', 'number', 'lower'], maxDepth: 2 });
  const collector = new SectionCollector();
  const chapters: string[] = [];
  let chapter: string | undefined;
  /** the chapter's body has started: its "Chapter I" line (or, in an excerpt, its first page) was met */
  let inBody = false;
  let chapterTitleWanted = false;
  let sectionFound = false;
  let unattributed: { page: BodyPage; lines: number } | undefined;
  let firstPageLabel: string | undefined;
  let lastPageLabel: string | undefined;

  for (const page of pages) {
    const pageChapter = chapterOfLabel(page.label);
    if (!pageChapter || isContentsPage(page)) continue;
    firstPageLabel ??= page.label;
    lastPageLabel = page.label;
    if (pageChapter !== chapter) {
      chapter = pageChapter;
      chapters.push(chapter);
      tracker.reset();
      inBody = excerpt || chapter === 'Introduction';
      if (chapter === 'Introduction') collector.start('Introduction', 'Introduction', [], page);
      else if (excerpt) collector.start(`Chapter ${chapter}`, '', [], page);
    }
    for (const { line, previous, style } of bodyLinesOf(page)) {
      const chapterLine = /^Chapter ([IVXL]+)$/.exec(line.text);
      if (chapterLine && chapterLine[1] === chapter) {
        inBody = true;
        chapterTitleWanted = true;
        collector.start(`Chapter ${chapter}`, '', [], page);
        continue;
      }
      if (!inBody) continue;
      if (chapterTitleWanted) {
        chapterTitleWanted = false;
        collector.extendHeading(line);
        continue;
      }
      if (collector.continueHeading(line)) continue;

      if (chapter === 'Introduction') {
        if (isUnnumberedHeading(line, previous, style) && line.text !== 'Introduction') {
          collector.start(`Introduction, ${line.text}`, line.text, ['Introduction'], page, line);
        } else collector.add(line, page);
        continue;
      }

      const labels = readLabels(line.text);
      const accepted = labels.length > 0 ? tracker.accept(labels, excerpt && !sectionFound)?.label : undefined;
      if (!accepted) {
        if (excerpt && !sectionFound) {
          unattributed = { page: unattributed?.page ?? page, lines: (unattributed?.lines ?? 0) + 1 };
          continue;
        }
        collector.add(line, page);
        continue;
      }
      sectionFound = true;
      const [section, paragraph] = tracker.path();
      const sectionPath = `Chapter ${chapter}, Section ${section}`;
      if (paragraph === undefined) {
        collector.start(sectionPath, accepted.rest, [`Chapter ${chapter}`], page, line);
      } else {
        // a paragraph's first line is text as well: "d. Modifier 59: Modifier 59 is an important ..."
        collector.start(
          `${sectionPath}.${paragraph}`,
          paragraphHeading(accepted.rest),
          [`Chapter ${chapter}`, sectionPath],
          page,
        );
        collector.add({ ...line, text: accepted.rest }, page);
      }
    }
  }
  if (unattributed) {
    issues.push({
      file,
      page: unattributed.page.number,
      message: `${unattributed.lines} line(s) on page ${unattributed.page.label} before the excerpt's first section heading end a section the excerpt does not hold; left out`,
    });
  }
  if (chapters.length === 0) {
    issues.push({ file, page: 1, message: 'no page numbered like "I-14" or "Intro-3": no chapter of the manual read' });
  }
  const sections = collector
    .finish()
    // an excerpt's chapter opener holds nothing of its own when the excerpt starts inside a section
    .filter((s) => !(excerpt && s.section.startsWith('Chapter ') && !s.section.includes(',') && s.text === ''));
  return {
    sections,
    issues,
    excerpt,
    chapters,
    ...(firstPageLabel ? { firstPageLabel } : {}),
    ...(lastPageLabel ? { lastPageLabel } : {}),
  };
}
