// Verifying the organization's domain (src/careers/domain-verification.ts) from /employer: POST
// /employer/verify-domain sends the link to an address at the domain (a refusal is shown on /employer beside the
// address field, the address kept); GET /employer/verify-domain?token=… is the link in that mail and needs no login
// — the signed token is the authority — so it works in whatever browser the mailbox opens it.
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { appSecret } from '../../../accounts/index.js';
import { confirmDomainVerification, requestDomainVerification } from '../../../careers/index.js';
import { displayableText, isAppError } from '../../../shared/index.js';
import { PAGE_FORM_BODY_LIMIT } from '../../body-limits.js';
import { formField, formRoute } from '../../form-route.js';
import { requireUser } from '../../plugins/auth.js';
import { sendPage } from '../../render.js';
import type { CareersFeatureOptions } from './options.js';
import { employerHome } from './page-employer.js';
import { fieldErrorsOf } from './page-refusals.js';
import { VerifyDomainPage } from './view-employer.js';

export const VERIFY_DOMAIN_PATH = '/employer/verify-domain';

export function registerDomainVerificationPages(app: FastifyInstance, { deps, careers }: CareersFeatureOptions): void {
  // read when first needed: the secret may be made (and stored) by the first process that asks
  const secret = () => appSecret(deps.database.db, deps.config.sessionSecret);

  app.post(
    VERIFY_DOMAIN_PATH,
    { bodyLimit: PAGE_FORM_BODY_LIMIT, preHandler: app.csrfProtection },
    formRoute({
      read: (req) => ({ user: requireUser(req), address: formField(req.body, 'address') }),
      async run({ user, address }, _req, reply) {
        await requestDomainVerification(careers, user, { secret: await secret(), address });
        return reply.redirect('/employer?done=verify', 303);
      },
      refused: ({ user, address }, refusal, _req, reply) =>
        employerHome(
          careers,
          reply,
          user,
          {
            errors: fieldErrorsOf(refusal),
            error: refusal.message,
            ...(address ? { address: displayableText(address).slice(0, 254) } : {}),
          },
          refusal.status,
        ),
    }),
  );

  app.get(VERIFY_DOMAIN_PATH, async (req, reply) => {
    const token = (req.query as Record<string, unknown>).token;
    // the token is in the URL: keep it out of the Referer of any link followed from the result page
    reply.header('referrer-policy', 'no-referrer');
    const meta = { title: 'Verify the website domain', noStore: true };
    try {
      const org = await confirmDomainVerification(careers, { secret: await secret(), token });
      return sendPage(reply, meta, h(VerifyDomainPage, { domain: org.domain ?? '', organization: org.name }));
    } catch (err) {
      if (!isAppError(err) || err.code !== 'CAREERS_VERIFICATION_INVALID') throw err;
      return sendPage(reply, meta, h(VerifyDomainPage, { error: err.message }), err.status);
    }
  });
}
