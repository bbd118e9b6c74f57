// Words of passages and questions made comparable: lower case, a light suffix stemmer (plural, -ing, -ed, -ly;
// enough to meet "sequencing" with "sequenced" and "sequence"), stop words and question words dropped, and coder
// shorthand expanded ("dx", "pdx", "poa", "e/m", "mod 59"). The clinical abbreviations are the search engine's
// (src/search: "htn", "ckd", "copd"); modifier names that are also abbreviations ("rt", "lt") keep their letters.
import { ABBREVIATIONS } from '../search/index.js';

const STOP_WORDS = new Set(
  (
    'a an the and or of to in on for by with as at from into is are was were be been being it its this that these ' +
    'those there their them they he she his her we you your i me my our us do does did doing done can could should ' +
    'would will shall may might must have has had having not no nor if then than so such what which who whom whose ' +
    'when where why how all any each both either about above below over under again further once here also only ' +
    'very just more most other some own same too up down out off per vs versus etc e g ie eg ' +
    'guideline guidelines rule rules say says tell explain mean means meaning official please need know ok'
  ).split(' '),
);

/**
 * Shorthand coders type in questions about guidelines and NCCI policy. Expansions use the documents' wording, so the
 * expanded question meets the official text.
 */
const CODER_SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['dx', 'diagnosis'],
  ['dxs', 'diagnosis'],
  ['pdx', 'principal diagnosis'],
  ['sdx', 'secondary diagnosis'],
  ['hx', 'history'],
  ['poa', 'present on admission'],
  ['mod', 'modifier'],
  ['mods', 'modifier'],
  ['em', 'evaluation management'],
  ['e&m', 'evaluation management'],
  ['e/m', 'evaluation management'],
  ['ptp', 'procedure to procedure ptp'],
  ['mue', 'medically unlikely edit mue'],
  ['mues', 'medically unlikely edit mue'],
  ['aoc', 'add on code'],
  ['addon', 'add on'],
  ['seq', 'sequence'],
  ['sequencing', 'sequence'],
  ['op', 'outpatient'],
  ['opd', 'outpatient'],
  ['ip', 'inpatient'],
  ['inpt', 'inpatient'],
  ['outpt', 'outpatient'],
  ['ed', 'emergency department'],
  ['er', 'emergency department'],
  ['obs', 'observation'],
  ['preop', 'preoperative'],
  ['postop', 'postoperative'],
  ['ob', 'obstetric pregnancy'],
  ['preg', 'pregnancy'],
  ['sdoh', 'social determinants health'],
  ['covid', 'covid 19'],
  ['hiv', 'hiv human immunodeficiency virus'],
  ['aids', 'aids hiv'],
  ['mrsa', 'mrsa methicillin resistant staphylococcus aureus'],
  ['bmi', 'bmi body mass index'],
  ['tx', 'treatment'],
  ['sx', 'symptom'],
  ['r/o', 'rule out'],
  ['ro', 'rule out'],
  ['w/', 'with'],
  ['w/o', 'without'],
  ['anes', 'anesthesia'],
  ['anesth', 'anesthesia'],
  ['lab', 'laboratory'],
  ['labs', 'laboratory'],
]);

const CLINICAL: ReadonlyMap<string, string> = new Map(
  ABBREVIATIONS.filter((a) => a.source === 'clinical' && a.abbr !== 'rt' && a.abbr !== 'lt').map((a) => [
    a.abbr,
    a.expansion,
  ]),
);

/** A light English suffix stemmer: the same rules run on passages and questions, so only consistency matters. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/**
 * The raw words of a text, lower case: letters and digits, with codes kept whole ("r65.2", "z79.4", "i69") and
 * "e/m", "w/o", "r/o" kept as written.
 */
export function rawWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’‘`]/g, "'")
      .match(/[a-z]\d{2}(?:\.[0-9a-z]{1,4})?|e\/m|e&m|w\/o|r\/o|[a-z0-9]+(?:'s)?/g) ?? []
  );
}

/** The index terms of a passage's text. */
export function passageTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of rawWords(text)) {
    if (STOP_WORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** The terms of a question, shorthand expanded; `original` marks the words typed (not an expansion). */
export function questionTerms(text: string): { term: string; original: boolean }[] {
  const out: { term: string; original: boolean }[] = [];
  for (const w of rawWords(text)) {
    const expansion = CODER_SHORTHAND.get(w) ?? CLINICAL.get(w);
    if (expansion) {
      for (const e of expansion.split(' ')) if (!STOP_WORDS.has(e)) out.push({ term: stem(e), original: e === w });
      continue;
    }
    if (STOP_WORDS.has(w)) continue;
    out.push({ term: stem(w), original: true });
  }
  return out;
}
