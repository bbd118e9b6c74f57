// The OpenAPI 3.1 document of /api/v1, made from the operations and where they answer (api-operations.ts): each
// route's parameters or body with their schemas, descriptions and examples, the schema of its answer, and the
// errors it answers with — the operation's, grouped by HTTP status from the error catalogue, and the route's own
// (the code meter, API keys). Routes that are not operations (CareerCenter's) are described by their features as
// RouteDocs (route-docs.ts) and merged in by openApiDocument. Written here by hand is only what is neither: this
// document's own route, the error shape, the rate limit and the security schemes. Tested: every operation listed
// here answers its example.
import type { TSchema } from 'typebox';
import { type ErrorCode, errorCatalogue } from '../../../shared/index.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import { API_OPERATIONS, API_PREFIX, type ApiOperation, pathFields, requestSchemas } from './api-operations.js';
import { documentPath, type RouteDoc, routeDocPaths } from './route-docs.js';

const error = { $ref: '#/components/schemas/Error' };
/** a response in the error catalogue's shape {error: {code, message}} */
const problem = (description: string) => ({ description, content: { 'application/json': { schema: error } } });
const RATE_LIMITED = problem('RATE_LIMITED: too many requests from this client; Retry-After says when to try again');

export interface DocParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: TSchema;
  example?: unknown;
}

function parameters(api: ApiOperation): DocParameter[] {
  const { params, querystring } = requestSchemas(api);
  const example = api.operation.example as Record<string, unknown>;
  const optionalInPath = new Set(
    pathFields(api.url)
      .filter((p) => p.optional)
      .map((p) => p.name),
  );
  const out: DocParameter[] = [];
  for (const [where, part] of [
    ['path', params],
    ['query', querystring],
  ] as const) {
    for (const [name, schema] of Object.entries(part?.properties ?? {})) {
      const { description, ...rest } = schema as TSchema & { description?: string };
      out.push({
        name,
        in: where,
        // OpenAPI has no optional path parameter: ":prefix?" is documented as required, its description says so
        required: where === 'path' || (part?.required.includes(name) ?? false),
        ...(description || optionalInPath.has(name)
          ? {
              description: `${description ?? ''}${optionalInPath.has(name) ? ' (may be left out with its slash)' : ''}`,
            }
          : {}),
        schema: rest,
        ...(example[name] !== undefined ? { example: example[name] } : {}),
      });
    }
  }
  return out;
}

/** The operation's error codes by status ("404": "CATALOG_UNKNOWN_CODE, CATALOG_CODE_DELETED"), the route's added. */
function errorResponses(api: ApiOperation): Record<string, ReturnType<typeof problem>> {
  const { operation } = api;
  const codes = new Set<ErrorCode>(operation.inputCheck === 'run' ? [] : ['BAD_INPUT']);
  // a field's own error, learnt by making one: only its message depends on the value
  for (const make of Object.values(operation.fieldErrors ?? {})) if (make) codes.add(make('x').code);
  for (const code of operation.errors) codes.add(code);
  const byStatus = new Map<string, string[]>();
  for (const code of codes) {
    const status = String(errorCatalogue[code].status);
    const said = code === 'BAD_INPUT' ? 'BAD_INPUT (the message names the field)' : code;
    byStatus.set(status, [...(byStatus.get(status) ?? []), said]);
  }
  for (const [status, why] of Object.entries(api.responses ?? {}))
    byStatus.set(status, [...(byStatus.get(status) ?? []), why]);
  const out: Record<string, ReturnType<typeof problem>> = {};
  for (const status of [...byStatus.keys()].sort()) out[status] = problem((byStatus.get(status) ?? []).join('; '));
  return { ...out, '429': RATE_LIMITED };
}

function operationDoc(api: ApiOperation) {
  const { operation } = api;
  const params = parameters(api);
  return {
    operationId: operation.name,
    summary: operation.description,
    ...(api.notes ? { description: api.notes } : {}),
    ...(api.apiKey ? { security: [{}, { apiKey: [] }] } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(api.method === 'POST'
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: operation.input, example: operation.example } },
          },
        }
      : {}),
    responses: {
      '200': { description: 'The answer', content: { 'application/json': { schema: operation.output } } },
      ...errorResponses(api),
    },
  };
}

const paths: Record<string, Record<string, unknown>> = {};
for (const api of API_OPERATIONS) {
  const path = documentPath(api.url);
  paths[path] = { ...paths[path], [api.method.toLowerCase()]: operationDoc(api) };
}

/** The document: the operations' routes, and the features' other routes (`routes`, merged path by path). */
export function openApiDocument(routes: readonly RouteDoc[]) {
  const more = routeDocPaths(routes);
  const merged: Record<string, Record<string, unknown>> = { ...paths };
  for (const [path, ops] of Object.entries(more)) merged[path] = { ...merged[path], ...ops };
  return {
    openapi: '3.1.0',
    info: { title: 'CodeDesk API', version: '1' },
    servers: [{ url: API_PREFIX }],
    paths: {
      ...merged,
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
    components: COMPONENTS,
  };
}

const COMPONENTS = {
  securitySchemes: {
    apiKey: {
      type: 'http',
      scheme: 'bearer',
      description: 'A key from the account page or `codedesk apikey create --email E`',
    },
    session: {
      type: 'apiKey',
      in: 'cookie',
      name: SESSION_COOKIE,
      description: 'The session of a signed-in browser (POST /login); multipart forms then carry the CSRF token',
    },
  },
  schemas: {
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string' }, message: { type: 'string' } },
        },
      },
    },
  },
};

/** The operations' document alone (the /docs page and tests of the operations' routes). */
export const OPENAPI = openApiDocument([]);
