// The OpenAPI entries of /api/v1 routes that are not operations (CareerCenter's: they act for a signed-in user, take
// multipart uploads, answer files). A feature describes each such route once, as a RouteDoc beside its handler, and
// hands the list to the API feature (features/index.ts passes them, so the API feature imports no product); openapi.ts
// merges them with the operations' entries. The route's own schemas ARE the documented ones (the feature validates
// with the same TypeBox objects), so the document cannot drift from what the route checks.
import type { TObject, TSchema } from 'typebox';
import { type ErrorCode, errorCatalogue } from '../../../shared/index.js';

/**
 * Who may call a route: anyone; any signed-in user (session cookie or API key); a user with the employer role (or an
 * admin); an admin. The refusals each adds are documented from it (401 AUTH_REQUIRED, 403 FORBIDDEN).
 */
export type RouteAccess = 'public' | 'signed-in' | 'employer' | 'admin';

export interface RouteDoc {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Fastify's form, relative to /api/v1: "/jobs/:id" */
  url: string;
  operationId: string;
  summary: string;
  description?: string;
  access: RouteAccess;
  params?: TObject;
  query?: TObject;
  /**
   * The body: JSON (validated with `schema`; `required` is documented and checked by the domain, so that every
   * missing field is named in one answer rather than the first only) or a multipart form (documented only: the route
   * reads it with readUploadForm).
   */
  body?: { type: 'json'; schema: TObject; required?: readonly string[] } | { type: 'multipart'; schema: TObject };
  /** the answer on success: its status (default 200), type (default JSON) and schema */
  answer: { status?: number; contentType?: string; description: string; schema?: TSchema };
  /** the error catalogue's codes the route answers with, besides the access refusals */
  errors: readonly ErrorCode[];
}

const error = { $ref: '#/components/schemas/Error' };
const problem = (description: string) => ({ description, content: { 'application/json': { schema: error } } });

const ACCESS_ERRORS: Record<RouteAccess, readonly ErrorCode[]> = {
  public: [],
  'signed-in': ['AUTH_REQUIRED', 'AUTH_INVALID_API_KEY'],
  employer: ['AUTH_REQUIRED', 'AUTH_INVALID_API_KEY', 'FORBIDDEN'],
  admin: ['AUTH_REQUIRED', 'AUTH_INVALID_API_KEY', 'FORBIDDEN'],
};

const ACCESS_WORDS: Record<RouteAccess, string> = {
  public: 'Anyone; a signed-in user may see more.',
  'signed-in': 'A signed-in user (session cookie or API key).',
  employer: 'A user with the employer role, or an admin (session cookie or API key).',
  admin: 'An admin (session cookie or API key).',
};

/** "/jobs/:id/applications.csv" → "/jobs/{id}/applications.csv" */
export function documentPath(url: string): string {
  return url.replace(/:(\w+)\??/g, '{$1}');
}

function parameters(doc: RouteDoc) {
  const out: object[] = [];
  for (const [where, part] of [
    ['path', doc.params],
    ['query', doc.query],
  ] as const) {
    for (const [name, schema] of Object.entries(part?.properties ?? {})) {
      const { description, ...rest } = schema as TSchema & { description?: string };
      out.push({
        name,
        in: where,
        required: where === 'path' || (part?.required?.includes(name) ?? false),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  return out;
}

function requestBody(doc: RouteDoc) {
  const body = doc.body;
  if (!body) return {};
  if (body.type === 'multipart')
    return { requestBody: { required: true, content: { 'multipart/form-data': { schema: body.schema } } } };
  const schema = body.required?.length ? { ...body.schema, required: [...body.required] } : body.schema;
  return { requestBody: { required: true, content: { 'application/json': { schema } } } };
}

function responses(doc: RouteDoc) {
  const byStatus = new Map<string, string[]>();
  for (const code of new Set([...ACCESS_ERRORS[doc.access], ...doc.errors])) {
    const status = String(errorCatalogue[code].status);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, unknown> = {
    [String(doc.answer.status ?? 200)]: {
      description: doc.answer.description,
      ...(doc.answer.schema || doc.answer.contentType
        ? { content: { [doc.answer.contentType ?? 'application/json']: { schema: doc.answer.schema ?? {} } } }
        : {}),
    },
  };
  for (const status of [...byStatus.keys()].sort()) out[status] = problem((byStatus.get(status) ?? []).join('; '));
  out['429'] = problem('RATE_LIMITED: too many requests from this client; Retry-After says when to try again');
  return out;
}

/** One route's OpenAPI operation object. */
export function routeDocOperation(doc: RouteDoc) {
  const params = parameters(doc);
  return {
    operationId: doc.operationId,
    summary: doc.summary,
    description: `${doc.description ? `${doc.description} ` : ''}Who: ${ACCESS_WORDS[doc.access]}`,
    // public routes take a guest too ({}); the others need a session or an API key
    security: doc.access === 'public' ? [{}, { session: [] }, { apiKey: [] }] : [{ session: [] }, { apiKey: [] }],
    ...(params.length > 0 ? { parameters: params } : {}),
    ...requestBody(doc),
    responses: responses(doc),
  };
}

/** The routes' entries by OpenAPI path and method, to merge into the document's paths. */
export function routeDocPaths(docs: readonly RouteDoc[]): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const doc of docs) {
    const path = documentPath(doc.url);
    paths[path] = { ...paths[path], [doc.method.toLowerCase()]: routeDocOperation(doc) };
  }
  return paths;
}
