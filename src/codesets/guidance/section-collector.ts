// Gathers the body lines of a document under the section they belong to, and joins them into text: lines of a
// paragraph with a space (a line broken after a hyphen, "PTP-" + "associated", without one), paragraphs and
// bullets with a line break.
import { continuesHeading } from './headings.js';
import type { PdfLine } from './pdf-text.js';
import type { BodyPage } from './running-lines.js';

export interface CollectedSection {
  /** the section path as cited ("I.C.1.d.4", "Chapter I, Section E") */
  section: string;
  heading: string;
  /** the enclosing sections' paths, outermost first */
  parentSections: string[];
  page: number;
  pageLabel: string;
  endPage: number;
  endPageLabel: string;
  text: string;
}

interface Open {
  section: string;
  heading: string;
  parentSections: string[];
  page: BodyPage;
  endPage: BodyPage;
  parts: string[];
  last?: { line: PdfLine; page: number };
}

/** A vertical gap larger than this many font sizes starts a new paragraph. */
const PARAGRAPH_GAP = 1.45;

export class SectionCollector {
  private readonly done: CollectedSection[] = [];
  private current: Open | undefined;
  /** the last line of the heading being read, while the line under it may still belong to it */
  private headingLine: PdfLine | undefined;

  /**
   * Opens a section; the one open before is complete. With `headingLine`, the lines under it that carry on the
   * heading are taken into it (continueHeading).
   */
  start(section: string, heading: string, parentSections: string[], page: BodyPage, headingLine?: PdfLine): void {
    this.close();
    this.current = { section, heading, parentSections, page, endPage: page, parts: [] };
    this.headingLine = headingLine;
  }

  /** Appends a line to the heading of the open section (a heading printed over two lines). */
  extendHeading(line: PdfLine): void {
    if (this.current) this.current.heading = joinLine(this.current.heading, line.text);
    this.headingLine = line;
  }

  /**
   * True when the line carries on the heading just read and was taken into it; otherwise the heading is complete
   * and the line is for the caller.
   */
  continueHeading(line: PdfLine): boolean {
    const above = this.headingLine;
    if (above && this.current && continuesHeading(this.current.heading, above, line)) {
      this.extendHeading(line);
      return true;
    }
    this.headingLine = undefined;
    return false;
  }

  get openHeading(): string | undefined {
    return this.current?.heading;
  }

  get hasOpenSection(): boolean {
    return this.current !== undefined;
  }

  /** Adds a body line to the open section; false when no section is open yet (the caller reports the line). */
  add(line: PdfLine, page: BodyPage): boolean {
    const c = this.current;
    if (!c) return false;
    const last = c.last;
    const newParagraph =
      !last ||
      /^[•▪●◦-]\s/.test(line.text) ||
      (last.page === page.number && last.line.y - line.y > PARAGRAPH_GAP * Math.max(line.size, last.line.size));
    if (newParagraph || c.parts.length === 0) c.parts.push(line.text);
    else c.parts[c.parts.length - 1] = joinLine(c.parts[c.parts.length - 1] as string, line.text);
    c.last = { line, page: page.number };
    c.endPage = page;
    return true;
  }

  /** Every section, in document order. */
  finish(): CollectedSection[] {
    this.close();
    return this.done;
  }

  private close(): void {
    const c = this.current;
    if (!c) return;
    this.done.push({
      section: c.section,
      heading: c.heading.trim(),
      parentSections: c.parentSections,
      page: c.page.number,
      pageLabel: c.page.label,
      endPage: c.endPage.number,
      endPageLabel: c.endPage.label,
      text: c.parts.join('\n').trim(),
    });
    this.current = undefined;
  }
}

/** Joins two lines of one paragraph: no space after a hyphen that ends a word part ("PTP-" "associated"). */
export function joinLine(before: string, after: string): string {
  if (before === '') return after;
  if (/[A-Za-z0-9]-$/.test(before)) return before + after;
  return `${before} ${after}`;
}
