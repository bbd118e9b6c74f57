// dx.code-first — ICD-10-CM Official Guidelines FY2026, Section I.A.13 (etiology/manifestation convention) and
// I.B.7 ("code first" notes on codes that are not manifestations), over the "code first" notes of the newest
// ICD-10-CM tabular loaded (FY2023 in the staged data), own and inherited.
//
// A manifestation code — "in diseases classified elsewhere" in its title or above it, or on the Medicare Code
// Editor's manifestation list (edit 6) — must follow its underlying condition. Any other code with a "code first"
// note asks for the named condition first only when that condition is present ("if known", I.B.7).
//   - A code the note names is on the claim, but only AFTER the code: `error` for a manifestation, `warning`
//     otherwise (a sequencing instruction of the tabular; the principal-diagnosis choice may still depend on the
//     circumstances of the encounter).
//   - No code the note names is on the claim, for a manifestation:
//       first-listed (or alone): `error` — it cannot be first-listed (I.A.13);
//       later in the list, the note names its conditions exhaustively: `warning` — the underlying condition the
//       note requires is missing;
//       later in the list, the note only gives examples ("such as", "any", "if applicable"): `review` — a code
//       listed before it may be the underlying condition, but none of the named ones is.
//   - No code the note names is on the claim, for another code: nothing (the condition may not be present).
// The MCE list is the release in force on the date of service; without it, only the title convention is used.

import type { Finding, Rule, Severity } from '../types.js';
import { type ClaimDx, capped, claimDiagnoses, listWords } from './claim-dx.js';
import { refMatches } from './code-refs.js';
import { MCE_MANIFESTATION, mceInForce } from './mce-lists.js';
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
  titledManifestation,
} from './tabular-notes.js';

const EXAMPLES = /\bsuch as\b|\be\.g\.|\bfor example\b|\bany\b|\bif applicable\b|\bif known\b|\bassociated\b/i;

interface Applying {
  block: NoteBlock;
  entry: NoteEntry;
}

const applyingCache = new WeakMap<DxNotes, { list: Applying[]; titled: boolean }>();

/** The code-first entries that apply to the code, and whether its title makes it a manifestation; once per code. */
function applying(notes: DxNotes): { list: Applying[]; titled: boolean } {
  let a = applyingCache.get(notes);
  if (!a) {
    const list: Applying[] = [];
    for (const block of notes.blocks.codeFirst)
      for (const entry of block.entries) if (entryApplies(entry, notes.key)) list.push({ block, entry });
    a = { list, titled: list.length > 0 && titledManifestation(notes) };
    applyingCache.set(notes, a);
  }
  return a;
}

function matching(entry: NoteEntry, others: ClaimDx[], self: ClaimDx): ClaimDx[] {
  return others.filter(
    (o) => o.key !== self.key && entry.refs.some((r) => refMatches(r, o.key) && !refMatches(r, self.key)),
  );
}

/** The note's entries as a coder reads them, for the message. */
function named(list: Applying[]): string {
  const withRefs = list.filter((a) => a.entry.refs.length > 0).map((a) => a.entry.text);
  return listWords(capped(withRefs.length > 0 ? withRefs : list.map((a) => a.entry.text), 6));
}

export const codeFirstRule: Rule = (claim, { catalog }) => {
  const dxs = claimDiagnoses(claim);
  if (dxs.length === 0) return [];
  const mce = mceInForce(catalog, claim.dateOfService);
  const findings: Finding[] = [];
  for (const dx of dxs) {
    const notes = dxNotes(catalog, dx.code, claim.dateOfService);
    if (!notes) continue;
    const { list, titled } = applying(notes);
    if (list.length === 0) continue;
    const manifestation = titled || (mce !== undefined && mce.hits(dx.code, MCE_MANIFESTATION).length > 0);
    const before: { dx: ClaimDx; a: Applying }[] = [];
    const after: { dx: ClaimDx; a: Applying }[] = [];
    for (const a of list) {
      for (const m of matching(a.entry, dxs, dx)) (m.position < dx.position ? before : after).push({ dx: m, a });
    }
    if (before.length > 0) continue;

    let severity: Severity | undefined;
    let message = '';
    let cite: Applying[] = list;
    const noteOf = (a: Applying) =>
      a.block.level === 'code'
        ? `the "code first" note of ${dx.code}`
        : `the "code first" note of ${carrierLabel(a.block)}, which ${dx.code} inherits,`;
    const suffix = notesFromNote(notes, dx.code);
    if (after.length > 0) {
      const first = after[0] as { dx: ClaimDx; a: Applying };
      const late = [...new Set(after.map((x) => x.dx.code))];
      severity = manifestation ? 'error' : 'warning';
      cite = [first.a];
      message = `${listWords(late)} should be listed before ${dx.code}: ${noteOf(first.a)} reads "Code first ${first.a.entry.text}"${suffix}. ${
        manifestation
          ? `${dx.code} is a manifestation code: the underlying condition is sequenced first (Guidelines I.A.13).`
          : 'When the condition the note names is present, it is sequenced first (Guidelines I.B.7).'
      }`;
    } else if (manifestation) {
      const exhaustive = list.some((a) => a.entry.refs.length > 0) && !list.some((a) => EXAMPLES.test(a.entry.text));
      const notesText = `${noteOf(list[0] as Applying)} names ${named(list)}`;
      if (dx.position === 0) {
        severity = 'error';
        message = `${dx.code} is a manifestation code and is ${dxs.length === 1 ? 'the only' : 'the first-listed'} diagnosis: code first its underlying condition — ${notesText}${suffix}. Manifestation codes are never first-listed (Guidelines I.A.13).`;
      } else if (exhaustive) {
        severity = 'warning';
        message = `${dx.code} is a manifestation code but none of the conditions its note requires is on the claim: ${notesText}${suffix}. Add the underlying condition before it, as documented (Guidelines I.A.13).`;
      } else if (list.some((a) => a.entry.refs.length > 0)) {
        severity = 'review';
        message = `${dx.code} is a manifestation code: ${notesText}${suffix}, and none of these is on the claim. Make sure a code listed before it is its underlying condition (Guidelines I.A.13).`;
      }
    }
    if (!severity) continue;
    const first = cite[0] as Applying;
    findings.push({
      rule: 'dx.code-first',
      severity,
      lines: [],
      codes: [dx.code, ...new Set(after.map((x) => x.dx.code))],
      message,
      citation: {
        source: TABULAR_SOURCE,
        release: notes.release.id,
        file: notes.file,
        record: noteRecord(
          first.block,
          cite.filter((c) => c.block === first.block).map((c) => c.entry.text),
        ),
      },
    });
  }
  return findings;
};
