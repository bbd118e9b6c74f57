// Scenario and description → code questions, solved the way coders do: the search engine (Alphabetic Index,
// tabular titles and inclusion terms) proposes, the code list confirms the code is billable on the date, and the
// instructional notes drive the rest — a "use additional code" note pulls in the code it names when the question
// supports it (the stage of CKD, long-term insulin use), and each further condition stated is coded on its own.
import { type CodeLookup, type CodeSystem, codeKey } from '../../catalog/index.js';
import { type CodeRef, parseCodeRefs, refMatches } from '../../rules/index.js';
import { type Asked, callTool, citeCodeList, failed, listWords, lookup } from '../asked.js';

interface SearchHit {
  system: CodeSystem;
  code: string;
  title: string | null;
  billable: boolean;
  score: number;
  matched: { kind: string; text: string; path?: string[] };
}

// the question's framing, not the case
const FILLER =
  /\b(what|which|whats|what's|is|are|the|a|an|do|does|i|we|you|need|report|use|assign|code|codes|coding|icd-?10(-cm|-pcs)?|cpt|hcpcs|dx|for|of|me|please|pls|set|to|should|would|how|patient|pt|has|had|with a|diagnosed|admitted|presents?|seen|today|initial admission|what's the code)\b|[?]/g;

// what the case rules out ("(no complications)", "no heart involvement", "without fever") is not searched for: a
// title matching it would be the wrong code
const NEGATED =
  /\([^)]*\bcodes?\b[^)]*\)|\(\s*(?:no|not|without|denies)\b[^)]*\)|\b(?:no|not|denies)\s+(?:\w+\s+){0,2}(?:involvement|complications?|history)\b|\bno evidence of\s+\w+/g;

function cleaned(text: string): string {
  return text.replace(NEGATED, ' ').replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

/** The encounter a case states, for injury and other codes with a 7th character: A, D or S. */
function statedEpisode(lower: string): 'A' | 'D' | 'S' | undefined {
  if (/\bsequela|late effect|residual of\b/.test(lower)) return 'S';
  if (
    /\bsubsequent|follow[- ]?up|routine healing|healing phase|recheck|cast (change|removal)|suture removal\b/.test(
      lower,
    )
  )
    return 'D';
  if (
    /\binitial|first (visit|encounter)|active treatment|\bed\b|\ber\b|emergency|repaired|surgery for|admitted for|today\b/.test(
      lower,
    )
  )
    return 'A';
  return undefined;
}

/** External cause codes (V00-Y99) are never the first code of a case unless the question asks for them. */
function externalCause(code: string): boolean {
  return /^[VWXY]/.test(code);
}

function search(a: Asked, q: string, system: CodeSystem, limit = 8): SearchHit[] {
  if (q.length < 2) return [];
  const r = callTool<{ results: SearchHit[] }>(a.ctx, 'search', {
    q: q.slice(0, 500),
    system,
    billable: true,
    limit,
    date: a.date,
  });
  return failed(r) ? [] : r.results;
}

/** The conditions stated one by one: split on commas, semicolons, "and", "with", "w/", "on", "due to". */
function clauses(text: string): string[] {
  return text
    .split(/[,;]|\b(?:and|with|w\/|plus|also|on|due to|secondary to|after)\b/)
    .map((c) => cleaned(c))
    .filter((c) => c.replace(/[^a-z]/g, '').length >= 3);
}

function systemFor(lower: string): CodeSystem {
  if (/\bicd-?10-?pcs\b|\bpcs\b|procedure code|inpatient procedure/.test(lower)) return 'icd10pcs';
  if (/\bhcpcs\b|\bj-?code|supply|supplies|\bdme\b|drug code/.test(lower)) return 'hcpcs';
  return 'icd10cm';
}

const STOP = new Set([
  'code',
  'codes',
  'identify',
  'to',
  'the',
  'of',
  'any',
  'if',
  'applicable',
  'use',
  'additional',
  'or',
  'and',
  'for',
  'such',
  'as',
  'using',
]);

/** A "use additional code" note's words that the question also says (e.g. "insulin", "stage", "ulcer"). */
function noteWordsInQuestion(note: string, lower: string): boolean {
  const words = note
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !STOP.has(w));
  return words.some((w) => new RegExp(`\\b${w.slice(0, Math.max(4, w.length - 2))}`).test(lower));
}

