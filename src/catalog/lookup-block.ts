// ICD-10-CM chapters and sections as items of their own (simple_icd_10_cm and the reference sites treat these
// blocks as items): a section by its range ("G10-G14"), a chapter by its range ("L00-L99") or its number ("12"),
// with its title, the notes written at that level, its parent and its children. The structure and notes come
// from the newest tabular in force; a section's categories from the code list in force, so a category added
// since the tabular is listed and one deleted is not.
import { AppError, rememberBounded } from '../shared/index.js';
import { cmCategoriesInRange } from './browse.js';
import type { Catalog } from './catalog.js';
import { type LookupWarning, type ReleaseRef, releaseRef } from './lookup-types.js';
import type { CmTabularLayer } from './model.js';
import { isValidIsoDate } from './releases.js';

/** "G10-G14": a block's range as the tabular writes it (first and last category). */
const RANGE = /^[A-Z]\d[0-9A-Z]-[A-Z]\d[0-9A-Z]$/;

/** Whether the text reads as a chapter or section range ("g10-g14" too) rather than a code. */
export function isBlockRange(raw: string): boolean {
  return RANGE.test(raw.trim().toUpperCase());
}

export type BlockKind = 'chapter' | 'section';

/** A chapter, section or category as a child or parent of a block. */
export interface BlockItemRef {
  system: 'icd10cm';
  kind: BlockKind | 'category';
  /** the range of a chapter or section, the code of a category */
  code: string;
  title: string | null;
  billable: boolean;
  /** a chapter's number ("12") */
  chapter?: string;
}

export interface BlockLookup {
  system: 'icd10cm';
  kind: BlockKind;
  /** the range: "G10-G14", "L00-L99" */
  code: string;
  /** the chapter's number: its own, or the chapter a section is in */
  chapter: string;
  title: string;
  billable: false;
  /** the code list the section's categories come from (stale when no release covers the date) */
  release: ReleaseRef & { stale: boolean };
  /** the tabular the chapters, sections and notes come from */
  notesRelease: ReleaseRef;
  warnings: LookupWarning[];
  /** the notes written at this level (includes, excludes1, excludes2, use additional code…) */
  notes: Record<string, string[]>;
  parent: BlockItemRef | null;
  children: BlockItemRef[];
  /** from the top down to the parent, as a code lookup's hierarchy */
  hierarchy: { level: string; code: string; title: string }[];
}

/** A lookup's answer is a chapter or section rather than a code. */
export function isBlockLookup(answer: { kind: string }): answer is BlockLookup {
  return answer.kind === 'chapter' || answer.kind === 'section';
}

export interface BlockQuery {
  /** a chapter or section range */
  range?: string;
  /** a chapter's number */
  chapter?: number | string;
  date?: string;
}

const cache = new WeakMap<Catalog, Map<string, BlockLookup>>();
const KEPT = 4096;

/** A chapter or section of ICD-10-CM on a date of service; CATALOG_UNKNOWN_BLOCK when the tabular has none such. */
export function lookupCmBlock(catalog: Catalog, query: BlockQuery): BlockLookup {
  if (query.date !== undefined && !isValidIsoDate(query.date)) throw new AppError('BAD_DATE', { value: query.date });
  const range = query.range?.trim().toUpperCase();
  const chapterNum = query.chapter === undefined ? undefined : String(query.chapter).trim();
  if ((range === undefined) === (chapterNum === undefined))
    throw new AppError('BAD_INPUT', { why: 'ask for a chapter or section range, or for a chapter number, not both' });
  if (range !== undefined && !RANGE.test(range))
    throw new AppError('BAD_INPUT', {
      why: `"${range.slice(0, 20)}" is not a chapter or section range: write it as G10-G14`,
    });
  if (chapterNum !== undefined && !/^\d{1,2}$/.test(chapterNum))
    throw new AppError('BAD_INPUT', { why: `"${chapterNum.slice(0, 20)}" is not a chapter number: use 1 to 22` });
  const key = `${query.date ?? ''}|${range ?? `#${Number(chapterNum)}`}`;
  let memo = cache.get(catalog);
  if (!memo) {
    memo = new Map();
    cache.set(catalog, memo);
  }
  const hit = memo.get(key);
  if (hit) return hit;
  const found = Object.freeze(build(catalog, range, chapterNum, query.date));
  return rememberBounded(memo, key, found, KEPT);
}

