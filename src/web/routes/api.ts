// /api/v1: one route per operation (api-operations.ts; Claim Check's is registered in its own scope by
// claim-routes.ts) and the OpenAPI document. Errors are {error: {code, message}}.
import type { FastifyInstance } from 'fastify';
import { API_OPERATIONS, CLAIM_CHECK_API } from '../api-operations.js';
import type { FullDeps } from '../deps.js';
import { OPENAPI } from '../openapi.js';
import { registerOperationRoute } from './operation-route.js';

export function registerApiRoutes(app: FastifyInstance, deps: FullDeps): void {
  app.get('/api/v1/openapi.json', async () => OPENAPI);
  for (const api of API_OPERATIONS) if (api !== CLAIM_CHECK_API) registerOperationRoute(app, api, deps);
}
