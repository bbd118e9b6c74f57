// One error handler for the whole app: an AppError (or Fastify's own refusals, put in the error catalogue's words)
// goes out as {"error": {"code", "message"}} under /api and to clients that ask for JSON (content-negotiation.ts),
// and as the HTML error page otherwise (a missing code page with the closest codes). 5xx details are logged, never sent. Also the guards every
// request passes first: a body larger than its route takes, and a method the site does not answer.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { closeCodes, isCodeSystem } from '../../catalog/index.js';
import { type SearchResult, searchCodes } from '../../search/index.js';
import { AppError, isAppError } from '../../shared/index.js';
import type { AppDeps } from '../deps.js';
import { ErrorPage } from '../views/error-page.js';
import { renderPage } from '../views/layout.js';
import { wantsJson } from './content-negotiation.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The refusal of a body over the route's limit, when the route words it itself: an upload names its field and
     * its file's limit (web/uploads.ts) rather than the body's size in bytes. Default: PAYLOAD_TOO_LARGE.
     */
    bodyTooLarge?: () => AppError;
  }
}

/** The refusal of a body over the route's limit, in the route's own words when it has them. */
export function bodyTooLarge(request: FastifyRequest): AppError {
  const own = request.routeOptions.config?.bodyTooLarge;
  return own ? own() : new AppError('PAYLOAD_TOO_LARGE', { limitBytes: request.routeOptions.bodyLimit });
}

/** pages and the API read with GET (HEAD: its headers); forms post */
const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'];
/**
 * the API also changes a resource in place and deletes one (CareerCenter: PATCH a posting or an application, PUT a
 * profile, DELETE a saved search)
 */
const API_METHODS = [...ALLOWED_METHODS, 'PATCH', 'PUT', 'DELETE'];

function methodAllowed(request: FastifyRequest): boolean {
  return (request.url.startsWith('/api/') ? API_METHODS : ALLOWED_METHODS).includes(request.method);
}

export function registerErrorHandling(app: FastifyInstance, deps: AppDeps): void {
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply, deps));
  // a body larger than its route's limit is refused before anything else looks at it (the limit of a URL that
  // matches no route is the app's default)
  app.addHook('onRequest', async (request, reply) => {
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > request.routeOptions.bodyLimit) return sendError(bodyTooLarge(request), request, reply, deps);
    if (!methodAllowed(request)) return methodNotAllowed(request, reply, deps);
  });
  app.setNotFoundHandler((request, reply) =>
    // a write (POST, PATCH, PUT, DELETE) that matched no route is a write to a page that only reads
    request.method !== 'GET' && request.method !== 'HEAD'
      ? methodNotAllowed(request, reply, deps)
      : sendError(new AppError('NOT_FOUND', { what: `The page ${request.url.slice(0, 200)}` }), request, reply, deps),
  );
}

function methodNotAllowed(request: FastifyRequest, reply: FastifyReply, deps: AppDeps): FastifyReply {
  const path = request.url.split('?')[0]?.slice(0, 200) ?? '';
  return sendError(new AppError('METHOD_NOT_ALLOWED', { method: request.method, path }), request, reply, deps);
}

function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply, deps: AppDeps): FastifyReply {
  let app: AppError;
  const status = (error as { statusCode?: number }).statusCode;
  const code = (error as { code?: string }).code;
  if (isAppError(error)) app = error;
  else if (code === 'FST_CSRF_INVALID_TOKEN' || code === 'FST_CSRF_MISSING_SECRET')
    app = new AppError('CSRF_INVALID', {});
  else if (status === 413) app = bodyTooLarge(request);
  else if (status === 429) app = new AppError('RATE_LIMITED', { retryAfterSeconds: 60 });
  else if (status !== undefined && status >= 400 && status < 500) {
    app = new AppError('BAD_INPUT', { why: error instanceof Error ? error.message : 'Bad request' });
  } else {
    request.log.error({ err: error }, 'unhandled error');
    app = new AppError('INTERNAL', undefined);
  }
  reply.code(app.status);
  // a body refused for its size was not read (the guard above answers from its Content-Length, an upload stops at
  // its limit): closing the connection after the answer is what stops the client sending the rest. Kept open,
  // Node would read and drop it all to reuse the connection, for as long as the client takes to send it.
  if (app.status === 413) reply.header('connection', 'close');
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
 * For a missing code page, the codes really close to what was typed: a code-shaped segment ("E11.66", "XYZ.99")
 * gets the codes one character away and those of its category (closeCodes), and nothing when there are none — a
 * text search for a code that does not exist ranks codes that only share a character or two. Other text
 * ("diabetes") is searched as a query.
 */
function suggestFor(url: string, deps: AppDeps): SearchResult[] | undefined {
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
  if (/^[A-Za-z0-9.]+$/.test(last) && /\d/.test(last)) {
    return closeCodes(deps.catalog, { code: last, ...system, limit: 8 }).map(
      (c): SearchResult => ({
        system: c.system,
        code: c.code,
        title: c.title,
        billable: c.billable,
        score: 0,
        matched: { kind: 'code', text: c.code },
      }),
    );
  }
  return searchCodes(deps.search, last, { limit: 5, ...system }).results;
}
