// Answers guideline and policy questions from the corpus: the passages ranked by BM25F, each with its citation and
// the sentences that match best, and a plain "not covered" when no passage matches enough of the question, so an
// answer never dresses a weak match up as guidance. A question that names a section ("what does I.C.4.a say")
// gets that section first; passageBySection looks one up directly.
import type { GuidanceDocumentKind, GuidancePassage } from '../codesets/guidance/index.js';
import { AppError } from '../shared/index.js';
import type { GuidanceCorpus } from './guidance-corpus.js';
import type { WeightedTerm } from './guidance-index.js';
import { questionTerms } from './normalise.js';
import { parseSectionRef } from './section-ref.js';

export const DEFAULT_GUIDANCE_LIMIT = 5;
export const MAX_GUIDANCE_LIMIT = 50;
/** A passage that matches less than this share of the question's weight does not answer it. */
export const COVERAGE_THRESHOLD = 0.5;
/** A word taken to be a typo of an indexed word counts this much of the word itself. */
const CORRECTION_WEIGHT = 0.7;
const EXCERPT_CHARS = 320;

export interface GuidanceSearchOptions {
  /** only this kind of document */
  document?: GuidanceDocumentKind;
  /** only this edition ("FY 2026", "2025"), superseded passages included; else the newest text of each section */
  edition?: string;
  limit?: number;
}

export interface GuidanceHit {
  passage: GuidancePassage;
  score: number;
  /** the share of the question's weight the passage matches, 0 to 1 */
  coverage: number;
  /** document, edition, section and page, as a coder cites them */
  citation: string;
  /** the sentences of the passage that match the question best, verbatim */
  excerpt: string;
  /** other sections of the same document with the same text (the NCCI manual repeats its general statements) */
  alsoIn?: string[];
  /** the hit is here because the passage before it, which matched, points to it ("described in Chapter I, Section V") */
  pointedFrom?: string;
}

export interface GuidanceSearchResult {
  query: string;
  hits: GuidanceHit[];
  /** no passage answers the question well enough: say the corpus does not cover it, do not quote a weak match */
  notCovered: boolean;
  /** the section the question names, when the corpus holds it (it is the first hit) */
  section?: string;
  /** what the answer must say besides: documents missing from the corpus, words not found */
  notes: string[];
}

const sameEdition = (a: string, b: string) =>
  a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

/** The passage filter of the options: a kind, an edition, else only what no newer edition supersedes. */
function passageFilter(options: GuidanceSearchOptions): (p: GuidancePassage) => boolean {
  const { document, edition } = options;
  return (p) =>
    (!document || p.document === document) &&
    (edition ? sameEdition(p.edition, edition) : p.supersededBy === undefined);
}

/** "ICD-10-CM Official Guidelines for Coding and Reporting, FY 2026, Section I.C.1.d.4, p. 24" */
export function citePassage(p: GuidancePassage, corpus?: GuidanceCorpus): string {
  const doc = corpus?.documents.find((d) => d.id === p.documentId);
  const edition = doc?.coverage === 'excerpt' ? `${p.edition} (excerpt)` : p.edition;
  const section = /^(?:I|II|III|IV)(?:\.|$)/.test(p.section) ? `Section ${p.section}` : p.section;
  const pages = p.pageLabel === p.endPageLabel ? `p. ${p.pageLabel}` : `pp. ${p.pageLabel}-${p.endPageLabel}`;
  return `${p.documentTitle}, ${edition}, ${section}${p.heading ? ` (${p.heading})` : ''}, ${pages}`;
}

function limitOf(options: GuidanceSearchOptions): number {
  const limit = options.limit ?? DEFAULT_GUIDANCE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GUIDANCE_LIMIT) {
    throw new AppError('BAD_INPUT', { why: `limit must be a whole number from 1 to ${MAX_GUIDANCE_LIMIT}` });
  }
  return limit;
}

