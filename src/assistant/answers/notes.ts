// Tabular instructional notes of an ICD-10-CM code — its own and those inherited from its subcategory, category,
// section and chapter — and the questions they answer: Excludes1/Excludes2, code first, use additional code, code
// also, 7th characters, and "can X and Y be coded together" (an Excludes1 note between them, either way round).
import { type CodeLookup, codeKey } from '../../catalog/index.js';
import { parseCodeRefs, refMatches } from '../../rules/index.js';
import { type Asked, citeCodeList, DIAGNOSIS_SYSTEMS, listWords, lookup, mentionsOf } from '../asked.js';
import type { CodeMention } from '../entities.js';
import { answerUnknown } from './code-facts.js';

const NOTE_NAMES: Record<string, string> = {
  excludes1: 'Excludes1',
  excludes2: 'Excludes2',
  codeFirst: 'Code first',
  useAdditionalCode: 'Use additional code',
  codeAlso: 'Code also',
  includes: 'Includes',
  inclusionTerm: 'Inclusion terms',
  notes: 'Note',
};

type NoteKind = keyof typeof NOTE_NAMES;

function askedKinds(lower: string): NoteKind[] {
  const kinds: NoteKind[] = [];
  if (/excludes ?1|excludes one|type 1 excludes/.test(lower)) kinds.push('excludes1');
  if (/excludes ?2|excludes two|type 2 excludes/.test(lower)) kinds.push('excludes2');
  if (/\bexcludes\b/.test(lower) && kinds.length === 0) kinds.push('excludes1', 'excludes2');
  if (/code first|sequenced? (before|first)|what goes first/.test(lower)) kinds.push('codeFirst');
  if (/use additional|additional code/.test(lower)) kinds.push('useAdditionalCode');
  if (/code also/.test(lower)) kinds.push('codeAlso');
  if (/includes|inclusion/.test(lower) && !/excludes/.test(lower)) kinds.push('includes', 'inclusionTerm');
  return kinds.length > 0 ? kinds : ['excludes1', 'excludes2', 'codeFirst', 'useAdditionalCode', 'codeAlso', 'notes'];
}

interface NoteHit {
  kind: NoteKind;
  from: string;
  level: string;
  texts: string[];
}

/** The code's notes of the asked kinds, its own first, then inherited nearest first. */
function notesOf(l: CodeLookup, kinds: readonly NoteKind[]): NoteHit[] {
  const out: NoteHit[] = [];
  const blocks = [{ from: l.code, level: 'code', notes: l.notes }, ...l.inheritedNotes];
  for (const b of blocks)
    for (const kind of kinds) {
      const texts = b.notes[kind];
      if (texts && texts.length > 0) out.push({ kind, from: b.from, level: b.level, texts });
    }
  return out;
}

function citeNotes(a: Asked, l: CodeLookup, hits: readonly NoteHit[]): void {
  if (!l.notesRelease) return;
  for (const h of hits.slice(0, 4))
    a.draft.cite({
      source: 'ICD-10-CM Tabular List',
      release: l.notesRelease.id,
      locator: `${h.from} ${NOTE_NAMES[h.kind]} note`,
    });
  if (l.notesRelease.id !== l.release.id)
    a.draft.warn(
      `Instructional notes are from ${l.notesRelease.title}, the newest loaded tabular; the code list is ${l.release.title}.`,
    );
}

/** Real codes a note names (its parenthesised references), listed as codes of the answer. */
function addReferencedCodes(a: Asked, texts: readonly string[]): void {
  for (const t of texts)
    for (const ref of parseCodeRefs(t).slice(0, 6)) {
      const first = ref.from.length > 3 ? `${ref.from.slice(0, 3)}.${ref.from.slice(3)}` : ref.from;
      a.draft.addCode('icd10cm', first);
    }
}