/** The question names what a note's referenced codes are (the note says "from category E11", the case "type 2 diabetes"). */
function refTitlesInQuestion(a: Asked, refs: readonly CodeRef[], lower: string): boolean {
  return refs.slice(0, 4).some((r) => {
    const title = lookup(a, 'icd10cm', r.from)?.title;
    return title !== undefined && title !== null && noteWordsInQuestion(title, lower) && allWordsIn(title, lower);
  });
}

/** Every significant word of a title (4+ letters, a typo's last two letters aside) is in the question. */
function allWordsIn(title: string, lower: string): boolean {
  const words = title
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !STOP.has(w) && w !== 'mellitus' && w !== 'unspecified');
  return words.every((w) => new RegExp(`\\b${w.slice(0, Math.max(4, w.length - 2))}`).test(lower));
}

/** Follows the "use additional code" notes of a chosen code (its own and inherited) into codes the question supports. */
/** `candidates`: the question's search hits (the whole question and each clause), made once per answer. */
function followUseAdditional(a: Asked, l: CodeLookup, chosen: Set<string>, candidates: () => SearchHit[]): void {
  const blocks = [{ from: l.code, notes: l.notes }, ...l.inheritedNotes];
  const lower = a.question.lower;
  for (const b of blocks) {
    for (const note of b.notes.useAdditionalCode ?? []) {
      const refs = parseCodeRefs(note);
      if (refs.length === 0 || !(noteWordsInQuestion(note, lower) || refTitlesInQuestion(a, refs, lower))) continue;
      // the best search hit for the question inside the note's references
      const inRefs = candidates().filter((h) => refs.some((r) => refMatches(r, codeKey(h.code))));
      const single = refs.length === 1 && refs[0]?.from === refs[0]?.to ? refs[0] : undefined;
      const pick = inRefs.sort((x, y) => y.score - x.score)[0];
      const code = pick?.code ?? (single ? dotted(single.from) : undefined);
      if (code && !chosen.has(code) && a.draft.addCode('icd10cm', code)) {
        chosen.add(code);
        a.draft.fact(
          `${code}${pick?.title ? ` ${pick.title}` : ''} — from the "use additional code" note at ${b.from}: "${note}".`,
        );
        if (l.notesRelease)
          a.draft.cite({
            source: 'ICD-10-CM Tabular List',
            release: l.notesRelease.id,
            locator: `${b.from} Use additional code note`,
          });
      }
    }
  }
}

const dotted = (key: string) => (key.length > 3 ? `${key.slice(0, 3)}.${key.slice(3)}` : key);

export function answerScenario(a: Asked): void {
  const lower = a.question.lower;
  const system = systemFor(lower);
  const wantsExternal =
    /external cause|place of occurrence|activity code|\bhow (it|the injury) happened/.test(lower) &&
    !/no external cause/.test(lower);
  const found = search(a, cleaned(lower), system);
  const primary = found.filter((h) => wantsExternal || !externalCause(h.code));
  const whole = primary.length > 0 ? primary : found;
  const top = pregnancyVariant(a, episodeVariant(a, whole[0], system), system);
  if (!top) {
    a.draft.say(
      'I could not find a code for that description; try the main condition in a few words (e.g. "asthma moderate persistent").',
    );
    a.draft.lowerConfidence('low');
    return;
  }
  const chosen = new Set<string>([top.code]);
  a.draft.addCode(system, top.code);
  const topLookup = lookup(a, system, top.code);
  a.draft.say(
    `${top.code}${top.title ? ` ${top.title}` : ''} is the code the index and tabular point to${top.matched.path ? ` (Index: ${top.matched.path.join(' > ')})` : ''}.`,
  );
  if (topLookup) citeCodeList(a, topLookup);
  // each further condition stated, coded on its own when the whole-question code does not already say it
  for (const clause of clauses(lower)) {
    const hit = search(a, clause, system, 3)[0];
    if (!hit || chosen.has(hit.code) || hit.score < 8) continue;
    if (topCovers(top, clause)) continue;
    chosen.add(hit.code);
    a.draft.addCode(system, hit.code);
    a.draft.fact(`${hit.code}${hit.title ? ` ${hit.title}` : ''} — for "${clause}".`);
    const l = lookup(a, system, hit.code);
    if (l) citeCodeList(a, l);
  }
  // the hits the notes' references are looked for in: searched once, on the first note that needs them
  let pool: SearchHit[] | undefined;
  const candidates = () => {
    pool ??= [
      ...search(a, cleaned(lower), 'icd10cm', 40),
      ...clauses(lower).flatMap((c) => search(a, c, 'icd10cm', 20)),
    ];
    return pool;
  };
  if (system === 'icd10cm') {
    for (const code of [...chosen]) {
      const l = code === top.code ? topLookup : lookup(a, system, code);
      if (l) followUseAdditional(a, l, chosen, candidates);
    }
  }
  const alternatives = whole.slice(1, 4).filter((h) => !chosen.has(h.code));
  if (alternatives.length > 0) {
    a.draft.fact(
      `Other candidates: ${listWords(alternatives.map((h) => `${h.code}${h.title ? ` ${h.title}` : ''}`))}.`,
    );
  }
  a.draft.fact(
    'Confirm each code in the Tabular List against the record: sequencing follows the notes and the Official Guidelines.',
  );
  if (chosen.size > 1 || whole.length > 1) a.draft.lowerConfidence('medium');
  a.draft.say(`Codes: ${listWords([...chosen])}.`);
}