/** The question's terms with their weights: typed words, expansions, corrections of typos, and adjacent pairs. */
function weighTerms(
  corpus: GuidanceCorpus,
  query: string,
): { terms: WeightedTerm[]; asked: string[]; unknown: string[] } {
  const typed = questionTerms(query);
  const terms: WeightedTerm[] = [];
  const asked: string[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const { term } of typed) {
    if (seen.has(term)) continue;
    seen.add(term);
    asked.push(term);
    if (corpus.index.has(term)) {
      terms.push({ term, weight: 1, asked: term });
      continue;
    }
    const corrections = corpus.index.correct(term);
    if (corrections.length === 0) unknown.push(term);
    for (const c of corrections) terms.push({ term: c, weight: CORRECTION_WEIGHT, asked: term });
  }
  const inOrder = typed.map((t) => terms.find((w) => w.asked === t.term)?.term ?? t.term);
  for (let i = 1; i < inOrder.length; i++) {
    const pair = `${inOrder[i - 1]} ${inOrder[i]}`;
    if (corpus.index.has(pair)) terms.push({ term: pair, weight: 1, asked: pair });
  }
  return { terms, asked, unknown };
}

/** The sentence of the text that matches most, with what follows it, cut at a word near EXCERPT_CHARS. */
function excerptOf(text: string, words: readonly string[]): string {
  const sentences = text.split(/(?<=[.;:])\s+|\n/).filter((s) => s.trim() !== '');
  let best = 0;
  let bestScore = -1;
  sentences.forEach((s, i) => {
    const lower = s.toLowerCase();
    const score = words.filter((w) => w.length > 2 && lower.includes(w)).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  let out = '';
  for (let i = best; i < sentences.length && out.length < EXCERPT_CHARS; i++) out += `${out ? ' ' : ''}${sentences[i]}`;
  if (out.length <= EXCERPT_CHARS + 80) return out;
  return `${out.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '')} …`;
}

function alsoIn(corpus: GuidanceCorpus, id: number, accept: (p: GuidancePassage) => boolean): { alsoIn?: string[] } {
  const sections: string[] = [];
  corpus.duplicateOf.forEach((first, i) => {
    const p = corpus.passages[i] as GuidancePassage;
    if (first === id && accept(p)) sections.push(p.section);
  });
  return sections.length > 0 ? { alsoIn: sections } : {};
}

/** A passage this short that names a section is a pointer ("MUEs are described in Chapter I, Section V."). */
const POINTER_CHARS = 200;

/**
 * Puts the section a pointer passage names right after the pointer, when the corpus holds it and it is not among
 * the hits already: the pointer matched the question, the section it points to answers it.
 */
function followPointers(
  corpus: GuidanceCorpus,
  hits: GuidanceHit[],
  accept: (p: GuidancePassage) => boolean,
  limit: number,
): void {
  for (let i = 0; i < hits.length && i < limit; i++) {
    const hit = hits[i] as GuidanceHit;
    if (hit.passage.text.length > POINTER_CHARS) continue;
    const ref = parseSectionRef(hit.passage.text);
    const target = ref ? passageBySection(corpus, ref, { document: hit.passage.document }) : undefined;
    if (!target || !accept(target) || target.text === '' || hits.some((h) => h.passage === target)) continue;
    hits.splice(i + 1, 0, {
      passage: target,
      score: hit.score,
      coverage: hit.coverage,
      citation: citePassage(target, corpus),
      excerpt: excerptOf(target.text, []),
      pointedFrom: hit.passage.section,
    });
    i++;
  }
  hits.splice(limit);
}

/** Ranked passages for a question, best first. */
export function searchGuidance(
  corpus: GuidanceCorpus,
  query: string,
  options: GuidanceSearchOptions = {},
): GuidanceSearchResult {
  const limit = limitOf(options);
  const accept = passageFilter(options);
  const mask = corpus.mask(
    `${options.document ?? ''}|${options.edition ?? ''}`,
    (p, i) => accept(p) && corpus.duplicateOf[i] === -1,
  );
  const notes: string[] = [];
  if (corpus.notice) notes.push(corpus.notice);
  for (const m of corpus.missing) {
    if (!options.document || options.document === m.kind)
      notes.push(`The corpus holds no edition of the ${m.title}: questions it answers cannot be answered here`);
  }

  const { terms, asked, unknown } = weighTerms(corpus, query);
  // a question word counts by its idf (a corrected typo by its correction's); a word no passage has counts as
  // much as the rarest word, so that a question about something the corpus lacks is not covered
  const weightOf = (t: string) =>
    Math.max(0, ...terms.filter((w) => w.asked === t).map((w) => corpus.index.idf(w.term)));
  const askedWeight = asked.reduce((sum, t) => sum + (unknown.includes(t) ? corpus.index.maxIdf : weightOf(t)), 0);
  const scored = corpus.index.score(terms, mask, limit);
  const words = query.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const hits: GuidanceHit[] = scored.map((s) => {
    const passage = corpus.passages[s.id] as GuidancePassage;
    const matchedWeight = [...s.matched].reduce((sum, t) => sum + weightOf(t), 0);
    return {
      passage,
      score: Math.round(s.score * 1000) / 1000,
      coverage: askedWeight > 0 ? Math.round((matchedWeight / askedWeight) * 100) / 100 : 0,
      citation: citePassage(passage, corpus),
      excerpt: excerptOf(passage.text, words),
      ...alsoIn(corpus, s.id, accept),
    };
  });

  followPointers(corpus, hits, accept, limit);
  const named = parseSectionRef(query);
  const sectionPassage = named ? passageBySection(corpus, named, options) : undefined;
  if (sectionPassage) {
    const rest = hits.filter((h) => h.passage !== sectionPassage).slice(0, limit - 1);
    hits.splice(
      0,
      hits.length,
      {
        passage: sectionPassage,
        score: (hits[0]?.score ?? 0) + 1,
        coverage: 1,
        citation: citePassage(sectionPassage, corpus),
        excerpt: excerptOf(sectionPassage.text, words) || sectionPassage.heading,
      },
      ...rest,
    );
  }
  if (unknown.length > 0 && !sectionPassage)
    notes.push(`Not found in any passage: ${unknown.map((u) => `"${u}"`).join(', ')}`);
  const notCovered = !sectionPassage && (hits[0]?.coverage ?? 0) < COVERAGE_THRESHOLD;
  if (notCovered) notes.push('No passage of the corpus answers this question well enough to quote');
  return { query, hits, notCovered, ...(sectionPassage ? { section: sectionPassage.section } : {}), notes };
}

/**
 * The passage of a section ("I.C.9.a.3", "section IV.H", "Chapter I, Section E"), from the newest edition that
 * holds it in full unless an edition is asked for; undefined when the corpus has no such section.
 */
export function passageBySection(
  corpus: GuidanceCorpus,
  section: string,
  options: Pick<GuidanceSearchOptions, 'document' | 'edition'> = {},
): GuidancePassage | undefined {
  const key = parseSectionRef(section) ?? section.trim();
  const candidates = corpus.passagesAt(key).filter((p) => !options.document || p.document === options.document);
  if (options.edition) return candidates.find((p) => sameEdition(p.edition, options.edition as string));
  return candidates.find((p) => p.supersededBy === undefined) ?? candidates[0];
}

/** A section's passage and every passage under it, in document order (what "section I.C.1.d" says in full). */
export function passagesUnder(
  corpus: GuidanceCorpus,
  section: string,
  options: Pick<GuidanceSearchOptions, 'document' | 'edition'> = {},
): GuidancePassage[] {
  const head = passageBySection(corpus, section, options);
  if (!head) return [];
  return corpus.passages.filter(
    (p) => p === head || (p.documentId === head.documentId && p.parents.some((q) => q.section === head.section)),
  );
}
