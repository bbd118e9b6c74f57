// The phrases type-ahead offers, read from the catalog's indexes: each ICD-10-CM Alphabetic Index main term in its
// own words ("Pneumonia"), each main term with one of its subterms read the way people say it ("Attack > heart" →
// "heart attack", "Pneumonia > due to chemicals" → "pneumonia due to chemicals", "Barrett's > esophagus" →
// "Barrett's esophagus"), the External Cause Index the same way at a lower priority, the ICD-10-PCS Index's main
// terms and their body parts ("Replacement > Joint > Knee" → "knee joint replacement"), and the caller's extra
// phrases (the lay-term dictionary). Each phrase carries its default code: the row's own, or the one reached by
// following its "see" reference ("Attack, heart — see Infarct, myocardium" → I21.9), and a popularity weight: the
// index rows under the term (and a share of those under the term its "see" names). Which of a main term and its
// subterm is said first is decided by rules, then by the ICD-10-CM titles ("pressure ulcer", not "ulcer pressure").
// Pure: the catalog's layers only. docs/search.md describes the rules with examples.
import {
  type Catalog,
  CODE_SYSTEMS,
  type CodeIndex,
  type CodeSystem,
  codeKey,
  type IndexLayer,
  isCodeSystem,
} from '../catalog/index.js';
import { settleOrder } from './suggestion-order.js';
import {
  cleanTerm,
  combine,
  commonPrefix,
  firstForm,
  headOf,
  POSITIONS,
  pcsMain,
  phraseWords,
  refText,
  type Swap,
} from './suggestion-words.js';

/** A phrase from outside the indexes (the lay-term dictionary): its code, or an expansion that names a term. */
export interface ExtraPhrase {
  /** the words offered, as they should be shown ("heart attack") */
  phrase: string;
  /** the clinical wording it stands for ("myocardial infarction"), used for the code when none is given */
  expansion?: string;
  /** the code system of `code` (guessed from the code lists when absent) */
  system?: string;
  code?: string;
}

export type SuggestionSource = 'index' | 'pcs-index' | 'lay';

/** Where a phrase leads: a code of the system's newest code list, or an ICD-10-PCS table row's code prefix. */
export interface SuggestionTarget {
  system: CodeSystem;
  /** the code as printed; null when the index names only a prefix (ICD-10-PCS "0SRC") */
  code: string | null;
  /** the ICD-10-PCS code prefix the index names when it names no whole code */
  prefix: string | null;
  title: string | null;
  billable: boolean;
}

export interface PhraseEntry {
  text: string;
  /** the words matched (lower case, accents and apostrophes removed) */
  words: string[];
  /** 0: a main term or an extra phrase; 1: a subterm read with its main term */
  level: 0 | 1;
  /** 0: the Alphabetic Index, the ICD-10-PCS Index and extra phrases; 1: the External Cause Index */
  priority: 0 | 1;
  source: SuggestionSource;
  system: CodeSystem | null;
  target: SuggestionTarget | null;
  /** popularity: index rows under the term, plus a share of those under the term its "see" reference names */
  weight: number;
}

/** Phrases longer than this are not offered (nobody types them, and matching stays cheap). */
export const MAX_PHRASE_WORDS = 12;
const MAX_SEE_HOPS = 4;
/** a "see" row's weight: its target's, divided by SEE_SHARE, at most SEE_MAX */
const SEE_SHARE = 4;
const SEE_MAX = 40;
/** the last parts of a "see" reference that only say "look further" */
const LOOK_FURTHER = /^(by site|by type|by body region|site|specified|unspecified|type|)$/;

/** The newest code list of each system, and what an index reference names there. */
class CodeBook {
  private readonly lists = new Map<CodeSystem, CodeIndex | null>();
  private readonly targets = new Map<CodeSystem, Map<string, SuggestionTarget | null>>();

  constructor(private readonly catalog: Catalog) {}

  private list(system: CodeSystem): CodeIndex | null {
    let list = this.lists.get(system);
    if (list === undefined) {
      const pick = this.catalog.pick(system, 'codes');
      list = pick ? this.catalog.codeIndex(pick.release) : null;
      this.lists.set(system, list);
    }
    return list;
  }

