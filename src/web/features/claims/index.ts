// Claim Check on the web: POST /api/v1/claims/check (claim-api.ts, in a scope of its own for its body parsing) and
// the /claims page, a server-rendered form that works without JavaScript. The form posts back to itself (CSRF
// checked) with an action: check the claim, add a line, remove a line, or fill lines from a pasted list of codes
// (claim-form.ts reads them); every answer re-renders the whole form with what was typed, so nothing is lost, and
// a claim the rules cannot read (CLAIM_INVALID) is shown with the message beside the field it names. Each checked
// claim counts against a guest's daily allowance (claim-allowance.ts); reading the page, adding or removing lines
// count nothing.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { h } from 'preact';
import { type ClaimCheckResult, checkClaim } from '../../../rules/index.js';
import { isAppError } from '../../../shared/index.js';
import { PAGE_FORM_BODY_LIMIT } from '../../body-limits.js';
import type { FeatureOptions } from '../../deps.js';
import { formRoute } from '../../form-route.js';
import { sendPage } from '../../render.js';
import { API_PREFIX } from '../api/api-operations.js';
import { claimChecksExhausted, countClaimRequest } from './claim-allowance.js';
import type { ClaimAllowanceView } from './claim-allowance-note.js';
import { claimApi } from './claim-api.js';
import { blankLine, claimFromForm, formError, readClaimPost } from './claim-form.js';
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

  app.post(
    '',
    { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection },
    formRoute({
      read: (req) => readClaimPost(req.body),
      async run({ form, rows, action, notice, refused }, req, reply) {
        if (refused) return page(reply, form, rows, { error: refused }, 400);
        const extra = notice ? { notice } : {};
        if (action !== 'check') return page(reply, form, rows, extra);
        const result = checkClaim(claimFromForm(form), context);
        const counted = await countClaimRequest(req, reply, deps);
        // refused: the form as typed, with why and how to go on; the findings are not sent
        if (!counted.allowed) {
          const allowance = { refused: claimChecksExhausted(counted).message };
          return page(reply, form, rows, { ...extra, allowance }, 402);
        }
        const allowance = counted.remaining === undefined ? {} : { allowance: { left: counted.remaining } };
        return page(reply, form, rows, { ...extra, result, ...allowance });
      },
      // a claim the rules cannot read: the message beside the field it names
      refusalOf: (e) =>
        isAppError(e) && (e.code === 'CLAIM_INVALID' || e.code === 'CLAIM_TOO_MANY_LINES') ? e : undefined,
      refused: ({ form, rows, notice }, refusal, _req, reply) =>
        page(reply, form, rows, { ...(notice ? { notice } : {}), error: formError(refusal) }, refusal.status),
    }),
  );
};

export const claimsFeature: FastifyPluginAsync<FeatureOptions> = async (app, { deps }) => {
  await app.register(claimApi, { prefix: API_PREFIX, deps });
  await app.register(claimPages, { prefix: '/claims', deps });
};
