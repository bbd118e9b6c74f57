// Claim Check on the web: POST /api/v1/claims/check (claim-api.ts, in a scope of its own for its body parsing) and
// the /claims page, a server-rendered form that works without JavaScript. The form posts back to itself (CSRF
// checked) with an action: check the claim, add a line, remove a line, or fill lines from a pasted list of codes
// (claim-form.ts reads them); every answer re-renders the whole form with what was typed, so nothing is lost, and
// a claim the rules cannot read (CLAIM_INVALID) is shown with the message beside the field it names. Each checked
// claim counts against a guest's daily allowance (claim-allowance.ts); reading the page, adding or removing lines
// count nothing.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { h } from 'preact';
import { type ClaimCheckResult, checkClaim, MAX_CLAIM_LINES } from '../../../rules/index.js';
import { isAppError } from '../../../shared/index.js';
import { PAGE_FORM_BODY_LIMIT } from '../../body-limits.js';
import type { FeatureOptions } from '../../deps.js';
import { sendPage } from '../../render.js';
import { API_PREFIX } from '../api/api-operations.js';
import { claimChecksExhausted, countClaimRequest } from './claim-allowance.js';
import type { ClaimAllowanceView } from './claim-allowance-note.js';
import { claimApi } from './claim-api.js';
import {
  applyPaste,
  type Body,
  blankLine,
  claimFromForm,
  formError,
  isBlank,
  readClaimForm,
  text,
} from './claim-form.js';
import { refusedClaimField } from './claim-form-text.js';
import { CLAIM_FORM_DEFAULT_ROWS, type ClaimForm, type ClaimFormError, ClaimPage } from './claim-page.js';

const claimPages: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  const context = { catalog: deps.catalog };

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

  // '' is /claims itself, without the /claims/ that '/' would add
  app.get('', async (_req, reply) => {
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

  app.post('', { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection }, async (req, reply) => {
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
};

export const claimsFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  await app.register(claimApi, { prefix: API_PREFIX, deps });
  await app.register(claimPages, { prefix: '/claims', deps });
};
