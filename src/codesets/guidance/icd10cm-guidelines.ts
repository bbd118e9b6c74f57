// ICD-10-CM Official Guidelines for Coding and Reporting (CMS and NCHS), as published each fiscal year in PDF
// (checked on FY 2026, 121 pages). Cut into passages by the guidelines' own outline: Section I-IV, then "A.",
// "1.", "a.", "1)", "(a)", "(i)", cited as coders cite them ("I.C.1.d.4", "IV.H"), and Appendix I (Present on
// Admission) by its unnumbered headings. The cover page's text is the passage "Introduction". The table of
// contents is left out.
import { bodyLinesOf, isContentsPage, isUnnumberedHeading } from './headings.js';
import { OutlineTracker, readLabels } from './outline.js';
import type { BodyPage } from './running-lines.js';
import { type CollectedSection, SectionCollector } from './section-collector.js';
import type { GuidanceIssue } from './types.js';

const KINDS = ['section', 'upper', 'number', 'lower', 'numparen', 'letterparen', 'romanparen'] as const;

export interface GuidelineSections {
  sections: CollectedSection[];
  issues: GuidanceIssue[];
}

export function parseGuidelineSections(pages: readonly BodyPage[], file: string): GuidelineSections {
  const issues: GuidanceIssue[] = [];
  const tracker = new OutlineTracker({ kinds: KINDS, maxDepth: KINDS.length, forwardKinds: ['section'] });
  const collector = new SectionCollector();
  let appendix: string | undefined;
  /** the appendix's title is the line under "Appendix I" */
  let appendixTitleWanted = false;
  let bodyStarted = false;

  for (const page of pages) {
    if (isContentsPage(page)) continue;
    for (const { line, previous, style } of bodyLinesOf(page)) {
      if (!collector.hasOpenSection) collector.start('Introduction', 'Introduction', [], page);
      const appendixMatch = /^Appendix ([IVX]+)$/.exec(line.text);
      if (appendixMatch && bodyStarted) {
        appendix = `Appendix ${appendixMatch[1]}`;
        tracker.reset();
        collector.start(appendix, '', [], page);
        appendixTitleWanted = true;
        continue;
      }
      if (appendixTitleWanted) {
        appendixTitleWanted = false;
        collector.extendHeading(line);
        continue;
      }
      if (collector.continueHeading(line)) continue;

      if (appendix) {
        if (isUnnumberedHeading(line, previous, style)) {
          collector.start(`${appendix}, ${line.text}`, line.text, [appendix], page, line);
        } else collector.add(line, page);
        continue;
      }
      const labels = readLabels(line.text);
      const accepted = labels.length > 0 ? tracker.accept(labels)?.label : undefined;
      if (!accepted) {
        collector.add(line, page);
        continue;
      }
      bodyStarted = true;
      const tokens = tracker.path();
      const parents = tokens.slice(0, -1).map((_, i) => tokens.slice(0, i + 1).join('.'));
      collector.start(tokens.join('.'), accepted.rest, parents, page, line);
    }
  }
  const sections = collector.finish();
  if (!bodyStarted)
    issues.push({ file, page: 1, message: 'no "Section I." heading found: no guideline sections read' });
  return { sections, issues };
}
