// The probes a load balancer or an orchestrator asks: /health (the process answers) and /ready (the catalog is
// loaded and the database answers). Registered outside the authenticated scope: no cookie, session or key lookup.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';

export function registerProbes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_req, reply) => {
    const dbOk = await deps.database.ping();
    const catalogOk = deps.catalog.manifest.releases.length > 0;
    const body = { status: dbOk && catalogOk ? 'ready' : 'not-ready', catalog: catalogOk, database: dbOk };
    return reply.code(dbOk && catalogOk ? 200 : 503).send(body);
  });
}
