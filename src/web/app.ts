// buildApp: the Fastify application (no listen). Pages are server-rendered HTML; the JSON API lives under
// /api/v1. Dependencies (catalog, search index, type-ahead's phrases, database) are passed in; routes are thin adapters over the
// domain folders.
//
// Scopes: the root holds what every request meets (security headers, body parsers, the rate limit, the error
// handler and the request guards) and what needs no idea of who is asking: the probes and the static assets.
// The site scope inside it adds cookies, CSRF and authentication, and holds one encapsulated plugin per product
// (features/), each with its prefix, routes, views, body limits and hooks.
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { GuidanceCorpus } from '../guidance/index.js';
import { TermSuggestions } from '../search/index.js';
import { DEFAULT_BODY_LIMIT } from './body-limits.js';
import type { AppDeps, FullDeps } from './deps.js';
import { registerFeatures } from './features/index.js';
import { registerAssetRoutes } from './plugins/assets.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerProbes } from './plugins/probes.js';
import { fastifyTrustProxy, registerSecurityHeaders } from './plugins/transport.js';
import { registerRateLimit } from './rate-limit/register.js';

export type { AppDeps } from './deps.js';

export async function buildApp(config: Readonly<Config>, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: DEFAULT_BODY_LIMIT,
    // long path parameters reach the routes, which refuse them with our own error shape
    routerOptions: { maxParamLength: 2000 },
    trustProxy: fastifyTrustProxy(config.trustProxy),
    // one access line per request (below) instead of Fastify's two: half the logging cost under load
    disableRequestLogging: true,
  });
  if (deps.logger)
    app.addHook('onResponse', async (request, reply) => {
      request.log.info(
        {
          method: request.method,
          url: request.url,
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request',
      );
    });
  const now = deps.now ?? (() => new Date());
  // opened once here (a checksum check and an in-memory index, well under a second), never per request
  const guidance = deps.guidance ?? GuidanceCorpus.open(deps.catalog);
  // type-ahead's phrases: built once here (under a second on the full catalog) when the caller has none
  const suggestions = deps.suggestions ?? TermSuggestions.open(deps.catalog);
  const full: FullDeps = { ...deps, guidance, suggestions, now, config };
  await registerSecurityHeaders(app);
  // a route's own bodyLimit overrides the parser's
  await app.register(formbody, { bodyLimit: DEFAULT_BODY_LIMIT });
  await registerRateLimit(app, config, deps.database, deps.rateLimit);
  registerErrorHandling(app, deps);

  registerProbes(app, deps);
  registerAssetRoutes(app);
  await app.register(async (site) => {
    await registerAuth(site, config, deps.database, now);
    await registerFeatures(site, full);
  });
  return app;
}
