// Claim Check on the web: POST /api/v1/claims/check (the checkClaim operation: the claim JSON in, {claim, findings,
// summary} out; registered here, in a scope of its own for its body parsing) and the /claims page, a
// server-rendered form that works without JavaScript. The form posts back to itself (CSRF checked) with an
// action: check the claim, add a line, remove a line, or fill lines from a pasted list of codes; every answer
// re-renders the whole form with what was typed, so nothing is lost, and a claim the rules cannot read
// (CLAIM_INVALID) is shown with the message beside the field it names. Each checked claim counts against a
// guest's daily allowance (claim-allowance.ts); reading the page, adding or removing lines count nothing.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { type ClaimCheckResult, checkClaim, MAX_CLAIM_LINES, MAX_MODIFIERS } from '../../rules/index.js';
import { AppError, displayableText, isAppError } from '../../shared/index.js';
import { CLAIM_CHECK_API } from '../api-operations.js';
import type { FullDeps } from '../deps.js';
import type { ClaimAllowanceView } from '../views/claim-allowance.js';
import {
  CLAIM_FORM_DEFAULT_ROWS,
  type ClaimForm,
  type ClaimFormError,
  type ClaimFormLine,
  ClaimPage,
} from '../views/claim-page.js';
import { claimChecksExhausted, countClaimRequest } from './claim-allowance.js';
import { refusedClaimField } from './claim-form-text.js';
import { registerOperationRoute } from './operation-route.js';
import { sendPage } from './render.js';

type Body = Record<string, unknown>;

/** The longest text kept from one form field: far above any real claim, well under the body limit. */
const MAX_FIELD = 20_000;

function text(body: Body, name: string): string {
  const v = body[name];
  const s = Array.isArray(v) ? v[0] : v;
  // shown back as typed, but a refused control character as U+FFFD (refusedClaimField says which)
  return typeof s === 'string' ? displayableText(s.slice(0, MAX_FIELD), { multiline: true }) : '';
}

function blankLine(): ClaimFormLine {
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
function claimFromForm(form: ClaimForm): Record<string, unknown> {
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

function formError(e: AppError): ClaimFormError {
  if (e.code === 'CLAIM_INVALID') {
    const p = e.params as { field: string; why: string };
    return { field: p.field, why: p.why };
  }
  return { field: 'lines', why: e.message };
}

export async function registerClaimRoutes(app: FastifyInstance, deps: FullDeps): Promise<void> {
  const context = { catalog: deps.catalog };

  // The JSON API in its own scope, so that its body parsing is its own: JSON only (a cross-site form cannot send
  // application/json, so the API needs no CSRF token), and a body that is not JSON is an invalid claim.
  await app.register(async (api) => {
    const json = api.getDefaultJsonParser('error', 'error');
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('application/json', { parseAs: 'string' }, (req, raw, done) => {
      const body = typeof raw === 'string' ? raw : raw.toString('utf8');
      // Fastify's own parser (it refuses __proto__ and constructor.prototype keys); its message does not say where
      // the text goes wrong, JSON.parse's does
      json(req, body, (err, value) => {
        if (!err) return done(null, value);
        let why = 'is empty; send the claim as a JSON object';
        if (body.trim() !== '') {
          try {
            JSON.parse(body);
            why = `is refused: ${err.message}`;
          } catch (e) {
            why = `is not valid JSON (${e instanceof Error ? e.message : String(e)})`;
          }
        }
        done(new AppError('CLAIM_INVALID', { field: 'claim', why }), undefined);
      });
    });
    api.addContentTypeParser('*', (_req, _payload, done) => {
      done(
        new AppError('BAD_INPUT', { why: 'Send the claim as JSON with the header Content-Type: application/json' }),
        undefined,
      );
    });
    api.addHook('preHandler', async (req) => {
      if (req.body === undefined)
        throw new AppError('CLAIM_INVALID', { field: 'claim', why: 'is missing: send the claim as the JSON body' });
    });
    registerOperationRoute(api, CLAIM_CHECK_API, deps);
  });

  const page = (
    reply: FastifyReply,
    form: ClaimForm,
    rows: number,
    extra: { result?: ClaimCheckResult; error?: ClaimFormError; notice?: string; allowance?: ClaimAllowanceView } = {},
    status = 200,
  ) => {
    while (form.lines.length < rows) form.lines.push(blankLine());
    const { result, error, allowance } = extra;
    const title = result
      ? `Claim Check: ${result.summary.errors} error${result.summary.errors === 1 ? '' : 's'}`
      : error || (allowance && 'refused' in allowance)
        ? 'Claim Check: not checked'
        : 'Claim Check';
    return sendPage(
      reply,
      {
        title,
        canonical: '/claims',
        description: 'Check a claim against the code sets, NCCI edits and ICD-10-CM conventions.',
        noStore: true,
      },
      h(ClaimPage, { csrf: reply.generateCsrf(), form, ...extra }),
      status,
    );
  };

  app.get('/claims', async (_req, reply) => {
    const form: ClaimForm = {
      dateOfService: deps.now().toISOString().slice(0, 10),
      age: '',
      sex: '',
      placeOfService: '',
      setting: 'practitioner',
      diagnoses: '',
      paste: '',
      lines: [],
    };
    return page(reply, form, CLAIM_FORM_DEFAULT_ROWS);
  });

  app.post('/claims', { preHandler: app.csrfProtection }, async (req, reply) => {
    const { form, rows: sent } = readClaimForm(req.body);
    const action = text((req.body ?? {}) as Body, 'action') || 'check';
    let rows = sent;
    const removed = Number(/^remove-(\d{1,3})$/.exec(action)?.[1] ?? 0);
    if (removed >= 1 && removed <= form.lines.length) {
      form.lines.splice(removed - 1, 1);
      rows--;
    }
    // blank rows go to the end: the k-th filled row is claim line k, so findings and errors land on their row
    form.lines = form.lines.filter((l) => !isBlank(l));
    const refused = refusedClaimField(req.body);
    if (refused)
      return page(reply, form, Math.max(CLAIM_FORM_DEFAULT_ROWS, rows, form.lines.length), { error: refused }, 400);
    let notice: string | undefined;
    if (action === 'paste' || action === 'check') notice = applyPaste(form);
    if (action === 'add') rows++;
    rows = Math.min(MAX_CLAIM_LINES, Math.max(CLAIM_FORM_DEFAULT_ROWS, rows, form.lines.length));
    const extra = notice ? { notice } : {};
    if (action !== 'check') return page(reply, form, rows, extra);
    try {
      const result = checkClaim(claimFromForm(form), context);
      const counted = await countClaimRequest(req, reply, deps);
      // refused: the form as typed, with why and how to go on; the findings are not sent
      if (!counted.allowed)
        return page(
          reply,
          form,
          rows,
          { ...extra, allowance: { refused: claimChecksExhausted(counted).message } },
          402,
        );
      const allowance = counted.remaining === undefined ? {} : { allowance: { left: counted.remaining } };
      return page(reply, form, rows, { ...extra, result, ...allowance });
    } catch (e) {
      if (!isAppError(e) || (e.code !== 'CLAIM_INVALID' && e.code !== 'CLAIM_TOO_MANY_LINES')) throw e;
      return page(reply, form, rows, { ...extra, error: formError(e) }, 400);
    }
  });
}
