// The in-memory index of the guidance passages, built once when the corpus is loaded: BM25F over three fields (the
// passage's own heading weighted most, the headings of the sections around it, its text), unigrams and adjacent
// word pairs, and a table of one-letter deletions to find the word meant by a typo. Each posting holds its whole
// BM25 contribution, so answering a question is a sum over a few posting lists.
import type { GuidancePassage } from '../codesets/guidance/index.js';
import { passageTerms } from './normalise.js';

const K1 = 1.2;
const FIELDS = [
  { name: 'heading', weight: 3, b: 0.3 },
  { name: 'parents', weight: 0.8, b: 0.3 },
  { name: 'text', weight: 1, b: 0.75 },
] as const;

/** A word pair is worth this share of a word: it rewards the question's phrases ("septic shock", "first listed"). */
export const PAIR_WEIGHT = 0.6;

interface Posting {
  ids: number[];
  /** the BM25 contribution of the term to each passage (idf included) */
  scores: number[];
}

export interface ScoredPassage {
  id: number;
  score: number;
  /** the question terms (unigrams) found in the passage */
  matched: Set<string>;
}

export interface WeightedTerm {
  term: string;
  weight: number;
  /** the question term this one stands for (itself, or the word a typo was taken to mean) */
  asked: string;
}

function fieldTerms(passage: GuidancePassage): string[][] {
  return [
    passageTerms(passage.heading),
    passageTerms(passage.parents.map((p) => p.heading).join(' ')),
    passageTerms(passage.text),
  ];
}

function pairsOf(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < terms.length; i++) out.push(`${terms[i - 1]} ${terms[i]}`);
  return out;
}

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Damerau-Levenshtein distance (adjacent transpositions count one), stopping early beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const up = d[i - 1] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
  }
  return (d[a.length] as number[])[b.length] as number;
}

export class GuidanceIndex {
  private readonly postings = new Map<string, Posting>();
  private readonly idfs = new Map<string, number>();
  private readonly byDeletion = new Map<string, string[]>();
  readonly size: number;

  /** Indexes `passages`; a passage's number in the index is its position in the array. */
  constructor(passages: readonly GuidancePassage[], searchable: (p: GuidancePassage) => boolean) {
    this.size = passages.length;
    const fields = passages.map((p) => (searchable(p) ? fieldTerms(p) : undefined));
    const averages = FIELDS.map((_, f) => {
      const lengths = fields.flatMap((fs) => (fs ? [(fs[f] as string[]).length] : []));
      return Math.max(1, lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length));
    });
    const weighted = new Map<string, Map<number, number>>();
    const indexed = fields.filter((f) => f !== undefined).length;
    fields.forEach((fs, id) => {
      if (!fs) return;
      FIELDS.forEach((field, f) => {
        const terms = fs[f] as string[];
        const norm = 1 - field.b + (field.b * terms.length) / (averages[f] as number);
        for (const [list, share] of [
          [terms, 1],
          [pairsOf(terms), PAIR_WEIGHT],
        ] as const) {
          for (const term of list) {
            let perPassage = weighted.get(term);
            if (!perPassage) {
              perPassage = new Map();
              weighted.set(term, perPassage);
            }
            perPassage.set(id, (perPassage.get(id) ?? 0) + (field.weight * share) / norm);
          }
        }
      });
    });
    for (const [term, perPassage] of weighted) {
      const idf = Math.log(1 + (indexed - perPassage.size + 0.5) / (perPassage.size + 0.5));
      this.idfs.set(term, idf);
      const posting: Posting = { ids: [], scores: [] };
      for (const [id, tf] of perPassage) {
        posting.ids.push(id);
        posting.scores.push((idf * tf * (K1 + 1)) / (K1 + tf));
      }
      this.postings.set(term, posting);
      if (!term.includes(' ') && term.length >= 4 && !/\d/.test(term)) {
        for (const del of deletions(term)) {
          const list = this.byDeletion.get(del);
          if (list) list.push(term);
          else this.byDeletion.set(del, [term]);
        }
      }
    }
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  idf(term: string): number {
    return this.idfs.get(term) ?? 0;
  }

  /** The highest idf of any term: what a question word that no passage has is worth when coverage is judged. */
  get maxIdf(): number {
    return Math.log(1 + (this.size + 0.5) / 0.5);
  }

  /** The indexed words a typo may stand for: one edit away (two for words of eight letters or more). */
  correct(word: string): string[] {
    if (word.length < 4 || /\d/.test(word)) return [];
    const max = word.length >= 8 ? 2 : 1;
    const found = new Map<string, number>();
    for (const del of deletions(word)) {
      for (const candidate of this.byDeletion.get(del) ?? []) {
        if (found.has(candidate)) continue;
        const d = editDistance(word, candidate, max);
        if (d <= max) found.set(candidate, d);
      }
    }
    const best = Math.min(...found.values());
    return [...found.entries()]
      .filter(([, d]) => d === best)
      .sort((a, b) => this.idf(a[0]) - this.idf(b[0]))
      .slice(0, 3)
      .map(([t]) => t);
  }

  /**
   * The `limit` best passages among those `accept` lets through (one flag per passage), by the sum of the terms'
   * postings. The question's words a passage matches are kept as bits (up to 31 words; more are scored, not
   * tracked).
   */
  score(terms: readonly WeightedTerm[], accept: Uint8Array, limit: number): ScoredPassage[] {
    const scores = new Float64Array(this.size);
    const matchedBits = new Int32Array(this.size);
    const touched: number[] = [];
    const askedBit = new Map<string, number>();
    for (const { term, weight, asked } of terms) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const pair = term.includes(' ');
      let bit = askedBit.get(asked);
      if (bit === undefined && !pair) {
        bit = askedBit.size < 31 ? 1 << askedBit.size : 0;
        askedBit.set(asked, bit);
      }
      const { ids, scores: contributions } = posting;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        if (accept[id] !== 1) continue;
        if (scores[id] === 0) touched.push(id);
        scores[id] = (scores[id] as number) + weight * (contributions[i] as number);
        if (bit) matchedBits[id] = (matchedBits[id] as number) | bit;
      }
    }
    touched.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    return touched.slice(0, limit).map((id) => {
      const bits = matchedBits[id] as number;
      const matched = new Set<string>();
      for (const [asked, bit] of askedBit) if (bits & bit) matched.add(asked);
      return { id, score: scores[id] as number, matched };
    });
  }
}
