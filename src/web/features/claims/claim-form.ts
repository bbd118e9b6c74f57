// The Claim Check form (/claims) read into a claim: the rows the form sent (line1.code … lineN.date), the button
// pressed (check, add a line, remove one, fill lines from pasted codes), and the claim document the rules read
// (claim line k is the k-th filled row). What does not look like a number stays as typed, so that normalizeClaim
// names the field and the value.
import { MAX_CLAIM_LINES, MAX_MODIFIERS } from '../../../rules/index.js';
import { type AppError, displayableText } from '../../../shared/index.js';
import { refusedClaimField } from './claim-form-text.js';
import { CLAIM_FORM_DEFAULT_ROWS, type ClaimForm, type ClaimFormError, type ClaimFormLine } from './claim-page.js';

type Body = Record<string, unknown>;

/** The longest text kept from one form field: far above any real claim, well under the body limit. */
const MAX_FIELD = 20_000;

function text(body: Body, name: string): string {
  const v = body[name];
  const s = Array.isArray(v) ? v[0] : v;
  // shown back as typed, but a refused control character as U+FFFD (refusedClaimField says which)
  return typeof s === 'string' ? displayableText(s.slice(0, MAX_FIELD), { multiline: true }) : '';
}

export function blankLine(): ClaimFormLine {
  return { code: '', modifiers: Array.from({ length: MAX_MODIFIERS }, () => ''), units: '', pointers: '', date: '' };
}

function isBlank(l: ClaimFormLine): boolean {
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

function readClaimForm(body: unknown): { form: ClaimForm; rows: number } {
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
function applyPaste(form: ClaimForm): string | undefined {
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

/** A post of the form, read: the form as it will be shown again, its rows, and what to do with it. */
export interface ClaimPost {
  form: ClaimForm;
  /** how many rows the form shows (blank ones fill up to it) */
  rows: number;
  /** "check" checks the claim; the other buttons change the form and show it again */
  action: string;
  /** what the pasted codes did, when there were any */
  notice?: string;
  /** the first field holding a character the site refuses: the form is shown again with it, nothing else done */
  refused?: ClaimFormError;
}

/**
 * The form as posted, with the button's change made: a line removed, blank rows moved to the end (the k-th filled
 * row is claim line k, so findings and errors land on their row), pasted codes added as lines, a line added.
 */
export function readClaimPost(body: unknown): ClaimPost {
  const { form, rows: sent } = readClaimForm(body);
  const action = text((body ?? {}) as Body, 'action') || 'check';
  let rows = sent;
  const removed = Number(/^remove-(\d{1,3})$/.exec(action)?.[1] ?? 0);
  if (removed >= 1 && removed <= form.lines.length) {
    form.lines.splice(removed - 1, 1);
    rows--;
  }
  form.lines = form.lines.filter((l) => !isBlank(l));
  const refused = refusedClaimField(body);
  if (refused) return { form, rows: Math.max(CLAIM_FORM_DEFAULT_ROWS, rows, form.lines.length), action, refused };
  let notice: string | undefined;
  if (action === 'paste' || action === 'check') notice = applyPaste(form);
  if (action === 'add') rows++;
  rows = Math.min(MAX_CLAIM_LINES, Math.max(CLAIM_FORM_DEFAULT_ROWS, rows, form.lines.length));
  return { form, rows, action, ...(notice ? { notice } : {}) };
}
