// The JSON API: under /api/v1, one route per operation (api-operations.ts; Claim Check's and CasePilot's are
// registered by their features, in scopes with their own body parsers) and the OpenAPI document; and /docs, the same document as a
// page. Errors are {error: {code, message}}. Routes of other features that are not operations (CareerCenter's) come
// with their descriptions (`routeDocs`, route-docs.ts), merged into the document here.
import type { FastifyPluginAsync } from 'fastify';
import { h } from 'preact';
import type { FeatureOptions } from '../../deps.js';
import { sendPage } from '../../render.js';
import { ApiDocs } from './api-docs.js';
import { API_OPERATIONS, API_PREFIX, ASK_API, CLAIM_CHECK_API } from './api-operations.js';
import { openApiDocument } from './openapi.js';
import { registerOperationRoute } from './operation-route.js';
import type { RouteDoc } from './route-docs.js';

export type { RouteAccess, RouteDoc } from './route-docs.js';

export interface ApiFeatureOptions extends FeatureOptions {
  /** the other features' /api/v1 routes that are not operations, for the document */
  routeDocs?: readonly RouteDoc[];
}

export const apiFeature: FastifyPluginAsync<ApiFeatureOptions> = async (app, { deps, routeDocs = [] }) => {
  const document = openApiDocument(routeDocs);
  await app.register(
    async (v1) => {
      v1.get('/openapi.json', async () => document);
      // Claim Check and CasePilot are registered by their features, in scopes that read JSON bodies only
      for (const api of API_OPERATIONS)
        if (api !== CLAIM_CHECK_API && api !== ASK_API) registerOperationRoute(v1, api, deps);
    },
    { prefix: API_PREFIX },
  );
  app.get('/docs', async (_req, reply) => sendPage(reply, { title: 'API' }, h(ApiDocs, { document })));
};