  /**
   * The titles of the system's newest code list, but those of codes of seven characters: in ICD-10-CM mostly a
   * seventh character's encounter words repeated over its code's title (two thirds of the list).
   */
  shortCodeTitles(system: CodeSystem): string[] {
    const layer = this.list(system)?.layer;
    if (!layer) return [];
    return layer.titles.filter((_, i) => (layer.codes[i] as string).replace('.', '').length < 7);
  }

  /** "I21.9", "S72.00-" (the header S72.00), ICD-10-PCS "0FJ44ZZ" or a table prefix "0SRC"; null when not a code. */
  target(system: CodeSystem, ref: string): SuggestionTarget | null {
    let cache = this.targets.get(system);
    if (!cache) {
      cache = new Map();
      this.targets.set(system, cache);
    }
    const known = cache.get(ref);
    if (known !== undefined) return known;
    const key = codeKey(ref.replace(/[-.\s]+$/, ''));
    let found: SuggestionTarget | null = null;
    if (/^[A-Z0-9]{1,7}$/.test(key) && system === 'icd10pcs' && key.length < 7) {
      found = { system, code: null, prefix: key, title: null, billable: false };
    } else if (key) {
      const list = this.list(system);
      const at = list?.byKey.get(key);
      if (list && at !== undefined) {
        const entry = list.entryAt(at);
        found = { system, code: entry.code, prefix: null, title: entry.title || null, billable: entry.billable };
      }
    }
    cache.set(ref, found);
    return found;
  }

  /** A code given without its system: the first code list that has it. */
  guess(ref: string): SuggestionTarget | null {
    for (const system of CODE_SYSTEMS) {
      const found = this.target(system, ref);
      if (found?.code) return found;
    }
    return null;
  }
}

const firstPart = (key: string): string => {
  const comma = key.indexOf(', ');
  return comma < 0 ? key : key.slice(0, comma);
};

type IndexRow = IndexLayer['terms'][number];

/** One index layer as a tree: children per row, the text keys "see" references are matched against. */
class IndexTree {
  readonly rows: IndexRow[];
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  readonly subtree: Int32Array;
  /** each row's text as references word it (made on first use: most rows are never looked up) */
  private readonly keys: (string | undefined)[];
  /** main terms by their text and by their first form */
  private readonly mains = new Map<string, number[]>();
  private readonly childMaps = new Map<number, Map<string, number>>();
  /** rows found per reference (the same references recur: "Infarct, myocardium"), strict and loose */
  private readonly found = new Map<string, number>();
  private readonly foundLoose = new Map<string, number>();
  /** the default code of each row, once worked out (undefined: not yet) */
  private readonly resolved: (Resolution | null | undefined)[];

  constructor(
    readonly layer: IndexLayer,
    readonly system: CodeSystem,
    private readonly book: CodeBook,
    /** where a "see" reference not found here is looked up (the External Cause Index → the Alphabetic Index) */
    private readonly fallback: IndexTree | null,
  ) {
    const rows = layer.terms;
    const n = rows.length;
    this.rows = rows;
    const counts = new Int32Array(n + 1);
    for (const row of rows) if (row.p >= 0) counts[row.p + 1] = (counts[row.p + 1] as number) + 1;
    for (let i = 0; i < n; i++) counts[i + 1] = (counts[i + 1] as number) + (counts[i] as number);
    this.childStart = counts;
    const fill = counts.slice(0, n);
    this.childList = new Int32Array(n);
    this.subtree = new Int32Array(n).fill(1);
    this.keys = new Array(n);
    for (let r = 0; r < n; r++) {
      const row = rows[r] as IndexRow;
      if (row.p >= 0) {
        this.childList[fill[row.p] as number] = r;
        fill[row.p] = (fill[row.p] as number) + 1;
        continue;
      }
      const full = this.key(r);
      const first = firstPart(full);
      this.addMain(full, r);
      if (first !== full) this.addMain(first, r);
    }
    // rows come in document order (a parent before its children): sizes add up from the end
    for (let r = n - 1; r >= 0; r--) {
      const p = (rows[r] as IndexRow).p;
      if (p >= 0) this.subtree[p] = (this.subtree[p] as number) + (this.subtree[r] as number);
    }
    this.resolved = new Array(n);
  }

