// Scenario and description → code questions, solved the way coders do: the search engine (Alphabetic Index,
// tabular titles and inclusion terms) proposes, the code list confirms the code is billable on the date, and the
// instructional notes drive the rest — a "use additional code" note pulls in the code it names when the question
// supports it (the stage of CKD, long-term insulin use), and each further condition stated is coded on its own.
import { type CodeLookup, type CodeSystem, codeKey } from '../../catalog/index.js';
import { parseCodeRefs, refMatches } from '../../rules/index.js';
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

function cleaned(text: string): string {
  return text.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
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

/** Follows the "use additional code" notes of a chosen code (its own and inherited) into codes the question supports. */
function followUseAdditional(a: Asked, l: CodeLookup, chosen: Set<string>): void {
  const blocks = [{ from: l.code, notes: l.notes }, ...l.inheritedNotes];
  const lower = a.question.lower;
  for (const b of blocks) {
    for (const note of b.notes.useAdditionalCode ?? []) {
      const refs = parseCodeRefs(note);
      if (refs.length === 0 || !noteWordsInQuestion(note, lower)) continue;
      // the best search hit for the question inside the note's references
      const hits = [
        ...search(a, cleaned(lower), 'icd10cm', 40),
        ...clauses(lower).flatMap((c) => search(a, c, 'icd10cm', 20)),
      ];
      const inRefs = hits.filter((h) => refs.some((r) => refMatches(r, codeKey(h.code))));
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
  const whole = search(a, cleaned(lower), system);
  const top = whole[0];
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
  if (system === 'icd10cm') {
    for (const code of [...chosen]) {
      const l = code === top.code ? topLookup : lookup(a, system, code);
      if (l) followUseAdditional(a, l, chosen);
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

/** The chosen code's title already says what the clause says (its words are in the title or index path). */
function topCovers(top: SearchHit, clause: string): boolean {
  const text = `${top.title ?? ''} ${(top.matched.path ?? []).join(' ')}`.toLowerCase();
  const words = clause.split(/\s+/).filter((w) => w.length >= 4);
  return words.length > 0 && words.every((w) => text.includes(w.slice(0, Math.max(4, w.length - 2))));
}
