// What the two parsers share about headings: a numbered heading printed over two lines, an unnumbered heading
// set apart by indentation or font, and table-of-contents pages to leave out.
import type { PdfLine } from './pdf-text.js';
import type { BodyPage } from './running-lines.js';

/** Words a heading does not end with: the next line carries on the heading ("Guidelines for" / "Outpatient Services"). */
const CARRIES_ON = /(?:\b(?:and|or|of|for|the|to|with|in|by|on|a|an|from|versus)|[,–-])$/i;

/** Whether `next`, the line under a heading, finishes that heading rather than starting its text. */
export function continuesHeading(heading: string, headingLine: PdfLine, next: PdfLine): boolean {
  if (heading === '' || /[.:;?]$/.test(heading) || heading.length > 110) return false;
  const close = headingLine.y - next.y <= 1.45 * Math.max(headingLine.size, next.size);
  if (!close) return false;
  return /^[a-z(]/.test(next.text) || CARRIES_ON.test(heading);
}

/** Dot leaders and a page number: a line of a table of contents. */
export function isContentsLine(text: string): boolean {
  return /(?:\.{4,}|…{2,}|\. \. \. )\s*(?:[IVXL]+-|Intro-)?\d*\s*$/.test(text);
}

/** A page made mostly of contents lines (or headed "Table of Contents"). */
export function isContentsPage(page: BodyPage): boolean {
  if (page.lines.length === 0) return false;
  if (page.lines.slice(0, 3).some((l) => /table of contents/i.test(l.text))) return true;
  const leaders = page.lines.filter((l) => isContentsLine(l.text)).length;
  return leaders >= 3 && leaders >= page.lines.length * 0.3;
}

/** The font carrying most characters on the page: its body font. */
export function bodyFontOf(page: BodyPage): string {
  const chars = new Map<string, number>();
  for (const l of page.lines) chars.set(l.font, (chars.get(l.font) ?? 0) + l.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** The left edge most lines of the page start at. */
export function bodyIndentOf(page: BodyPage): number {
  const counts = new Map<number, number>();
  for (const l of page.lines) counts.set(Math.round(l.x), (counts.get(Math.round(l.x)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * An unnumbered heading ("Reporting Options", "NCCI Program Background"): a short line that does not read as a
 * sentence, after a paragraph gap, set apart from the body by its font or by standing left of the body's indent.
 */
export function isUnnumberedHeading(
  line: PdfLine,
  previous: PdfLine | undefined,
  page: { font: string; indent: number },
): boolean {
  const text = line.text;
  if (text.length > 80 || /[.,;:]$/.test(text) || !/^[A-Z]/.test(text)) return false;
  if (/^[A-Z]{1,2} [–=-] /.test(text)) return false; // a list of indicator values ("Y – Yes")
  const gapBefore = previous === undefined || previous.y - line.y > 1.45 * Math.max(previous.size, line.size);
  if (!gapBefore) return false;
  return line.font !== page.font || line.x < page.indent - 10;
}

/**
 * The body lines of a page with the line above each, contents lines left out, and the page's body font and indent
 * (what tells an unnumbered heading from the text around it).
 */
export function* bodyLinesOf(
  page: BodyPage,
): Generator<{ line: PdfLine; previous: PdfLine | undefined; style: { font: string; indent: number } }> {
  const style = { font: bodyFontOf(page), indent: bodyIndentOf(page) };
  let previous: PdfLine | undefined;
  for (const line of page.lines) {
    const above = previous;
    previous = line;
    if (!isContentsLine(line.text)) yield { line, previous: above, style };
  }
}
