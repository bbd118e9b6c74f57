// How an index term reads in type-ahead's phrases: the words a phrase is matched by (phraseWords), a term as shown
// (nonessential words, NEC and NOS left out), the form of a main term that heads its subterms' phrases ("Abnormal,
// abnormality" → "abnormality"), and which of a main term and its subterm is said first ("heart attack",
// "Barrett's esophagus", "pneumonia due to chemicals"); suggestion-order.ts settles the cases only the code titles
// can ("pressure ulcer"). Pure text functions.

/** Lower case, accents and apostrophes removed, split on anything not a letter or digit. */
export function phraseWords(text: string): string[] {
  // printable ASCII (nearly every term) has no accents to remove
  const ascii = /[^ -~]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  const words = ascii
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/);
  if (words[0] === '') words.shift();
  if (words[words.length - 1] === '') words.pop();
  return words;
}

/** A reference as the index words it, for matching a "see" target: lower case, no parentheses, ", " between parts. */
export function refText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(nec|nos)\b/g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
}

/** A term as shown: nonessential words in parentheses, NEC and NOS left out. */
export function cleanTerm(text: string): string {
  // most terms have nothing to clean: no regular expressions then (the build reads 110,000 rows)
  if (!/[(]|NEC|NOS|\s\s|\s,|,,|^[\s,]|[\s,]$/.test(text)) return text;
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(NEC|NOS)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/(,\s*)+/g, ', ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
}

export const commonPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** "attacks" of "attack", "infarction" of "infarct", "abnormality" of "abnormal": another form of the same word. */
function isVariant(first: string, other: string): boolean {
  const a = first.toLowerCase();
  const b = other.toLowerCase();
  return commonPrefix(a, b) >= Math.min(4, a.length, b.length) && !b.includes(' ');
}

const NOT_ADJECTIVES = new Set([
  'colic',
  'panic',
  'tic',
  'clinic',
  'mimic',
  'arsenic',
  'traffic',
  'music',
  'withdrawal',
  'canal',
  'animal',
  'metal',
  'hospital',
  'removal',
  'arrival',
  'refusal',
  'denial',
  'survival',
  'interval',
  'crystal',
  'signal',
  'reversal',
  'bed',
]);

/** A main term that goes before its subterm: "Barrett's > esophagus" → "Barrett's esophagus", "Accessory > heart". */
function isModifier(form: string): boolean {
  const last = form.toLowerCase().split(' ').pop() ?? '';
  if (/['\u2019]s$/.test(last)) return true;
  if (NOT_ADJECTIVES.has(last) || last.length < 5) return false;
  return /(ous|ory|ive|ic|al|oid)$/.test(last) || (/ed$/.test(last) && !/eed$/.test(last));
}

/** Common adjectives the suffixes of isModifier miss: a subterm that is one of them goes first. */
const ADJECTIVES = new Set(
  'high low acute chronic severe mild old late early small large raised elevated increased decreased primary secondary simple complex'.split(
    ' ',
  ),
);

/** Words that introduce a subterm read after its main term ("pneumonia due to chemicals", "fracture of femur"). */
const CONNECTIVES = new Set(
  'with without due in of by from following after during complicating complicated on at to for involving affecting resulting causing associated as not and or except when within into under than via through because between'.split(
    ' ',
  ),
);
/** Subterms that say nothing on their own ("with", "specified NEC", "by site"). */
const EMPTY_SUBTERMS = /^(specified|unspecified|other|site|sites|by site|multiple|see|and|or|nos)\b/i;
/** ICD-10-PCS subterms that only say which side or part ("Right", "Lower"): not offered on their own. */
export const POSITIONS = new Set(
  'right left bilateral unilateral upper lower anterior posterior lateral medial proximal distal multiple single both'.split(
    ' ',
  ),
);

const endsWithConnective = (text: string): boolean => CONNECTIVES.has(text.toLowerCase().split(' ').pop() ?? '');
export const firstForm = (text: string): string => cleanTerm(text).split(', ')[0] ?? '';

/** The form of a main term that heads a phrase: "Abnormal, abnormality" → "abnormality"; qualifiers dropped. */
function headForm(mainText: string): string {
  const forms = cleanTerm(mainText).split(', ');
  const first = forms[0] ?? '';
  const variants = [first, ...forms.slice(1).filter((f) => isVariant(first, f))];
  return variants.find((f) => !isModifier(f)) ?? first;
}

/** "Pneumonia" → "pneumonia" within a phrase; names ("Barrett's", "Down") and acronyms keep their capitals. */
function inPhrase(text: string): string {
  if (/['\u2019]/.test(text) || !/^[A-Z][a-z]/.test(text) || /[A-Z]/.test(text.slice(1))) return text;
  return text[0]?.toLowerCase() + text.slice(1);
}

/** ICD-10-PCS's Title Case body parts within a phrase: "Knee Joint" → "knee joint"; "CT", "3D" kept. */
function pcsWords(text: string): string {
  return text
    .split(' ')
    .map((w) => (/^[A-Z][a-z]+$/.test(w) ? w.toLowerCase() : w))
    .join(' ');
}

/** A main term as it heads its subterms' phrases, worked out once per main term. */
export interface Head {
  /** "attack", "Barrett's", "replacement" */
  text: string;
  /** its first and last words as phraseWords gives them */
  firstWord: string;
  lastWord: string;
  /** it goes first: a modifier ("Barrett's esophagus") or ending in a preposition ("control bleeding in knee region") */
  first: boolean;
}

/**
 * An ICD-10-PCS main term as said: "Replacement, knee" → "knee replacement" (a lower-case qualifier after the
 * comma reads first); other forms ("Achillotenotomy, achillotomy", "Block, Nerve, anesthetic injection") as written.
 */
export function pcsMain(text: string): string {
  const clean = cleanTerm(text);
  const forms = clean.split(', ');
  const [first, second] = forms;
  if (forms.length !== 2 || !first || !second || !/^[a-z][a-z ]*$/.test(second)) return clean;
  if (commonPrefix(first.toLowerCase(), second) >= 3) return clean;
  return `${second} ${pcsWords(first)}`;
}

export function headOf(mainText: string, pcs: boolean): Head {
  const text = pcs ? pcsWords(pcsMain(mainText)) : headForm(mainText);
  const first = endsWithConnective(text) || (!pcs && isModifier(text));
  const words = phraseWords(text);
  return {
    text: first ? text : inPhrase(text),
    first,
    firstWord: words[0] ?? '',
    lastWord: words[words.length - 1] ?? '',
  };
}

/**
 * The main term and subterm as people say them: "heart attack", "Barrett's esophagus", "pneumonia due to
 * chemicals"; null for a subterm that says nothing alone ("with", "specified NEC").
 */
export function combine(head: Head, subText: string, pcs: boolean): Combined | null {
  const sub = firstForm(subText);
  if (!head.text || !sub || EMPTY_SUBTERMS.test(sub)) return null;
  const subShown = pcs ? pcsWords(sub) : sub;
  const subWords = sub.toLowerCase().split(' ');
  if (CONNECTIVES.has(subWords[0] ?? '')) {
    if (subWords.every((w) => CONNECTIVES.has(w))) return null;
    return { text: `${head.text} ${subShown}` };
  }
  if (head.first) return { text: `${head.text} ${subShown}` };
  // a body part before its procedure; an adjective before its noun ("high blood pressure", "acute pneumonia")
  if (pcs || isModifier(sub) || ADJECTIVES.has(sub.toLowerCase())) return { text: `${subShown} ${head.text}` };
  // "Newborn > sepsis", "Pressure > ulcer": a noun main term may be the modifier; the titles say which order
  const words = phraseWords(sub);
  return {
    text: `${subShown} ${head.text}`,
    swap: {
      text: `${head.text} ${subShown}`,
      subFirst: words[0] ?? '',
      subLast: words[words.length - 1] ?? '',
      headFirst: head.firstWord,
      headLast: head.lastWord,
    },
  };
}

/** A phrase, and for a subterm read before its main term, the other order with what would show which is said. */
export interface Combined {
  text: string;
  swap?: Swap;
}

export interface Swap {
  /** the main term first: "pressure ulcer" */
  text: string;
  subFirst: string;
  subLast: string;
  headFirst: string;
  headLast: string;
}
