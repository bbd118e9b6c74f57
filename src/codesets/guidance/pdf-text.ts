// The text of a PDF, page by page, as lines in reading order, read with Mozilla's pdf.js (pdfjs-dist, legacy build
// for Node). Supports what the official guideline and policy PDFs use: one column of text per page, superscripts
// ("7th") and words split into several text items. Two-column layouts and text in images are not supported.
// Running headers and footers are told apart from the body by running-lines.ts, not here.

/** One line of a page: its text and where it sits (PDF units, origin bottom left). */
export interface PdfLine {
  text: string;
  /** left edge of the first item */
  x: number;
  /** baseline of the line's main text (superscripts do not move it) */
  y: number;
  /** font size of the line's main text */
  size: number;
  /** the pdf.js name of the line's main font: the same name is the same font within one document */
  font: string;
}

export interface PdfPage {
  /** 1-based page number in the file */
  number: number;
  height: number;
  /** top to bottom */
  lines: PdfLine[];
}

interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
}

interface PdfJsItem {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
}

/** Reads every page of a PDF. Throws when the bytes are not a PDF pdf.js can open. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // loaded on first use: pdf.js is large and only the importer and tests read PDFs
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the array it is given (it may transfer it to a worker): hand it a copy
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = (content.items as PdfJsItem[]).flatMap(toTextItem);
      const [, , , top] = page.view as [number, number, number, number];
      pages.push({ number: n, height: top, lines: groupIntoLines(items) });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function toTextItem(item: PdfJsItem): TextItem[] {
  // a space printed as its own item is kept: it is sometimes the only sign of a gap between two words
  if (typeof item.str !== 'string' || !item.transform || item.str === '') return [];
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  return [{ str: item.str, x, y, width: item.width ?? 0, size, font: item.fontName ?? '' }];
}

/**
 * Items whose baselines are within half a font size of each other are one line (a superscript sits a few units
 * above its line); within a line, items are ordered by x and a space is put where there is a visible gap.
 */
export function groupIntoLines(items: readonly TextItem[]): PdfLine[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: { main: TextItem; items: TextItem[] }[] = [];
  for (const item of sorted) {
    const near = groups.find(
      (g) => Math.abs(g.main.y - item.y) <= 0.5 * Math.max(g.main.size, item.size) && g.items.length > 0,
    );
    if (!near) {
      groups.push({ main: item, items: [item] });
      continue;
    }
    near.items.push(item);
    // the line's baseline and font are those of its largest text, not of a superscript met first
    if (item.size > near.main.size + 0.5) near.main = item;
  }
  const lines = groups.map(({ main, items: its }) => {
    const inOrder = its.sort((p, q) => p.x - q.x);
    return {
      text: joinItems(inOrder),
      x: (inOrder[0] as TextItem).x,
      y: main.y,
      size: main.size,
      font: dominantFont(inOrder),
    };
  });
  return lines.filter((l) => l.text !== '').sort((p, q) => q.y - p.y || p.x - q.x);
}

function joinItems(items: readonly TextItem[]): string {
  let out = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const gap = item.x - end;
    if (out !== '' && gap > 0.15 * item.size && !/\s$/.test(out) && !/^\s/.test(item.str)) out += ' ';
    out += item.str;
    if (item.str.trim() !== '') end = Math.max(end, item.x + item.width);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The font that carries most of the line's characters. */
function dominantFont(items: readonly TextItem[]): string {
  const chars = new Map<string, number>();
  for (const i of items) chars.set(i.font, (chars.get(i.font) ?? 0) + i.str.trim().length);
  let best = '';
  let most = -1;
  for (const [font, n] of chars) {
    if (n > most) {
      best = font;
      most = n;
    }
  }
  return best;
}
