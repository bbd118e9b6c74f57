// Which document a PDF is, and which edition, read from the document's own words (its cover, its revision
// lines) and only failing that from its folder or file name: no year is assumed, so a newer edition dropped into
// the code-set folder is recognised as it is.
import type { BodyPage } from './running-lines.js';
import type { GuidanceDocumentKind } from './types.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The kind of guidance document the pages are, from their text; undefined when neither. */
export function recogniseDocument(pages: readonly BodyPage[]): GuidanceDocumentKind | undefined {
  const opening = pages
    .slice(0, 3)
    .flatMap((p) => [...p.lines.map((l) => l.text), ...p.running])
    .join('\n');
  if (/ICD-10-CM Official Guidelines for Coding and Reporting/i.test(opening)) return 'icd10cm-guidelines';
  const running = pages.flatMap((p) => p.running).join('\n');
  if (
    /Revision Date \(Medicare\)/i.test(running) ||
    /NCCI (?:Coding )?Policy Manual|National Correct Coding Initiative Policy Manual/i.test(opening)
  ) {
    return 'ncci-policy-manual';
  }
  return undefined;
}

export interface Edition {
  /** as cited: "FY 2026", "2025" */
  edition: string;
  /** ISO date the edition takes effect or was revised: orders editions */
  date: string;
  /** the words it was read from */
  source: string;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "October 1, 2025" → "2025-10-01". */
function writtenDate(text: string): string | undefined {
  const m =
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s*(\d{4})/i.exec(
      text,
    );
  if (!m) return undefined;
  return isoDate(Number(m[3]), MONTHS.indexOf((m[1] as string).toLowerCase()) + 1, Number(m[2]));
}

/** A year in the folder or file name ("icd10cm-guidelines-fy2027", "policy-manual-2026"), the last resort. */
function yearInPath(path: string): number | undefined {
  const years = [...path.matchAll(/(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/g)].map((m) => Number(m[1]));
  return years[years.length - 1];
}

/**
 * The guidelines' edition is the fiscal year on the cover ("FY 2026 -- UPDATED October 1, 2025"); it takes effect
 * on the date printed beside it, else on October 1 before the fiscal year.
 */
export function guidelinesEdition(pages: readonly BodyPage[], path: string): Edition | undefined {
  const cover = pages.slice(0, 2).flatMap((p) => [...p.lines.map((l) => l.text), ...p.running]);
  for (const line of cover) {
    const m = /\bFY\s?(\d{4})\b/.exec(line);
    if (!m) continue;
    const fy = Number(m[1]);
    const from = cover.map((l) => /\(([^)]*\d{4})\s*[-–]/.exec(l)?.[1]).find((d) => d !== undefined);
    return { edition: `FY ${fy}`, date: writtenDate(from ?? line) ?? isoDate(fy - 1, 10, 1), source: line };
  }
  const year = yearInPath(path);
  return year === undefined ? undefined : { edition: `FY ${year}`, date: isoDate(year - 1, 10, 1), source: path };
}

/**
 * The manual's edition is the year of the revision date most of its pages carry ("Revision Date (Medicare):
 * 1/1/2025"); the latest revision date on any page orders editions (a chapter revised 2/28/2025 is newer).
 */
export function manualEdition(pages: readonly BodyPage[], path: string): Edition | undefined {
  const counts = new Map<string, { n: number; date: string; text: string }>();
  for (const page of pages) {
    for (const line of page.running) {
      const m = /Revision Date \(Medicare\):\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/i.exec(line);
      if (!m) continue;
      const date = isoDate(Number(m[3]), Number(m[1]), Number(m[2]));
      const seen = counts.get(date) ?? { n: 0, date, text: m[0] };
      seen.n++;
      counts.set(date, seen);
    }
  }
  const all = [...counts.values()];
  if (all.length > 0) {
    const common = all.reduce((a, b) => (b.n > a.n ? b : a));
    const latest = all.reduce((a, b) => (b.date > a.date ? b : a));
    return { edition: common.date.slice(0, 4), date: latest.date, source: common.text };
  }
  const year = yearInPath(path);
  return year === undefined ? undefined : { edition: String(year), date: isoDate(year, 1, 1), source: path };
}