  private addMain(key: string, r: number): void {
    const list = this.mains.get(key);
    if (list) list.push(r);
    else this.mains.set(key, [r]);
  }

  private key(r: number): string {
    let key = this.keys[r];
    if (key === undefined) {
      key = refText((this.rows[r] as IndexRow).t);
      this.keys[r] = key;
    }
    return key;
  }

  children(r: number): Int32Array {
    return this.childList.subarray(this.childStart[r] as number, this.childStart[r + 1] as number);
  }

  /** A row's children by their text and by their first form (the first child of a wording wins), made on first use. */
  private childKeys(r: number): Map<string, number> {
    let keys = this.childMaps.get(r);
    if (!keys) {
      keys = new Map();
      const from = this.childStart[r] as number;
      const to = this.childStart[r + 1] as number;
      for (let i = from; i < to; i++) {
        const c = this.childList[i] as number;
        if (!keys.has(this.key(c))) keys.set(this.key(c), c);
      }
      for (let i = from; i < to; i++) {
        const c = this.childList[i] as number;
        const first = firstPart(this.key(c));
        if (!keys.has(first)) keys.set(first, c);
      }
      this.childMaps.set(r, keys);
    }
    return keys;
  }

  /** Follows the parts of a reference below a row as far as they go: [row reached, parts used]. */
  private descend(row: number, parts: string[], used: number): [number, number] {
    while (used < parts.length) {
      let [next, j] = this.childNamed(row, parts, used);
      // references leave out the "with" the index lists a complication under: "see Diabetes, neuropathy" is
      // Diabetes > with > neuropathy
      const withRow = next < 0 ? this.childKeys(row).get('with') : undefined;
      if (withRow !== undefined) [next, j] = this.childNamed(withRow, parts, used);
      if (next < 0) break;
      row = next;
      used = j;
    }
    return [row, used];
  }

  /** The child of a row the longest run of parts from `used` names: [child, parts used up to], or [-1, used]. */
  private childNamed(row: number, parts: string[], used: number): [number, number] {
    const keys = this.childKeys(row);
    for (let j = parts.length; j > used; j--) {
      const next = keys.get(parts.slice(used, j).join(', '));
      if (next !== undefined) return [next, j];
    }
    return [-1, used];
  }

  /**
   * The row a "see" reference names ("Infarct, myocardium"). `loose`: as near as its parts lead ("Injury, nerve,
   * phrenic" → Injury > nerve when "phrenic" is not under it); otherwise only a row every part leads to, but for
   * parts that only say "look further" ("Fracture, traumatic, by site"). -1 when none.
   */
  find(reference: string, loose = false): number {
    const cache = loose ? this.foundLoose : this.found;
    let row = cache.get(reference);
    if (row === undefined) {
      row = this.lookUp(reference, loose);
      cache.set(reference, row);
    }
    return row;
  }

  private lookUp(reference: string, loose: boolean): number {
    const parts = refText(reference).split(', ');
    for (let j = parts.length; j >= 1; j--) {
      const candidates = this.mains.get(parts.slice(0, j).join(', '));
      if (!candidates) continue;
      let best = -1;
      let bestUsed = -1;
      for (const m of candidates) {
        const [row, used] = this.descend(m, parts, j);
        if (used > bestUsed) {
          best = row;
          bestUsed = used;
        }
      }
      return loose || parts.slice(bestUsed).every((p) => LOOK_FURTHER.test(p)) ? best : -1;
    }
    return -1;
  }

  /** Whether a row's "see" reference names a term (which may have no code of its own: "see Fracture, traumatic, by site"). */
  seesTerm(r: number): boolean {
    const see = (this.rows[r] as IndexRow).see;
    return see !== undefined && (this.find(see, true) >= 0 || (this.fallback?.find(see, true) ?? -1) >= 0);
  }

