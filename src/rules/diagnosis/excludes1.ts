// dx.excludes1 — ICD-10-CM Official Guidelines for Coding and Reporting FY2026, Section I.A.12.a (Excludes1), over
// the Excludes1 notes of the newest ICD-10-CM tabular loaded (FY2023 in the staged data): two diagnoses of the claim
// where one's Excludes1 note — its own, or inherited from its subcategory, category, block (section) or chapter —
// names the other (a code, a family "E11.-", a range "E08-E13", with the tabular's character qualifiers).
//
// Severity. "Excludes1" means the two are never coded together, except when the two conditions are unrelated
// (I.A.12.a; query the provider when unclear). The guideline's own example is a residual code: F45.8 "Other
// somatoform disorders" excludes G47.63 because teeth grinding is one of its inclusion terms, yet psychogenic
// dysmenorrhea (also under F45.8) and sleep related teeth grinding are unrelated and may be reported together.
// So the finding is `error` by default and `review` where the exception is plausible:
//   - the note is written at block (section) or chapter level: it covers a whole range of codes, most of which
//     describe conditions other than the excluded one;
//   - one of the two codes is a residual "Other …" / "… not elsewhere classified" code carrying several inclusion
//     terms of its own, i.e. it gathers distinct conditions (the guideline's own example, F45.8);
//   - the note qualifies the reference in words the parser cannot test ("E08-E10, E11, E13 with ketoacidosis").
// A residual category ("Other specified diabetes mellitus", E13) is not enough by itself: its notes are written for
// all its codes, and the types it excludes (E10, E11) cannot coexist with it.
// A pair named by both codes' notes is reported once, from the most specific note.

import type { Finding, Rule } from '../types.js';
import { claimDiagnoses, listWords } from './claim-dx.js';
import { refMatches } from './code-refs.js';
import {
  carrierLabel,
  type DxNotes,
  dxNotes,
  entryApplies,
  type NoteBlock,
  type NoteEntry,
  noteRecord,
  notesFromNote,
  TABULAR_SOURCE,
} from './tabular-notes.js';

const LEVEL_RANK = { code: 0, subcategory: 1, category: 2, section: 3, chapter: 4 } as const;
const RESIDUAL = /^other\b|not elsewhere classified|\bNEC\b/i;

interface Hit {
  code: string;
  other: string;
  notes: DxNotes;
  block: NoteBlock;
  /** every entry of the block naming the other code */
  entries: NoteEntry[];
  reasons: string[];
}

// per code's notes, the answer for each other code (null: its notes do not name it); claims repeat their pairs
const pairCache = new WeakMap<DxNotes, Map<string, Hit | null>>();

function hitOf(code: string, key: string, notes: DxNotes, other: string, otherKey: string): Hit | undefined {
  let byOther = pairCache.get(notes);
  if (!byOther) {
    byOther = new Map();
    pairCache.set(notes, byOther);
  }
  const cacheKey = `${otherKey}|${code}|${other}`;
  const cached = byOther.get(cacheKey);
  if (cached !== undefined) return cached ?? undefined;
  const hit = findHit(code, key, notes, other, otherKey);
  if (byOther.size > 10_000) byOther.clear();
  byOther.set(cacheKey, hit ?? null);
  return hit;
}

function findHit(code: string, key: string, notes: DxNotes, other: string, otherKey: string): Hit | undefined {
  let best: Hit | undefined;
  for (const block of notes.blocks.excludes1) {
    for (const entry of block.entries) {
      if (!entryApplies(entry, key)) continue;
      // a note of a code never excludes the code itself (a category's note naming one of its own codes)
      const ref = entry.refs.find((r) => refMatches(r, otherKey) && !refMatches(r, key));
      if (!ref) continue;
      const reasons: string[] = [];
      if (block.level === 'section' || block.level === 'chapter')
        reasons.push(`the note is written for the whole ${block.level === 'section' ? 'block' : 'chapter'}`);
      if (ref.uncertain) reasons.push('the note limits the codes it names in words this check cannot test');
      if (best?.block === block && best.reasons.length === reasons.length) {
        best.entries.push(entry);
        continue;
      }
      const hit: Hit = { code, other, notes, block, entries: [entry], reasons };
      if (!best || rank(hit) < rank(best)) best = hit;
    }
  }
  return best;
}

/** A residual code gathering distinct conditions: "Other …" or NEC in its title, and several inclusion terms. */
function residual(code: string, notes: DxNotes | undefined): string | undefined {
  if (!notes || notes.found === 'ancestor' || notes.found === 'absent') return undefined;
  return RESIDUAL.test(notes.title) && notes.inclusionTerms >= 2
    ? `${code} ${notes.title} is a residual code covering ${notes.inclusionTerms} inclusion terms`
    : undefined;
}

function rank(h: Hit): number {
  return (h.reasons.length > 0 ? 10 : 0) + LEVEL_RANK[h.block.level];
}

export const excludes1Rule: Rule = (claim, { catalog }) => {
  const dxs = claimDiagnoses(claim);
  if (dxs.length < 2) return [];
  const notes = dxs.map((d) => dxNotes(catalog, d.code, claim.dateOfService));
  const findings: Finding[] = [];
  for (let i = 0; i < dxs.length; i++) {
    for (let j = i + 1; j < dxs.length; j++) {
      const a = dxs[i];
      const b = dxs[j];
      const na = notes[i];
      const nb = notes[j];
      if (!a || !b) continue;
      const ha = na ? hitOf(a.code, a.key, na, b.code, b.key) : undefined;
      const hb = nb ? hitOf(b.code, b.key, nb, a.code, a.key) : undefined;
      const hit = ha && hb ? (rank(hb) < rank(ha) ? hb : ha) : (ha ?? hb);
      if (!hit) continue;
      const reasons = [...hit.reasons];
      for (const r of [residual(a.code, na), residual(b.code, nb)]) if (r) reasons.push(r);
      const review = reasons.length > 0;
      const where = carrierLabel(hit.block);
      const inherited = hit.block.level === 'code' ? '' : `, inherited from ${where}`;
      const base = `${hit.code} and ${hit.other} are not coded together: ${hit.code} has the Excludes1 ${hit.entries.length === 1 ? 'note' : 'notes'} ${hit.entries.map((e) => `"${e.text}"`).join(', ')}${inherited}${notesFromNote(hit.notes, hit.code)}.`;
      const message = review
        ? `${base} Review: ${listWords(reasons)}, so the two may be unrelated conditions — if the conditions are unrelated, both may be reported (Guidelines I.A.12.a); if it is not clear, query the provider.`
        : `${base} Report the one the documentation supports; only if the conditions are unrelated may both be reported (Guidelines I.A.12.a).`;
      findings.push({
        rule: 'dx.excludes1',
        severity: review ? 'review' : 'error',
        lines: [],
        codes: [hit.code, hit.other],
        message,
        citation: {
          source: TABULAR_SOURCE,
          release: hit.notes.release.id,
          file: hit.notes.file,
          record: noteRecord(
            hit.block,
            hit.entries.map((e) => e.text),
          ),
        },
      });
    }
  }
  return findings;
};