/**
 * A code with an encounter 7th character (A initial, D subsequent, S sequela), set to the encounter the case states;
 * when it states none, the answer asks (one clarifying question with the choices) and keeps the code it found.
 */
function episodeVariant(a: Asked, hit: SearchHit | undefined, system: CodeSystem): SearchHit | undefined {
  if (!hit || system !== 'icd10cm' || hit.code.length < 8) return hit;
  const last = hit.code.slice(-1);
  if (!'ADS'.includes(last)) return hit;
  const wanted = statedEpisode(a.question.lower);
  if (!wanted) {
    a.draft.fact(
      `Which encounter is it — initial (7th character A, active treatment), subsequent (D, healing or recovery phase) or sequela (S)? The code's last character depends on it.`,
    );
    a.draft.lowerConfidence('medium');
    return hit;
  }
  if (wanted === last) return hit;
  const variant = `${hit.code.slice(0, -1)}${wanted}`;
  const l = lookup(a, system, variant);
  return l?.billable ? { ...hit, code: l.code, title: l.title } : hit;
}

/** Weeks of gestation stated → the trimester the tabular's 6th characters name (first < 14 weeks, second < 28). */
function trimesterOf(lower: string): 'first' | 'second' | 'third' | undefined {
  const stated = /\b(first|second|third|1st|2nd|3rd) trimester\b/.exec(lower);
  if (stated)
    return ({ '1st': 'first', '2nd': 'second', '3rd': 'third' } as const)[stated[1] as '1st'] ?? (stated[1] as 'first');
  const weeks = /\b(\d{1,2})\s*(?:weeks?|wks?)\b/.exec(lower);
  if (!weeks) return undefined;
  const w = Number(weeks[1]);
  return w < 14 ? 'first' : w < 28 ? 'second' : 'third';
}

/**
 * A pregnancy code chosen for childbirth or the puerperium while the case is a pregnancy (weeks or a trimester
 * stated, no delivery): the sibling "in pregnancy" code of the trimester stated.
 */
function pregnancyVariant(a: Asked, hit: SearchHit | undefined, system: CodeSystem): SearchHit | undefined {
  const lower = a.question.lower;
  if (
    !hit ||
    system !== 'icd10cm' ||
    !hit.code.startsWith('O') ||
    /deliver|childbirth|labor|postpartum|puerper/.test(lower)
  )
    return hit;
  const trimester = trimesterOf(lower);
  if (!trimester || !/pregnan|weeks?|trimester|gestation/.test(lower)) return hit;
  if (hit.title && new RegExp(`${trimester} trimester`).test(hit.title)) return hit;
  // the codes of the same category-level family: the hit's parent's parent holds "in pregnancy" with its trimesters
  for (let up = hit.code.replace('.', '').length - 1; up >= 4; up--) {
    const parent = lookup(a, system, hit.code.replace('.', '').slice(0, up));
    for (const c of parent?.children ?? []) {
      const below = c.billable ? [c] : (lookup(a, system, c.code)?.children ?? []);
      const match = below.find(
        (x) => x.billable && x.title && /in pregnancy/.test(x.title) && x.title.includes(`${trimester} trimester`),
      );
      if (match) return { ...hit, code: match.code, title: match.title };
    }
  }
  return hit;
}

/** The chosen code's title already says what the clause says (its words are in the title or index path). */
function topCovers(top: SearchHit, clause: string): boolean {
  const text = `${top.title ?? ''} ${(top.matched.path ?? []).join(' ')}`.toLowerCase();
  const words = clause.split(/\s+/).filter((w) => w.length >= 4);
  return words.length > 0 && words.every((w) => text.includes(w.slice(0, Math.max(4, w.length - 2))));
}
