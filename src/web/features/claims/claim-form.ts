// The Claim Check form (/claims) read into a claim: the rows the form sent (line1.code … lineN.date), codes pasted
// as a list filling lines, and the claim document the rules read (claim line k is the k-th filled row). What does
// not look like a number stays as typed, so that normalizeClaim names the field and the value.
import { MAX_CLAIM_LINES, MAX_MODIFIERS } from '../../../rules/index.js';
import { type AppError, displayableText } from '../../../shared/index.js';
import type { ClaimForm, ClaimFormError, ClaimFormLine } from './claim-page.js';

export type Body = Record<string, unknown>;

/** The longest text kept from one form field: far above any real claim, well under the body limit. */
const MAX_FIELD = 20_000;

export function text(body: Body, name: string): string {
  const v = body[name];
  const s = Array.isArray(v) ? v[0] : v;
  // shown back as typed, but a refused control character as U+FFFD (refusedClaimField says which)
  return typeof s === 'string' ? displayableText(s.slice(0, MAX_FIELD), { multiline: true }) : '';
}

export function blankLine(): ClaimFormLine {
  return { code: '', modifiers: Array.from({ length: MAX_MODIFIERS }, () => ''), units: '', pointers: '', date: '' };
}

export function isBlank(l: ClaimFormLine): boolean {
  return (
    !l.code.trim() && l.modifiers.every((m) => !m.trim()) && !l.units.trim() && !l.pointers.trim() && !l.date.trim()
  );
}

/** The rows the form sent: line1.code … lineN.date, N from the hidden "rows" field or the highest row present. */
function readLines(body: Body): { lines: ClaimFormLine[]; rows: number } {
  let rows = Number(text(body, 'rows')) || 0;
  for (const key of Object.keys(body)) {
    const m = /^line(\d{1,3})\./.exec(key);
    if (m) rows = Math.max(rows, Number(m[1]));
  }
  rows = Math.min(Math.max(rows, 0), MAX_CLAIM_LINES);
  const lines: ClaimFormLine[] = [];
  for (let n = 1; n <= rows; n++) {
    const modifiers = Array.from({ length: MAX_MODIFIERS }, (_, j) => text(body, `line${n}.mod${j + 1}`).trim());
    // modifiers move to the first boxes, so that modifiers[j] of the claim is box j + 1
    const filled = modifiers.filter((m) => m !== '');
    lines.push({
      code: text(body, `line${n}.code`).trim(),
      modifiers: [...filled, ...modifiers.slice(filled.length).map(() => '')],
      units: text(body, `line${n}.units`).trim(),
      pointers: text(body, `line${n}.pointers`).trim(),
      date: text(body, `line${n}.date`).trim(),
    });
  }
  return { lines, rows };
}

export function readClaimForm(body: unknown): { form: ClaimForm; rows: number } {
  const b: Body = typeof body === 'object' && body !== null ? (body as Body) : {};
  const { lines, rows } = readLines(b);
  return {
    form: {
      dateOfService: text(b, 'dateOfService').trim(),
      age: text(b, 'age').trim(),
      sex: text(b, 'sex').trim(),
      placeOfService: text(b, 'placeOfService').trim(),
      setting: text(b, 'setting').trim() || 'practitioner',
      diagnoses: text(b, 'diagnoses'),
      paste: text(b, 'paste'),
      lines,
    },
    rows,
  };
}

/** "E11.9, E10.9\nI10" → the codes in order. */
function splitCodes(s: string): string[] {
  return s.split(/[\s,;]+/).filter((c) => c !== '');
}

/** A whole number as a number; anything else as typed, so that normalizeClaim names the field and the value. */
function numberOr(s: string): number | string {
  return /^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}

/** Pointers "1, 2" or "1 2", or the CMS-1500's letters "A B" (A = 1 … L = 12). */
function pointersOf(s: string): (number | string)[] {
  return splitCodes(s).map((p) => (/^[A-La-l]$/.test(p) ? p.toUpperCase().charCodeAt(0) - 64 : numberOr(p)));
}

/** The claim document of the form's filled rows (claim line k is the k-th filled row). */
export function claimFromForm(form: ClaimForm): Record<string, unknown> {
  const claim: Record<string, unknown> = { dateOfService: form.dateOfService };
  const patient: Record<string, unknown> = {};
  if (form.age) patient.age = numberOr(form.age);
  if (form.sex) patient.sex = form.sex;
  if (Object.keys(patient).length > 0) claim.patient = patient;
  if (form.placeOfService) claim.placeOfService = form.placeOfService;
  claim.setting = form.setting;
  claim.diagnoses = splitCodes(form.diagnoses);
  claim.lines = form.lines.map((l) => {
    const line: Record<string, unknown> = { code: l.code };
    const modifiers = l.modifiers.filter((m) => m !== '');
    if (modifiers.length > 0) line.modifiers = modifiers;
    if (l.units) line.units = numberOr(l.units);
    if (l.pointers) line.diagnosisPointers = pointersOf(l.pointers);
    if (l.date) line.dateOfService = l.date;
    return line;
  });
  return claim;
}

/** Codes pasted as a list fill lines after the filled ones; what does not fit stays in the box. */
export function applyPaste(form: ClaimForm): string | undefined {
  const codes = splitCodes(form.paste);
  if (codes.length === 0) return undefined;
  const room = MAX_CLAIM_LINES - form.lines.length;
  const taken = codes.slice(0, Math.max(room, 0));
  for (const code of taken) form.lines.push({ ...blankLine(), code });
  const left = codes.slice(taken.length);
  form.paste = left.join(' ');
  const added = `${taken.length} line${taken.length === 1 ? '' : 's'} added from the pasted codes`;
  return left.length > 0
    ? `${added}; ${left.length} code${left.length === 1 ? '' : 's'} did not fit (a claim takes at most ${MAX_CLAIM_LINES} lines) and ${left.length === 1 ? 'is' : 'are'} still in the box.`
    : `${added}.`;
}

export function formError(e: AppError): ClaimFormError {
  if (e.code === 'CLAIM_INVALID') {
    const p = e.params as { field: string; why: string };
    return { field: p.field, why: p.why };
  }
  return { field: 'lines', why: e.message };
}
