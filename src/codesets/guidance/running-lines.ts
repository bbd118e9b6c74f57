// Running headers and footers ("ICD-10-CM Official Guidelines for Coding and Reporting FY 2026 Page 20 of 121",
// "Revision Date (Medicare): 1/1/2025" above "I-14") are told apart from the body by repetition, not by their
// wording: a line near the top or bottom edge whose text, digits aside, comes back on many pages is furniture.
// Printed page numbers are also recognised by shape, so that a page's label ("20", "I-14", "Intro-3") is kept for
// citations while the line itself is dropped.
import type { PdfLine, PdfPage } from './pdf-text.js';

export interface BodyPage {
  number: number;
  /** the page number as printed ("20", "I-14", "Intro-3"); the file's page number when none is printed */
  label: string;
  /** the body lines, top to bottom */
  lines: PdfLine[];
  /** the running lines taken off the page (edition and revision dates are read from them) */
  running: string[];
}

/** Share of the page height, from each edge, where running lines are looked for. */
const TOP_BAND = 0.1;
const BOTTOM_BAND = 0.15;
/** A line is running when its shape comes back on at least this share of the pages (and on two pages at least). */
const REPEAT_SHARE = 0.3;

const PAGE_LABELS: readonly RegExp[] = [
  /^Page (\d+)(?: of \d+)?$/i,
  /^((?:[IVXL]+|Intro)-\d+)$/,
  /^(\d{1,4})$/,
  /\bPage (\d+)(?: of \d+)?$/i,
];

/** The line with digits blanked and page-number prefixes such as "XIII-" made alike. */
function shape(text: string): string {
  return text
    .replace(/\b(?:[IVXL]+|Intro)-\d+\b/g, '§')
    .replace(/\d+/g, '#')
    .toLowerCase();
}

function inBand(line: PdfLine, page: PdfPage): boolean {
  return line.y >= page.height * (1 - TOP_BAND) || line.y <= page.height * BOTTOM_BAND;
}

function pageLabelOf(text: string): string | undefined {
  for (const re of PAGE_LABELS) {
    const m = re.exec(text.trim());
    if (m) return m[1];
  }
  return undefined;
}

export function stripRunningLines(pages: readonly PdfPage[]): BodyPage[] {
  const seenOn = new Map<string, number>();
  for (const page of pages) {
    const shapes = new Set(page.lines.filter((l) => inBand(l, page)).map((l) => shape(l.text)));
    for (const s of shapes) seenOn.set(s, (seenOn.get(s) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * REPEAT_SHARE));
  return pages.map((page) => {
    const lines: PdfLine[] = [];
    const running: string[] = [];
    let label: string | undefined;
    for (const line of page.lines) {
      const band = inBand(line, page);
      const pageLabel = band && line.y <= page.height * BOTTOM_BAND ? pageLabelOf(line.text) : undefined;
      if (pageLabel) label = pageLabel;
      if (pageLabel || (band && (seenOn.get(shape(line.text)) ?? 0) >= threshold)) running.push(line.text);
      else lines.push(line);
    }
    return { number: page.number, label: label ?? String(page.number), lines, running };
  });
}