type Chapter = CmTabularLayer['chapters'][number];
type Section = CmTabularLayer['sections'][number];

function build(catalog: Catalog, range: string | undefined, chapterNum: string | undefined, date?: string) {
  const tabPick = catalog.pick('icd10cm', 'cm-tabular', date);
  if (!tabPick) throw new AppError('CATALOG_NO_TABULAR', undefined);
  const codesPick = catalog.pick('icd10cm', 'codes', date);
  if (!codesPick) throw new AppError('CATALOG_NO_RELEASE', { system: 'icd10cm', date: date ?? 'today' });
  const tab = catalog.layer(tabPick.release, 'cm-tabular');
  const warnings: LookupWarning[] = codesPick.stale ? [{ code: 'release.stale', message: codesPick.stale }] : [];
  if (tabPick.release.id !== codesPick.release.id)
    warnings.push({
      code: 'notes.older-release',
      message: `Chapters, sections and their notes are from ${tabPick.release.title}, the newest loaded tabular; the code list in force is ${codesPick.release.title}`,
    });
  const base = {
    system: 'icd10cm' as const,
    billable: false as const,
    release: { ...releaseRef(codesPick.release), stale: codesPick.stale !== undefined },
    notesRelease: releaseRef(tabPick.release),
    warnings,
  };
  // a range names a chapter when a chapter has it: a section is reached by its own range, and a chapter whose
  // only section spans it all is still the chapter (its section is then listed under it)
  const chapter =
    chapterNum !== undefined
      ? tab.chapters.find((c) => Number(c.num) === Number(chapterNum))
      : tab.chapters.find((c) => c.range === range);
  if (chapter) {
    return {
      ...base,
      kind: 'chapter' as const,
      code: chapter.range,
      chapter: chapter.num,
      title: chapter.title,
      notes: { ...chapter.notes } as Record<string, string[]>,
      parent: null,
      children: tab.sections.filter((s) => s.chapter === chapter.num).map((s) => sectionRef(s)),
      hierarchy: [],
    };
  }
  const section = range === undefined ? undefined : tab.sections.find((s) => s.id === range);
  if (!section) {
    const what = chapterNum !== undefined ? `chapter ${chapterNum}` : `chapter or section ${range}`;
    throw new AppError('CATALOG_UNKNOWN_BLOCK', { what, release: tabPick.release.title });
  }
  const parentChapter = tab.chapters[section.chapterIndex];
  return {
    ...base,
    kind: 'section' as const,
    code: section.id,
    chapter: section.chapter,
    title: section.title,
    notes: { ...section.notes } as Record<string, string[]>,
    parent: parentChapter ? chapterRef(parentChapter) : null,
    children: cmCategoriesInRange(catalog, section.id, date).map(
      (e): BlockItemRef => ({
        system: 'icd10cm',
        kind: 'category',
        code: e.code ?? e.prefix,
        title: e.label,
        billable: e.billable ?? false,
      }),
    ),
    hierarchy: parentChapter ? [chapterLevel(parentChapter)] : [],
  };
}

function chapterRef(c: Chapter): BlockItemRef {
  return { system: 'icd10cm', kind: 'chapter', code: c.range, title: c.title, billable: false, chapter: c.num };
}

function sectionRef(s: Section): BlockItemRef {
  return { system: 'icd10cm', kind: 'section', code: s.id, title: s.title, billable: false };
}

/** A chapter as a level of a hierarchy (a code lookup's and a section's). */
export function chapterLevel(c: Pick<Chapter, 'num' | 'title' | 'range'>): {
  level: string;
  code: string;
  title: string;
} {
  return { level: 'chapter', code: c.range, title: `Chapter ${c.num}: ${c.title}` };
}
