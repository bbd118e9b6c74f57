// buildApp: the Fastify application (no listen). Pages are server-rendered HTML; the JSON API lives under
// /api/v1. Dependencies (catalog, search index, database) are passed in; routes are thin adapters over the
// domain folders.
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { h } from 'preact';
import { isCodeSystem } from '../catalog/index.js';
import type { Config } from '../config.js';
import { searchCodes } from '../search/index.js';
import { AppError, isAppError } from '../shared/index.js';
import type { AppDeps, FullDeps } from './deps.js';
import { registerAuth } from './plugins/auth.js';
import { fastifyTrustProxy, registerSecurityHeaders } from './plugins/transport.js';
import { registerRateLimit } from './rate-limit/register.js';
import { registerAccountRoutes } from './routes/account-pages.js';
import { registerAdminRoutes } from './routes/admin-pages.js';
import { registerApiRoutes } from './routes/api.js';
import { registerAssetRoutes } from './routes/assets.js';
import { registerClaimRoutes } from './routes/claim-routes.js';
import { registerEditorRoutes } from './routes/editor-pages.js';
import { registerPageRoutes } from './routes/pages.js';
import { ErrorPage } from './views/error-page.js';
import { renderPage } from './views/layout.js';

export type { AppDeps } from './deps.js';

/** largest request body accepted (the API's JSON bodies are small) */
export const BODY_LIMIT = 256 * 1024;

export async function buildApp(config: Readonly<Config>, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: BODY_LIMIT,
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
  const full: FullDeps = { ...deps, now, config };
  await registerSecurityHeaders(app);
  await app.register(formbody, { bodyLimit: BODY_LIMIT });
  await registerRateLimit(app, config, deps.database, deps.rateLimit);

  app.setErrorHandler((error, request, reply) => sendError(error, request, reply, deps));
  // pages and the API read with GET; forms post. A body larger than the limit is refused before anything
  // else looks at it
  app.addHook('onRequest', async (request, reply) => {
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > BODY_LIMIT)
      return sendError(new AppError('PAYLOAD_TOO_LARGE', { limitBytes: BODY_LIMIT }), request, reply, deps);
    if (!ALLOWED_METHODS.includes(request.method)) return methodNotAllowed(request, reply, deps);
  });
  app.setNotFoundHandler((request, reply) =>
    // a POST that matched no route is a POST to a page that only reads
    request.method === 'POST'
      ? methodNotAllowed(request, reply, deps)
      : sendError(new AppError('NOT_FOUND', { what: `The page ${request.url.slice(0, 200)}` }), request, reply, deps),
  );
  await registerAuth(app, config, deps.database, now);

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_req, reply) => {
    const dbOk = await deps.database.ping();
    const catalogOk = deps.catalog.manifest.releases.length > 0;
    const body = { status: dbOk && catalogOk ? 'ready' : 'not-ready', catalog: catalogOk, database: dbOk };
    return reply.code(dbOk && catalogOk ? 200 : 503).send(body);
  });
  registerAssetRoutes(app);
  registerApiRoutes(app, full);
  registerPageRoutes(app, full);
  await registerClaimRoutes(app, full);
  registerAccountRoutes(app, full);
  registerAdminRoutes(app, full);
  registerEditorRoutes(app, full);
  return app;
}

const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'];

function methodNotAllowed(request: FastifyRequest, reply: FastifyReply, deps: AppDeps): FastifyReply {
  const path = request.url.split('?')[0]?.slice(0, 200) ?? '';
  return sendError(new AppError('METHOD_NOT_ALLOWED', { method: request.method, path }), request, reply, deps);
}

function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || !(request.headers.accept ?? '').includes('text/html');
}

function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply, deps: AppDeps): FastifyReply {
  let app: AppError;
  const status = (error as { statusCode?: number }).statusCode;
  const code = (error as { code?: string }).code;
  if (isAppError(error)) app = error;
  else if (code === 'FST_CSRF_INVALID_TOKEN' || code === 'FST_CSRF_MISSING_SECRET')
    app = new AppError('CSRF_INVALID', {});
  else if (status === 413) app = new AppError('PAYLOAD_TOO_LARGE', { limitBytes: BODY_LIMIT });
  else if (status === 429) app = new AppError('RATE_LIMITED', { retryAfterSeconds: 60 });
  else if (status !== undefined && status >= 400 && status < 500) {
    app = new AppError('BAD_INPUT', { why: error instanceof Error ? error.message : 'Bad request' });
  } else {
    request.log.error({ err: error }, 'unhandled error');
    app = new AppError('INTERNAL', undefined);
  }
  reply.code(app.status);
  if (app.code === 'METHOD_NOT_ALLOWED') reply.header('allow', 'GET, HEAD');
  if (app.code === 'RATE_LIMITED')
    reply.header('retry-after', String((app.params as { retryAfterSeconds: number }).retryAfterSeconds));
  if (app.code === 'AUTH_INVALID_API_KEY' || (app.code === 'AUTH_REQUIRED' && wantsJson(request)))
    reply.header('www-authenticate', 'Bearer');
  if (wantsJson(request)) return reply.type('application/json').send(app.toJSON());
  const suggestions = app.status === 404 ? suggestFor(request.url, deps) : undefined;
  const html = renderPage(
    { title: app.status === 404 ? 'Not found' : 'Error' },
    h(ErrorPage, { status: app.status, message: app.message, ...(suggestions ? { suggestions } : {}) }),
  );
  return reply.type('text/html; charset=utf-8').send(html);
}

/**
 * For a missing code page, the closest codes. A mistyped code is cut back to its longest prefix that leads
 * somewhere in the same system ("E11.66" → E11.6 and its children); other text is searched as a query.
 */
function suggestFor(url: string, deps: AppDeps) {
  let segments: string[];
  try {
    segments = decodeURIComponent(url.split('?')[0] ?? '').split('/');
  } catch {
    return undefined;
  }
  const last = (segments.pop() ?? '').slice(0, 100);
  if (!last) return undefined;
  const inUrl = segments.pop();
  const system = inUrl && isCodeSystem(inUrl) ? { system: inUrl } : {};
  if (/^[A-Za-z0-9.]+$/.test(last)) {
    const code = last.replace(/\./g, '').toUpperCase();
    for (let n = code.length - 1; n >= 3; n--) {
      const prefix = code.slice(0, n);
      const found = searchCodes(deps.search, prefix, { limit: 6, ...system }).results;
      if (found[0]?.code.replace(/\./g, '').startsWith(prefix)) return found;
    }
  }
  return searchCodes(deps.search, last, { limit: 5, ...system }).results;
}
