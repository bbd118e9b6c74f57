// POST /api/v1/claims/check (the checkClaim operation: the claim JSON in, {claim, findings, summary} out), in a
// scope of its own so that its body parsing is its own: JSON only (a cross-site form cannot send
// application/json, so the API needs no CSRF token), and a body that is not JSON is an invalid claim.
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../../shared/index.js';
import type { FeatureOptions } from '../../deps.js';
import { CLAIM_CHECK_API } from '../api/api-operations.js';
import { registerOperationRoute } from '../api/operation-route.js';

/** Registered under API_PREFIX by the claims feature; the route's body limit is CLAIM_CHECK_API's. */
export const claimApi: FastifyPluginAsync<FeatureOptions> = async (api, { deps }) => {
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
};