  /** A row's default code: its own, else its "see" reference's (ICD-10-PCS: also its first see line's). */
  resolve(r: number, hops = 0): Resolution | null {
    const known = this.resolved[r];
    if (known !== undefined) return known;
    this.resolved[r] = null; // a reference cycle ends here
    const result = this.work(r, hops);
    this.resolved[r] = result;
    return result;
  }

  private work(r: number, hops: number): Resolution | null {
    const row = this.rows[r] as IndexRow;
    // its own code, codes, or (ICD-10-PCS) table
    for (const ref of [row.c, ...(row.cs ?? []), row.tab]) {
      if (!ref) continue;
      const target = this.book.target(this.system, ref);
      if (target) return { target, tree: this, row: r };
    }
    // "Neuropathy > diabetic — see E08-E13 with .40": the type 2 code, the default when the type of diabetes is
    // not documented (ICD-10-CM guideline I.C.4.a.2)
    const diabetes = row.see ? /^E08-E13 with (\.[0-9A-Z]+)$/.exec(row.see.trim()) : null;
    if (diabetes) {
      const target = this.book.target(this.system, `E11${diabetes[1]}`);
      if (target) return { target, tree: this, row: r };
    }
    if (row.see && hops < MAX_SEE_HOPS) {
      for (const tree of [this, this.fallback]) {
        const to = tree?.find(row.see) ?? -1;
        if (tree && to >= 0 && !(tree === this && to === r)) return tree.resolve(to, hops + 1);
      }
    }
    if (this.system !== 'icd10pcs' || row.use) return null;
    // ICD-10-PCS main terms point with unnamed lines: "Cholecystectomy — see Excision, Gallbladder"
    for (const c of this.children(r)) {
      const child = this.rows[c] as IndexRow;
      if (child.t.trim() === '' && (child.see || child.c || child.cs)) {
        const found = this.resolve(c, hops + 1);
        if (found) return found;
      }
    }
    // a body part whose sides name the rows of one table ("Replacement > Joint > Knee": 0SRD, 0SRC): that table
    let common: string | null = null;
    for (const c of this.children(r)) {
      const child = this.rows[c] as IndexRow;
      const ref = child.c ?? child.cs?.[0];
      if (!ref || child.t.trim() === '') continue;
      const key = codeKey(ref);
      common = common === null ? key : common.slice(0, commonPrefix(common, key));
    }
    if (common && common.length >= 3) {
      const target = this.book.target(this.system, common);
      if (target) return { target, tree: this, row: r };
    }
    return null;
  }
}

interface Resolution {
  target: SuggestionTarget;
  tree: IndexTree;
  /** the row that names the code */
  row: number;
}

interface TreeSpec {
  tree: IndexTree;
  source: SuggestionSource;
  priority: 0 | 1;
  pcs: boolean;
}

/** A subterm phrase whose order the code titles decide (settleOrder). */
type Pending = { entry: PhraseEntry; swap: Swap };

