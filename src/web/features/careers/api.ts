// CareerCenter's JSON API under /api/v1 (contracts.md, "Web / HTTP" and "Jobs"): the routes of api-jobs.ts and
// api-applications.ts, each defined with its description (api-route.ts), so that CAREERS_API_DOCS — handed to the
// API feature by features/index.ts — puts exactly these routes, with their schemas, in the OpenAPI document.
//
// Two scopes: the JSON routes read JSON bodies only (a cross-site form cannot send application/json, and the session
// cookie is SameSite=Lax, so they need no CSRF token; a urlencoded or multipart body is refused unread), and the
// application route reads multipart only (registerUploadRoutes), checking the CSRF token of a session itself.
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { AppError } from '../../../shared/index.js';
import { registerUploadRoutes, uploadStore } from '../../uploads.js';
import { API_PREFIX } from '../api/api-operations.js';
import type { RouteDoc } from '../api/index.js';
import { APPLICATION_ROUTES } from './api-applications.js';
import { JOB_ROUTES } from './api-jobs.js';
import { type CareersRoute, type RouteServices, registerCareersRoute } from './api-route.js';
import type { CareersFeatureOptions } from './options.js';

const ROUTES: readonly CareersRoute[] = [...JOB_ROUTES, ...APPLICATION_ROUTES];

/** The routes' descriptions for the OpenAPI document (the handlers left out). */
export const CAREERS_API_DOCS: readonly RouteDoc[] = ROUTES.map(
  ({ handler: _h, bodyLimit: _b, config: _c, ...doc }) => doc,
);

/** JSON bodies only; an empty body is no body (the lifecycle POSTs take none). */
function jsonOnly(scope: FastifyInstance): void {
  const json = scope.getDefaultJsonParser('error', 'error');
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (req, raw, done) => {
    const body = typeof raw === 'string' ? raw : raw.toString('utf8');
    if (body.trim() === '') return done(null, undefined);
    json(req, body, (err, value) => {
      if (!err) return done(null, value);
      done(new AppError('BAD_INPUT', { why: `The body is not valid JSON: ${err.message}` }), undefined);
    });
  });
  scope.addContentTypeParser('*', (_req, _payload, done) =>
    done(new AppError('BAD_INPUT', { why: 'Send the body as JSON with the header Content-Type: application/json' })),
  );
}

export const careersApi: FastifyPluginAsync<CareersFeatureOptions> = async (app, { deps, careers }) => {
  const services: RouteServices = { deps, careers, store: uploadStore(deps) };
  const multipart = ROUTES.filter((r) => r.body?.type === 'multipart');
  await app.register(
    async (v1) => {
      await v1.register(async (scope) => {
        jsonOnly(scope);
        for (const route of ROUTES) if (!multipart.includes(route)) registerCareersRoute(scope, route, services);
      });
      await registerUploadRoutes(v1, (scope) => {
        for (const route of multipart) registerCareersRoute(scope, route, services);
      });
    },
    { prefix: API_PREFIX },
  );
};
