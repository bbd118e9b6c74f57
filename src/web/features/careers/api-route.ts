// One CareerCenter API route = its description (a RouteDoc: method, URL, access, schemas, answer, errors — what the
// OpenAPI document shows) and its handler, defined together so that the document is made from what the route
// checks. registerCareersRoute turns one into a Fastify route: the access check first (a guest 401, a user without
// the role 403, before any body is read or looked at), the body's own limit, the path and body checked against the
// schemas (a refusal names the field: CAREERS_INVALID for a body, BAD_INPUT for the path), then the handler with
// the signed-in user.
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify';
import type { User } from '../../../accounts/index.js';
import type { CareersDeps } from '../../../careers/index.js';
import { AppError } from '../../../shared/index.js';
import type { UploadStore } from '../../../storage/index.js';
import type { FullDeps } from '../../deps.js';
import { requireUser } from '../../plugins/auth.js';
import { requireRole } from '../../plugins/require-role.js';
import type { RouteDoc } from '../api/index.js';

export interface CareersRouteContext {
  req: FastifyRequest;
  reply: FastifyReply;
  /** the signed-in user; undefined only on public routes */
  user: User | undefined;
  careers: CareersDeps;
  deps: FullDeps;
  store: UploadStore;
}

export interface CareersRoute extends RouteDoc {
  /** the route's body limit (body-limits.ts); routes without a body take the app's default */
  bodyLimit?: number;
  /** Fastify route config (an upload route's bodyTooLarge) */
  config?: Record<string, unknown>;
  handler(ctx: CareersRouteContext): Promise<unknown>;
}

export type RouteServices = Omit<CareersRouteContext, 'req' | 'reply' | 'user'>;

/** "/screeningQuestions/0/question" → "screeningQuestions[0].question" */
export function fieldOfPath(instancePath: string): string {
  return instancePath
    .split('/')
    .filter((s) => s !== '')
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

function describe(issue: FastifySchemaValidationError): string {
  const allowed = (issue.params as { allowedValues?: unknown[] }).allowedValues;
  return `${issue.message ?? 'is not valid'}${allowed ? `: ${allowed.join(', ')}` : ''}`;
}

/** A body's fields not in its schema are refused by name (ajv would drop them silently: a typo would go unnoticed). */
function unknownFields(route: CareersRoute, body: unknown): void {
  if (route.body?.type !== 'json' || body === undefined || body === null) return;
  if (typeof body !== 'object' || Array.isArray(body))
    throw new AppError('CAREERS_INVALID', {
      what: 'The request',
      problems: [{ field: 'body', why: 'must be a JSON object' }],
    });
  const known = route.body.schema.properties;
  const extra = Object.keys(body).filter((k) => !Object.hasOwn(known, k));
  if (extra.length > 0)
    throw new AppError('CAREERS_INVALID', {
      what: 'The request',
      problems: extra.slice(0, 10).map((field) => ({
        field: field.slice(0, 80),
        why: `is not a field of this request (it takes ${Object.keys(known).join(', ')})`,
      })),
    });
}

export function registerCareersRoute(app: FastifyInstance, route: CareersRoute, services: RouteServices): void {
  const access = route.access;
  const roleCheck =
    access === 'employer' || access === 'admin'
      ? requireRole(access)
      : access === 'signed-in'
        ? async (req: FastifyRequest) => {
            requireUser(req);
          }
        : undefined;
  // an upload refused for who is asking was not read: close the connection after the answer, or Node would read
  // and drop the rest of the body (as long as a chunked one lasts) to reuse the connection
  const check =
    roleCheck && route.body?.type === 'multipart'
      ? async (req: FastifyRequest, reply: FastifyReply) => {
          try {
            await roleCheck.call(app, req, reply);
          } catch (e) {
            reply.header('connection', 'close');
            throw e;
          }
        }
      : roleCheck;
  const jsonBody = route.body?.type === 'json' ? route.body.schema : undefined;
  app.route({
    method: route.method,
    url: route.url,
    ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
    ...(route.config ? { config: route.config } : {}),
    schema: { ...(route.params ? { params: route.params } : {}), ...(jsonBody ? { body: jsonBody } : {}) },
    attachValidation: true,
    // a JSON route's body is optional as a whole (renew takes none): no body is an empty object, checked as such
    ...(jsonBody
      ? {
          preValidation: async (req: FastifyRequest) => {
            if (req.body === undefined) req.body = {};
          },
        }
      : {}),
    ...(check ? { preHandler: check } : {}),
    handler: async (req, reply) => {
      const refused = req.validationError as (Error & { validation?: FastifySchemaValidationError[] }) | undefined;
      if (refused) {
        const issue = refused.validation?.[0];
        const where = (refused as { validationContext?: string }).validationContext;
        if (!issue) throw refused;
        const field = fieldOfPath(issue.instancePath) || 'body';
        if (where === 'body')
          throw new AppError('CAREERS_INVALID', { what: 'The request', problems: [{ field, why: describe(issue) }] });
        throw new AppError('BAD_INPUT', { why: `${field}: ${describe(issue)}` });
      }
      unknownFields(route, req.body);
      const answer = await route.handler({ ...services, req, reply, user: req.user });
      if (route.answer.status) reply.code(route.answer.status);
      return answer;
    },
  });
}
