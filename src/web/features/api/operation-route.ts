// One /api/v1 route per operation (api-operations.ts; registered in a scope under API_PREFIX, its URL relative to
// it): Fastify checks the input against the operation's schemas (ajv, compiled once at start), a refusal is said
// the way every surface says it (operations' inputError: BAD_INPUT naming the field, or the field's own error), run
// answers, afterRun may still refuse (the meter), and the answer goes out as JSON.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifySchemaValidationError } from 'fastify';
import type { TSchema } from 'typebox';
import { inputError, type OperationContext } from '../../../operations/index.js';
import type { FullDeps } from '../../deps.js';
import { type ApiOperation, type PartSchema, requestSchemas } from './api-operations.js';

/**
 * Query-string values as the API has always read them, before the schema sees them: a repeated parameter counts
 * once (the first), and a flag (a boolean field) is on for 1, true or on and off for any other value rather than
 * refused, as the search box's script and older clients send them.
 */
function decodeQuery(query: Record<string, unknown>, schema: PartSchema): void {
  for (const [name, raw] of Object.entries(query)) {
    const field = schema.properties[name] as { type?: unknown } | undefined;
    if (!field) continue; // not an input: the validator drops it
    const value = Array.isArray(raw) ? raw[0] : raw;
    query[name] = field.type === 'boolean' ? String(value === '1' || value === 'true' || value === 'on') : value;
  }
}

export function registerOperationRoute(app: FastifyInstance, api: ApiOperation, deps: FullDeps): void {
  const { operation } = api;
  const checked = operation.inputCheck !== 'run';
  const schemas = requestSchemas(api);
  // the fields as the API checks them (with its overrides), for the refusal's message
  const checkedFields = {
    properties: { ...schemas.params?.properties, ...schemas.querystring?.properties } as Record<string, TSchema>,
  };
  const { querystring } = schemas;
  // the guidance corpus and the model, when configured, ride along for the operation that reads them (ask)
  const withGuidance = {
    catalog: deps.catalog,
    search: deps.search,
    suggestions: deps.suggestions,
    now: deps.now,
    guidance: deps.guidance,
    ...(deps.config.assistantModel ? { model: deps.config.assistantModel } : {}),
  };
  const ctx: OperationContext = withGuidance;
  app.withTypeProvider<TypeBoxTypeProvider>().route({
    method: api.method,
    url: api.url,
    ...(api.bodyLimit ? { bodyLimit: api.bodyLimit } : {}),
    // No response schema on the route, on purpose: fast-json-stringify writes only the properties a schema
    // names, and the output schemas document the contract's fields, not every field of every system and source
    // (a lookup's pcs or medicare part); a schema open to the rest would be slower than JSON.stringify. The output
    // schemas are in the OpenAPI document only.
    schema: checked ? schemas : {},
    attachValidation: checked,
    ...(checked && querystring
      ? { preValidation: async (req) => decodeQuery(req.query as Record<string, unknown>, querystring) }
      : {}),
    handler: async (req, reply) => {
      const input = api.method === 'POST' ? req.body : { ...(req.params as object), ...(req.query as object) };
      const refused = req.validationError as (Error & { validation?: FastifySchemaValidationError[] }) | undefined;
      const issue = refused?.validation?.[0];
      if (issue) throw inputError(operation, issue, input, { schema: checkedFields });
      if (refused) throw refused;
      // an operation may answer with a promise (ask, when a model is configured)
      const output = await operation.run(ctx, input as never);
      await api.afterRun?.(req, reply, deps, output);
      return output;
    },
  });
}