function indexPhrases(spec: TreeSpec, out: PhraseEntry[], pending: Pending[]): void {
  const { tree, source, priority, pcs } = spec;
  const add = (text: string, level: 0 | 1, r: number, swap?: Swap): void => {
    const words = phraseWords(text);
    if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return;
    const found = tree.resolve(r);
    // a "see" row is an alias: the term it names counts, in part (an old synonym does not outrank a main term)
    let weight = tree.subtree[r] as number;
    if (found && (found.tree !== tree || found.row !== r))
      weight += Math.min(SEE_MAX, Math.ceil((found.tree.subtree[found.row] as number) / SEE_SHARE));
    const entry: PhraseEntry = {
      text,
      words,
      level,
      priority,
      source,
      system: found?.target.system ?? tree.system,
      target: found?.target ?? null,
      weight,
    };
    out.push(entry);
    if (swap) pending.push({ entry, swap });
  };
  const named = (r: number): boolean => (tree.rows[r] as IndexRow).t.trim() !== '';
  const hasNamedChildren = (r: number): boolean => {
    for (let i = tree.childStart[r] as number; i < (tree.childStart[r + 1] as number); i++)
      if (named(tree.childList[i] as number)) return true;
    return false;
  };
  tree.rows.forEach((row, m) => {
    if (row.p >= 0) return;
    // a PCS body-part or device key entry ("Abductor hallucis muscle — use Foot Muscle") names no procedure
    if (pcs && row.use && !row.c && !row.cs) return;
    // a term is offered when it leads somewhere: a code (even one no longer in force), a term it refers to, or
    // terms under it
    const useful = (r: number): boolean => {
      const at = tree.rows[r] as IndexRow;
      return Boolean(at.c || at.cs || at.tab) || tree.resolve(r) !== null || hasNamedChildren(r) || tree.seesTerm(r);
    };
    const main = pcs ? pcsMain(row.t) : cleanTerm(row.t);
    if (main && useful(m)) add(main, 0, m);
    const head = headOf(row.t, pcs);
    for (let i = tree.childStart[m] as number; i < (tree.childStart[m + 1] as number); i++) {
      const c = tree.childList[i] as number;
      if (!named(c) || !useful(c)) continue;
      const sub = tree.rows[c] as IndexRow;
      const both = combine(head, sub.t, pcs);
      if (both) add(both.text, 1, c, both.swap);
      // ICD-10-PCS: "Replacement > Joint > Knee" → "knee joint replacement" (not "right …", not "lower …")
      if (!pcs || head.first) continue;
      for (let k = tree.childStart[c] as number; k < (tree.childStart[c + 1] as number); k++) {
        const g = tree.childList[k] as number;
        if (!named(g) || !useful(g)) continue;
        const part = firstForm((tree.rows[g] as IndexRow).t);
        if (!part || phraseWords(part).every((w) => POSITIONS.has(w))) continue;
        const two = combine(head, `${part} ${firstForm(sub.t)}`, true);
        if (two) add(two.text, 1, g);
      }
    }
  });
}

/**
 * The order of phrases before any query: the External Cause Index after the others (its "Fracture" is X58, the
 * circumstance, not the injury), then fewer words, main terms before subterms, popularity, and, between phrases
 * equally popular, the one whose rarest word the indexes use more ("heart attack" before "heart apoplexia").
 */
function staticOrder(entries: PhraseEntry[], commonness: Int32Array): (x: number, y: number) => number {
  // the numeric keys packed into one number per phrase (priority, words, level: a digit each; weight and
  // commonness below a million), so that most comparisons are one subtraction
  const rank = new Float64Array(entries.length);
  entries.forEach((e, i) => {
    const weight = Math.min(e.weight, 999_999);
    const common = Math.min(commonness[i] as number, 999_999);
    rank[i] =
      ((e.priority * 100 + e.words.length) * 10 + e.level) * 1e12 + (999_999 - weight) * 1e6 + (999_999 - common);
  });
  return (x, y) => {
    const d = (rank[x] as number) - (rank[y] as number);
    if (d !== 0) return d;
    const a = (entries[x] as PhraseEntry).text;
    const b = (entries[y] as PhraseEntry).text;
    return a < b ? -1 : a > b ? 1 : x - y;
  };
}

/**
 * Every phrase to offer, best first in the order that needs no query (staticOrder), one per wording (words compared without case,
 * accents or punctuation): the best keeps its place and takes a code from a duplicate when it has none.
 */
