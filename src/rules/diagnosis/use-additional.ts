// dx.use-additional — ICD-10-CM Official Guidelines FY2026, Sections I.A.13 and I.B.7 ("use additional code"
// notes), over the "use additional code" notes of the newest ICD-10-CM tabular loaded (FY2023 in the staged data),
// own and inherited from subcategory, category, block and chapter: a note that names codes ("insulin (Z79.4)",
// "(B95-B97)", "(F17.-)") none of which is on the claim. One finding per note (a block or chapter note shared by
// several diagnoses of the claim is reported once, naming them all). A note naming no code ("code(s) to identify
// all manifestations") is not checked. A "For codes …" note applies only to the codes it names.
//
// Severity `info`: "use additional code" asks for a secondary code "if known" (I.B.7) — most notes say "if
// applicable" or list alternatives (insulin OR oral hypoglycemics), and whether the condition the note names is
// present is in the record, not on the claim. A reminder of what to add when documented, not an error.

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

/** The note's entries as printed: a header ending in ":" runs into its items, items are separated by ";". */
function noteText(texts: string[]): string {
  let out = '';
  let items = 0;
  for (const t of texts) {
    if (items === 8) {
      out += '; …';
      break;
    }
    out += out === '' ? t : out.endsWith(':') ? ` ${t}` : `; ${t}`;
    items++;
  }
  return out;
}

interface Checkable {
  block: NoteBlock;
  /** the entries that apply to the code, headers included */
  applying: NoteEntry[];
  /** those that name codes */
  entries: NoteEntry[];
}

const checkableCache = new WeakMap<DxNotes, Checkable[]>();

/** The code's use-additional notes that name codes, with the entries that apply to it; once per code. */
function checkable(notes: DxNotes): Checkable[] {
  let list = checkableCache.get(notes);
  if (!list) {
    list = [];
    for (const block of notes.blocks.useAdditionalCode) {
      const applying = block.entries.filter((e) => entryApplies(e, notes.key));
      const entries = applying.filter((e) => e.refs.length > 0);
      if (entries.length > 0) list.push({ block, applying, entries });
    }
    checkableCache.set(notes, list);
  }
  return list;
}

export const useAdditionalRule: Rule = (claim, { catalog }) => {
  const dxs = claimDiagnoses(claim);
  const pending = new Map<
    NoteBlock,
    { codes: string[]; texts: string[]; release: string; file: string; older: string }
  >();
  const satisfied = new Set<NoteBlock>();
  for (const dx of dxs) {
    const notes = dxNotes(catalog, dx.code, claim.dateOfService);
    if (!notes) continue;
    for (const { block, applying, entries } of checkable(notes)) {
      if (satisfied.has(block)) continue;
      const present = dxs.some(
        (o) =>
          o.key !== dx.key && entries.some((e) => e.refs.some((r) => refMatches(r, o.key) && !refMatches(r, dx.key))),
      );
      if (present) {
        satisfied.add(block);
        pending.delete(block);
        continue;
      }
      const p = pending.get(block);
      if (p) p.codes.push(dx.code);
      else
        pending.set(block, {
          codes: [dx.code],
          // headers too ("code to identify control using:"), as the tabular prints them
          texts: applying.map((e) => e.text),
          release: notes.release.id,
          file: notes.file,
          older: notesFromNote(notes, dx.code),
        });
    }
  }
  const findings: Finding[] = [];
  for (const [block, p] of pending) {
    const own = block.level === 'code' && p.codes.length === 1 && p.codes[0] === block.carrier;
    const from = own ? '' : ` (note of ${carrierLabel(block)})`;
    findings.push({
      rule: 'dx.use-additional',
      severity: 'info',
      lines: [],
      codes: p.codes,
      message: `${listWords(p.codes)}: "use additional code"${from}: ${noteText(p.texts)}${p.older} — none of these codes is on the claim. Add the one that applies when the record documents it (Guidelines I.B.7: a secondary code "should be added, if known").`,
      citation: { source: TABULAR_SOURCE, release: p.release, file: p.file, record: noteRecord(block, p.texts) },
    });
  }
  return findings;
};