function seventhCharacters(a: Asked, m: CodeMention, l: CodeLookup): boolean {
  if (l.sevenChrDef.length === 0) return false;
  const want =
    /(?:7th|seventh) (?:character|char)\s*(?:of\s*)?['"]?([0-9a-z])['"]?\b|\bcharacter ['"]?([0-9a-z])['"]?\b|['"]([0-9a-z])['"]/.exec(
      a.question.lower,
    );
  const char = (want?.[1] ?? want?.[2] ?? want?.[3])?.toUpperCase();
  const def = char ? l.sevenChrDef.find((d) => d.char === char) : undefined;
  if (def) a.draft.say(`For ${m.code}, 7th character ${def.char} means: ${def.meaning}.`);
  else a.draft.say(`The 7th characters of ${m.code}:`);
  for (const d of l.sevenChrDef) if (d !== def) a.draft.fact(`${d.char}: ${d.meaning}`);
  if (l.notesRelease)
    a.draft.cite({
      source: 'ICD-10-CM Tabular List',
      release: l.notesRelease.id,
      locator: `${l.sevenChrFrom ?? m.code} 7th character definitions`,
    });
  return true;
}

/** An Excludes1 note on one code (or its ancestors) naming the other, either way round. */
function excludes1Between(
  a: Asked,
  x: CodeMention,
  y: CodeMention,
): { on: CodeMention; hit: NoteHit; text: string } | undefined {
  for (const [on, other] of [
    [x, y],
    [y, x],
  ] as const) {
    const l = lookup(a, on.system, on.code);
    if (!l) continue;
    for (const hit of notesOf(l, ['excludes1']))
      for (const text of hit.texts)
        if (parseCodeRefs(text).some((r) => refMatches(r, codeKey(other.code)))) return { on, hit, text };
  }
  return undefined;
}

export function answerNotes(a: Asked): void {
  const dxs = mentionsOf(a.entities, DIAGNOSIS_SYSTEMS);
  if (dxs.length === 0) {
    const u = a.entities.unknown[0];
    if (u) answerUnknown(a, u);
    return;
  }
  if (dxs.length >= 2 && /together|same (claim|encounter|time)|with|and/.test(a.question.lower)) {
    const [x, y] = dxs as [CodeMention, CodeMention];
    a.draft.addCode('icd10cm', x.code);
    a.draft.addCode('icd10cm', y.code);
    const found = excludes1Between(a, x, y);
    const lx = lookup(a, x.system, x.code);
    if (found) {
      const other = found.on === x ? y : x;
      a.draft.say(
        `Generally no: ${found.on.code} carries an Excludes1 note ("${found.text}") at ${found.hit.from} that covers ${other.code}, so the two should not be coded together — except when the conditions are unrelated (Official Guidelines I.A.12.a).`,
      );
      const l = lookup(a, found.on.system, found.on.code);
      if (l) citeNotes(a, l, [found.hit]);
    } else {
      a.draft.say(
        `The loaded tabular has no Excludes1 note between ${x.code} and ${y.code} (checked on both codes and their categories), so they may be coded together when both are documented.`,
      );
      if (lx?.notesRelease)
        a.draft.cite({
          source: 'ICD-10-CM Tabular List',
          release: lx.notesRelease.id,
          locator: `${x.code} and ${y.code} notes`,
        });
      a.draft.lowerConfidence('medium');
    }
    if (lx) citeCodeList(a, lx);
    return;
  }
  const m = dxs[0] as CodeMention;
  a.draft.addCode(m.system, m.code);
  const l = lookup(a, m.system, m.code);
  if (!l) return;
  if (/7th|seventh|\bcharacter\b/.test(a.question.lower) && seventhCharacters(a, m, l)) return;
  const kinds = askedKinds(a.question.lower);
  const hits = notesOf(l, kinds);
  if (hits.length === 0) {
    a.draft.say(
      `${m.code} has no ${listWords(kinds.map((k) => NOTE_NAMES[k] as string))} note in ${l.notesRelease?.title ?? 'the loaded tabular'}, on the code or above it.`,
    );
    if (l.notesRelease)
      a.draft.cite({
        source: 'ICD-10-CM Tabular List',
        release: l.notesRelease.id,
        locator: `${m.code} and its categories`,
      });
    a.draft.lowerConfidence('medium');
    return;
  }
  const first = hits[0] as NoteHit;
  a.draft.say(
    `${m.code} ${first.from === l.code ? 'has' : `inherits from ${first.from} (${first.level})`} a ${NOTE_NAMES[first.kind]} note: ${first.texts.join('; ')}.`,
  );
  for (const h of hits.slice(1))
    a.draft.fact(`${NOTE_NAMES[h.kind]} (at ${h.from}, ${h.level}): ${h.texts.join('; ')}`);
  for (const h of hits) addReferencedCodes(a, h.texts);
  citeNotes(a, l, hits);
}
