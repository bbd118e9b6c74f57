// "New in / changed in" for a CPT or HCPCS code, as the loaded Medicare files state it: the NCCI add-on code edit
// table's dates (an edit's effective and deletion dates, the add-on and primary codes' deletion dates) and the
// clinical laboratory NCD spreadsheet's dates and change marks for the code. Only dates a file prints are given,
// each with its file and release; nothing is inferred from comparing files (the code history does that), and the
// fee schedule RVU file and the MUE tables, which give no dates per code, are not read here.
import type { AddOnEdit } from '../../codesets/ncci/index.js';
import type { Catalog } from '../catalog.js';
import { aocEditsOf, pushTo } from './aoc-index.js';

export interface FileDate {
  /** YYYY-MM-DD as the file gives it */
  date: string;
  /** what happened on that date, in words */
  event: string;
  source: string;
  release: string;
  file: string;
  /** the file's row of the first record behind the event */
  line: number;
}

export interface CodeFileDates {
  /** newest first, at most MAX_DATES */
  dates: FileDate[];
  /** how many older dates were left out */
  omitted: number;
  /** marks without a date ("changed in this release") */
  marks: { event: string; source: string; release: string; file: string; line: number }[];
  /** the sources read, with their release: what "no dates" is said of */
  read: { source: string; release: string }[];
}

const MAX_DATES = 25;
/** codes named in one event before "and N more" */
const CODES_NAMED = 12;
const AOC = 'NCCI add-on code edit table';
const LAB_NCD = 'Clinical laboratory NCD spreadsheet';

function codeList(codes: readonly string[]): string {
  const unique = [...new Set(codes)].sort();
  const shown = unique.slice(0, CODES_NAMED).join(', ');
  return unique.length > CODES_NAMED ? `${shown} and ${unique.length - CODES_NAMED} more` : shown;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Edits grouped by one of their dates; edits without that date are left out. */
function byDate(edits: readonly AddOnEdit[], dateOf: (e: AddOnEdit) => string | undefined): Map<string, AddOnEdit[]> {
  const out = new Map<string, AddOnEdit[]>();
  for (const e of edits) {
    const d = dateOf(e);
    if (d) pushTo(out, d, e);
  }
  return out;
}

/** A withdrawn edit (deletion date = effective date) never applied: its dates are not events. */
function applied(e: AddOnEdit): boolean {
  return e.deletionDate !== e.effectiveDate;
}

function aocDates(catalog: Catalog, code: string, date: string | undefined, out: CodeFileDates): void {
  const pick = catalog.pick('ncci', 'ncci-aoc', date);
  if (!pick) return;
  const layer = catalog.layer(pick.release, 'ncci-aoc');
  out.read.push({ source: AOC, release: pick.release.id });
  const at = (d: string, event: string, edits: readonly AddOnEdit[]): void => {
    const line = Math.min(...edits.map((e) => e.line));
    out.dates.push({ date: d, event, source: AOC, release: pick.release.id, file: layer.sourceFile, line });
  };
  const { asAddOn, asPrimary } = aocEditsOf(layer, code);
  const ownApplied = asAddOn.filter(applied);
  const primariesOf = (edits: readonly AddOnEdit[]): string =>
    edits.some((e) => e.primaryIsContractorDefined) && edits.every((e) => !e.primaryCode)
      ? 'primary codes the contractor defines'
      : `${plural(new Set(edits.flatMap((e) => (e.primaryCode ? [e.primaryCode] : []))).size, 'primary code', 'primary codes')} (${codeList(edits.flatMap((e) => (e.primaryCode ? [e.primaryCode] : [])))})`;
  for (const [d, edits] of byDate(ownApplied, (e) => e.effectiveDate)) {
    at(d, `Add-on code edits for ${code} take effect, with ${primariesOf(edits)}`, edits);
  }
  for (const [d, edits] of byDate(ownApplied, (e) => e.deletionDate)) {
    at(d, `Add-on code edits for ${code} end (last day), with ${primariesOf(edits)}`, edits);
  }
  for (const [d, edits] of byDate(asAddOn, (e) => e.addOnDeletionDate)) {
    at(d, `The table gives this date as the deletion date of add-on code ${code}`, edits);
  }
  const primaryApplied = asPrimary.filter(applied);
  for (const [d, edits] of byDate(primaryApplied, (e) => e.effectiveDate)) {
    at(d, `${code} becomes a listed primary code of add-on ${codeList(edits.map((e) => e.addOnCode))}`, edits);
  }
  for (const [d, edits] of byDate(primaryApplied, (e) => e.deletionDate)) {
    at(d, `${code} stops being a listed primary code of add-on ${codeList(edits.map((e) => e.addOnCode))}`, edits);
  }
  for (const [d, edits] of byDate(asPrimary, (e) => e.primaryDeletionDate)) {
    at(d, `The table gives this date as the deletion date of ${code} (as a primary code)`, edits);
  }
}

function labNcdDates(catalog: Catalog, code: string, date: string | undefined, out: CodeFileDates): void {
  const pick = catalog.pick('mcd', 'mcd-lab-ncd', date);
  if (!pick) return;
  const layer = catalog.layer(pick.release, 'mcd-lab-ncd');
  const release = pick.release.id;
  out.read.push({ source: LAB_NCD, release });
  for (const n of layer.ncds) {
    for (const h of n.hcpcs) {
      if (h.code !== code) continue;
      const where = { source: LAB_NCD, release, file: layer.sourceFile, line: h.line };
      if (h.effective)
        out.dates.push({
          date: h.effective,
          event: `NCD ${n.ncd} (${n.title}) lists ${code} from this date`,
          ...where,
        });
      if (h.termination)
        out.dates.push({ date: h.termination, event: `NCD ${n.ncd} (${n.title}) stops listing ${code}`, ...where });
      if (h.changed)
        out.marks.push({ event: `NCD ${n.ncd} (${n.title}): ${code} is marked as changed in this release`, ...where });
    }
  }
}

/** The dates the loaded add-on edit table and lab NCD spreadsheet in force on the date give for a code (a lookup key). */
export function codeFileDates(catalog: Catalog, code: string, date?: string): CodeFileDates {
  const out: CodeFileDates = { dates: [], omitted: 0, marks: [], read: [] };
  aocDates(catalog, code, date, out);
  labNcdDates(catalog, code, date, out);
  out.dates.sort((a, b) => (a.date === b.date ? a.line - b.line : a.date < b.date ? 1 : -1));
  out.omitted = Math.max(0, out.dates.length - MAX_DATES);
  out.dates = out.dates.slice(0, MAX_DATES);
  return out;
}