export function collectPhrases(catalog: Catalog, extras: readonly ExtraPhrase[] = []): PhraseEntry[] {
  const book = new CodeBook(catalog);
  const open = (system: CodeSystem, kind: 'cm-index' | 'cm-eindex' | 'pcs-index', fallback: IndexTree | null) => {
    const pick = catalog.pick(system, kind);
    return pick ? new IndexTree(catalog.layer(pick.release, kind) as IndexLayer, system, book, fallback) : null;
  };
  const cm = open('icd10cm', 'cm-index', null);
  const external = open('icd10cm', 'cm-eindex', cm);
  const pcs = open('icd10pcs', 'pcs-index', null);
  const specs: TreeSpec[] = [];
  if (cm) specs.push({ tree: cm, source: 'index', priority: 0, pcs: false });
  if (external) specs.push({ tree: external, source: 'index', priority: 1, pcs: false });
  if (pcs) specs.push({ tree: pcs, source: 'pcs-index', priority: 0, pcs: true });
  const entries: PhraseEntry[] = [];
  const pending: Pending[] = [];
  for (const spec of specs) indexPhrases(spec, entries, pending);
  settleOrder(pending, () => book.shortCodeTitles('icd10cm'));
  entries.push(...extraEntries(extras, entries, book, [cm, pcs]));
  // how many phrases hold each word; a phrase's commonness is that of its rarest word
  const phrasesWith = new Map<string, number>();
  for (const e of entries)
    for (let k = 0; k < e.words.length; k++) {
      const w = e.words[k] as string;
      if (e.words.indexOf(w) === k) phrasesWith.set(w, (phrasesWith.get(w) ?? 0) + 1);
    }
  const commonness = new Int32Array(entries.length);
  entries.forEach((e, i) => {
    let least = Number.MAX_SAFE_INTEGER;
    for (const w of e.words) least = Math.min(least, phrasesWith.get(w) ?? 0);
    commonness[i] = least;
  });
  const order = Array.from({ length: entries.length }, (_, i) => i).sort(staticOrder(entries, commonness));
  const kept = new Map<string, PhraseEntry>();
  const out: PhraseEntry[] = [];
  for (const i of order) {
    const e = entries[i] as PhraseEntry;
    const key = e.words.join(' ');
    const first = kept.get(key);
    if (!first) {
      kept.set(key, e);
      out.push(e);
    } else if (!first.target && e.target) {
      first.target = e.target;
      first.system = e.target.system;
    }
  }
  return out;
}

/** The extra phrases with their codes: given, else their expansion's (an index phrase of the same words, or a term). */
function extraEntries(
  extras: readonly ExtraPhrase[],
  indexed: PhraseEntry[],
  book: CodeBook,
  trees: (IndexTree | null)[],
): PhraseEntry[] {
  if (extras.length === 0) return [];
  // an index phrase by its words in any order, the most popular of each wording
  const byWords = new Map<string, PhraseEntry>();
  for (const e of indexed) {
    if (!e.target) continue;
    const key = [...e.words].sort().join(' ');
    const had = byWords.get(key);
    if (!had || e.weight > had.weight) byWords.set(key, e);
  }
  const out: PhraseEntry[] = [];
  for (const extra of extras) {
    const text = typeof extra.phrase === 'string' ? extra.phrase.replace(/\s+/g, ' ').trim() : '';
    const words = phraseWords(text);
    if (words.length === 0 || words.length > MAX_PHRASE_WORDS) continue;
    const system = extra.system && isCodeSystem(extra.system) ? extra.system : null;
    let target: SuggestionTarget | null = null;
    let weight = 0;
    // an index phrase of the same words first (heart attack: Attack, heart → Infarct, myocardium: I21.9), then the
    // expansion's index term, else the code the entry names (often a category: I21)
    const own = byWords.get([...words].sort().join(' '));
    if (own?.target && (!system || own.target.system === system)) {
      target = own.target;
      weight = own.weight;
    }
    if (!target && extra.expansion) {
      const same = byWords.get(phraseWords(extra.expansion).sort().join(' '));
      if (same?.target && (!system || same.target.system === system)) {
        target = same.target;
        weight = same.weight;
      }
      for (const tree of trees) {
        if (target || !tree || (system && tree.system !== system)) continue;
        const row = tree.find(extra.expansion);
        const found = row >= 0 ? tree.resolve(row) : null;
        if (found) {
          target = found.target;
          weight = tree.subtree[row] as number;
        }
      }
    }
    if (!target && extra.code) target = system ? book.target(system, extra.code) : book.guess(extra.code);
    out.push({
      text,
      words,
      level: 0,
      priority: 0,
      source: 'lay',
      system: target?.system ?? system,
      target,
      weight,
    });
  }
  return out;
}
