// Which of a main term and its subterm type-ahead says first when the wording rules leave it open ("Pressure >
// ulcer": "pressure ulcer" or "ulcer pressure"?): the ICD-10-CM code titles decide, counting word pairs.
import { phraseWords, type Swap } from './suggestion-words.js';

/** A phrase whose words may be put in the other order: its text and words, and the code it leads to. */
export interface Ordered {
  text: string;
  words: string[];
  target: { title: string | null } | null;
}

/** how often two words occur in the titles: adjacent ("pressure ulcer") or with "of" between them (`of`) */
type PairCount = (first: string, second: string, of: boolean) => number;

/**
 * Puts the main term first where the ICD-10-CM titles use its words in that order rather than the other: the title
 * of the code the phrase leads to first ("Pressure > ulcer" → L89.9 "Pressure ulcer of …" → "pressure ulcer", not
 * "ulcer pressure"; "Newborn > sepsis" → P36.9 "Bacterial sepsis of newborn" → "newborn sepsis"), else every title
 * of the code list ("Blood > pressure", no code: "Elevated blood-pressure reading…" → "blood pressure"). Word
 * pairs are counted adjacent and as "X of Y"; with no evidence either way the subterm stays first.
 */
export function settleOrder(pending: { entry: Ordered; swap: Swap }[], titles: () => readonly string[]): void {
  const undecided: { entry: Ordered; swap: Swap }[] = [];
  // each title's words, once per title (many phrases lead to one code)
  const wordsOf = new Map<string, string[]>();
  for (const item of pending) {
    const title = item.entry.target?.title;
    let words = title ? wordsOf.get(title) : [];
    if (!words) {
      words = titleWords(title as string);
      wordsOf.set(title as string, words);
    }
    const said = words;
    const verdict = preferSwap(item.swap, (a, b, of) => (hasPair(said, a, b, of) ? 1 : 0));
    if (verdict === undefined) undecided.push(item);
    else if (verdict) swapOrder(item);
  }
  if (undecided.length === 0) return;
  const counter = new PairCounter();
  for (const { swap } of undecided) preferSwap(swap, (a, b, of) => counter.want(a, b, of));
  counter.countIn(titles());
  for (const item of undecided) if (preferSwap(item.swap, (a, b, of) => counter.count(a, b, of))) swapOrder(item);
}

/**
 * true: the main term first; false: the subterm first; undefined: no evidence either way. The subterm first is
 * said by "sub head" and "head of sub" ("femur fracture", "fracture of femur"), the main term first by "head sub"
 * and "sub of head" ("pressure ulcer", "sepsis of newborn" → "newborn sepsis").
 */
function preferSwap(swap: Swap, count: PairCount): boolean | undefined {
  const asIs = count(swap.subLast, swap.headFirst, false) + count(swap.headLast, swap.subFirst, true);
  const swapped = count(swap.headLast, swap.subFirst, false) + count(swap.subLast, swap.headFirst, true);
  return swapped === 0 && asIs === 0 ? undefined : swapped > asIs;
}

function swapOrder({ entry, swap }: { entry: Ordered; swap: Swap }): void {
  entry.text = swap.text;
  entry.words = phraseWords(swap.text);
}

/** A title's words as the pairs are counted: lower case, apostrophes dropped, split on anything else. */
function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/'/g, '')
    .split(/[^a-z0-9]+/);
}

function hasPair(words: string[], a: string, b: string, of: boolean): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== a) continue;
    if (!of && words[i + 1] === b) return true;
    if (of && words[i + 1] === 'of' && words[i + 2] === b) return true;
  }
  return false;
}

/** How often word pairs occur in many titles: only the pairs asked for, counted without building strings. */
class PairCounter {
  /** first word → second word → count, for adjacent words and for "first of second" */
  private readonly adjacent = new Map<string, Map<string, number>>();
  private readonly across = new Map<string, Map<string, number>>();

  /** asks for a pair to be counted (answers 0, as a PairCount) */
  want(a: string, b: string, of: boolean): number {
    const table = of ? this.across : this.adjacent;
    let seconds = table.get(a);
    if (!seconds) {
      seconds = new Map();
      table.set(a, seconds);
    }
    seconds.set(b, 0);
    return 0;
  }

  count(a: string, b: string, of: boolean): number {
    return (of ? this.across : this.adjacent).get(a)?.get(b) ?? 0;
  }

  countIn(titles: readonly string[]): void {
    for (const title of titles) {
      const words = titleWords(title);
      for (let i = 0; i + 1 < words.length; i++) {
        const first = words[i] as string;
        const next = words[i + 1] as string;
        const seconds = this.adjacent.get(first);
        const n = seconds?.get(next);
        if (seconds && n !== undefined) seconds.set(next, n + 1);
        if (next !== 'of' || i + 2 >= words.length) continue;
        const ofs = this.across.get(first);
        const then = words[i + 2] as string;
        const m = ofs?.get(then);
        if (ofs && m !== undefined) ofs.set(then, m + 1);
      }
    }
  }
}
