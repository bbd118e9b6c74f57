// Where each operation answers under /api/v1: its method and URL, the limits the API puts on top of the
// operation's schema, and what the route itself adds (the code meter, the claim allowance) and documents. The
// routes (operation-route.ts) and the OpenAPI document (openapi.ts) are both made from this table; the
// input fields, their schemas, descriptions and examples come from the operations.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import { askOperation } from '../../../assistant/index.js';
import { type BlockLookup, CODE_SYSTEMS, type CodeLookup, isBlockLookup } from '../../../catalog/index.js';
import {
  type AnyOperation,
  browseOperation,
  checkClaimOperation,
  crosswalkOperation,
  feeOperation,
  localitiesOperation,
  lookupOperation,
  rbcsOperation,
  releasesOperation,
  searchOperation,
  suggestOperation,
} from '../../../operations/index.js';
import { AppError } from '../../../shared/index.js';
import { ASK_JSON_BODY_LIMIT, CLAIM_JSON_BODY_LIMIT, formatBodyLimit } from '../../body-limits.js';
import type { FullDeps } from '../../deps.js';
import { countAskRequest, questionsExhausted } from '../casepilot/ask-allowance.js';
import { claimChecksExhausted, countClaimRequest } from '../claims/claim-allowance.js';
import { meterCodeRequest, spendsView } from '../code-pages/code-meter.js';

/** where the API answers: every operation's url is under it */
export const API_PREFIX = '/api/v1';

export interface ApiOperation {
  operation: AnyOperation;
  method: 'GET' | 'POST';
  /** under /api/v1, Fastify's syntax: each :name (":name?" when it may be left out) is an input field */
  url: string;
  /**
   * keywords the API puts over an input field's schema: a narrower limit (a page size under the operation's), a
   * description that fits the URL
   */
  overrides?: Record<string, Record<string, unknown>>;
  /** what the route adds to the operation, for the document (metering, who may call) */
  notes?: string;
  /** the route accepts an API key (Authorization: Bearer KEY) that changes what it allows */
  apiKey?: true;
  /** responses the route adds, by status: the codes and why */
  responses?: Record<string, string>;
  /** a POST's body limit in bytes (the route's own; body-limits.ts) */
  bodyLimit?: number;
  /** runs once the operation has answered, before the answer is sent: it may refuse it (the meter) */
  afterRun?: (req: FastifyRequest, reply: FastifyReply, deps: FullDeps, output: unknown) => Promise<void>;
}

const INVALID_API_KEY = 'AUTH_INVALID_API_KEY: a Bearer key that is not valid or has been revoked';

/** Claim Check in its own scope (features/claims/claim-api.ts): JSON bodies only, its own parse errors. */
export const CLAIM_CHECK_API: ApiOperation = {
  operation: checkClaimOperation,
  method: 'POST',
  url: '/claims/check',
  notes:
    'The claim as JSON in the body (Content-Type: application/json). Runs every Claim Check rule (docs/claims.md) on the claim. A claim the rules cannot read is refused with 400 CLAIM_INVALID, the message naming the field ("lines[0].units: …"); findings about valid-looking claims (unknown codes, MUEs, add-on codes, Excludes1…) come back with 200. Open without an account: a guest may check GUEST_CLAIM_CHECKS claims a day (default 10; also capped per client address), each checked claim counted, and the header X-CodeDesk-Claim-Checks-Remaining says how many are left; an API key (Authorization: Bearer KEY) or a session is not limited. Rate limited per client like every route.',
  apiKey: true,
  bodyLimit: CLAIM_JSON_BODY_LIMIT,
  responses: {
    '400': 'BAD_INPUT when the body is not sent as application/json',
    '401': INVALID_API_KEY,
    '402': "CLAIM_CHECKS_EXHAUSTED: a guest's claim checks for the day are used up (no findings)",
    '413': `PAYLOAD_TOO_LARGE: the body is over ${formatBodyLimit(CLAIM_JSON_BODY_LIMIT)}`,
  },
  // checked first: a claim the rules cannot read (CLAIM_INVALID) is not a checked claim and costs nothing
  async afterRun(req, reply, deps) {
    const allowance = await countClaimRequest(req, reply, deps);
    if (!allowance.allowed) throw claimChecksExhausted(allowance);
  },
};

/** CasePilot: POST /api/v1/casepilot/ask (the streaming variant, /casepilot/ask/stream, is the casepilot feature's). */
export const ASK_API: ApiOperation = {
  operation: askOperation,
  method: 'POST',
  url: '/casepilot/ask',
  notes:
    'The question as JSON: {"question": "...", "date": "YYYY-MM-DD"} (date optional; today when absent). Answers {answer (Markdown), intent, codes[{system, code, status}], citations[{source, release, locator}], confidence}. Counted against the daily allowance: guests GUEST_ASSISTANT_QUESTIONS (default 3), free accounts FREE_ASSISTANT_QUESTIONS (default 20), paid plans and staff unlimited; X-CodeDesk-Questions-Remaining says how many are left. POST /api/v1/casepilot/ask/stream answers the same as server-sent events (one "block" event per part of the answer, then "done" with the whole answer).',
  apiKey: true,
  bodyLimit: ASK_JSON_BODY_LIMIT,
  responses: {
    '401': INVALID_API_KEY,
    '402': "ASSISTANT_QUESTIONS_EXHAUSTED: the viewer's questions for the day are used up (no answer)",
    '413': `PAYLOAD_TOO_LARGE: the body is over ${formatBodyLimit(ASK_JSON_BODY_LIMIT)}`,
  },
  async afterRun(req, reply, deps) {
    const allowance = await countAskRequest(req, reply, deps);
    if (!allowance.allowed) throw questionsExhausted(allowance);
  },
};

export const API_OPERATIONS: readonly ApiOperation[] = [
  {
    operation: lookupOperation,
    method: 'GET',
    // the code may be left out for a chapter by its number: /codes/icd10cm?chapter=12
    url: '/codes/:system/:code?',
    overrides: { system: { description: `the code system: ${CODE_SYSTEMS.join(', ')}` } },
    notes:
      'Metered like the code page: the account of the API key (Authorization: Bearer KEY), else a guest. A paid plan is unlimited. The header X-CodeDesk-Views-Remaining says how many views are left when metered. A header (a category or subcategory that is not a code to report, kind "header") spends no view but is refused when none is left. An ICD-10-CM section or chapter by its range (/codes/icd10cm/G10-G14, /codes/icd10cm/L00-L99) or a chapter by its number (/codes/icd10cm?chapter=12) answers kind "section" or "chapter" with its title, notes, parent and children, and is not metered (the hierarchy is free).',
    apiKey: true,
    responses: { '401': INVALID_API_KEY, '402': 'METER_EXHAUSTED: no code page views remaining' },
    // the same meter as the code page, on the code as printed: the full record is what it protects
    async afterRun(req, reply, deps, output) {
      const lookup = output as CodeLookup | BlockLookup;
      // a chapter or section is the hierarchy, free; a header spends no view (spendsView) but is refused when none is left
      if (isBlockLookup(lookup)) return;
      const meter = await meterCodeRequest(req, reply, deps, lookup.system, lookup.code, {
        spend: spendsView(lookup),
      });
      if (!meter.allowed)
        throw new AppError('METER_EXHAUSTED', {
          limit: meter.limit ?? 0,
          who: meter.who === 'guest' ? 'guest' : 'free',
        });
    },
  },
  // the API answers in pages of at most 100 results; the operation's own limit (500) is the CLI's, for batches
  { operation: searchOperation, method: 'GET', url: '/search', overrides: { limit: { maximum: 100 } } },
  {
    operation: suggestOperation,
    method: 'GET',
    url: '/suggest',
    notes:
      'The search box\'s type-ahead: index terms and lay phrases that complete the words typed ("heart a" → heart attack, I21.9), best first, each with its default code. Open without an account, like search.',
  },
  { operation: releasesOperation, method: 'GET', url: '/releases' },
  { operation: browseOperation, method: 'GET', url: '/browse/:system/:prefix?' },
  { operation: rbcsOperation, method: 'GET', url: '/rbcs/:key?' },
  { operation: feeOperation, method: 'GET', url: '/fee/:code' },
  { operation: localitiesOperation, method: 'GET', url: '/localities' },
  { operation: crosswalkOperation, method: 'GET', url: '/crosswalk/:code' },
  CLAIM_CHECK_API,
  ASK_API,
];

/** A JSON Schema object of some of an input's fields (plain JSON: what ajv compiles and the document shows). */
export interface PartSchema {
  type: 'object';
  properties: Record<string, TSchema>;
  required: string[];
  additionalProperties: false;
}

/** The URL's input fields, and whether each may be left out (":prefix?"). */
export function pathFields(url: string): { name: string; optional: boolean }[] {
  return [...url.matchAll(/:(\w+)(\?)?/g)].map((m) => ({ name: m[1] as string, optional: m[2] === '?' }));
}

/**
 * The operation's input split by where the API reads it: path parameters, the query string (GET) or the JSON
 * body (POST), each field's schema with the API's overrides.
 */
export function requestSchemas(api: ApiOperation): { params?: PartSchema; querystring?: PartSchema; body?: TSchema } {
  const { input } = api.operation;
  if (api.method === 'POST') return { body: input };
  const properties = input.properties as Record<string, TSchema>;
  const required = new Set(input.required ?? []);
  const schemaOf = (name: string) => ({ ...properties[name], ...api.overrides?.[name] }) as TSchema;
  const part = (names: string[], isRequired: (name: string) => boolean): PartSchema | undefined =>
    names.length === 0
      ? undefined
      : {
          type: 'object',
          properties: Object.fromEntries(names.map((n) => [n, schemaOf(n)])),
          required: names.filter(isRequired),
          additionalProperties: false,
        };
  const inPath = pathFields(api.url);
  const params = part(
    inPath.map((p) => p.name),
    (n) => !inPath.find((p) => p.name === n)?.optional,
  );
  const querystring = part(
    Object.keys(properties).filter((n) => !inPath.some((p) => p.name === n)),
    (n) => required.has(n),
  );
  return { ...(params ? { params } : {}), ...(querystring ? { querystring } : {}) };
}

/** The request that asks an operation for this input: its URL (path and query string) and JSON body. */
export function apiRequest(
  api: ApiOperation,
  input: Record<string, unknown>,
): { method: string; url: string; payload?: unknown } {
  if (api.method === 'POST') return { method: 'POST', url: `${API_PREFIX}${api.url}`, payload: input };
  const inPath = pathFields(api.url);
  const path = api.url.replace(/:(\w+)\??/g, (_, name: string) =>
    input[name] === undefined ? '' : encodeURIComponent(String(input[name])),
  );
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(input))
    if (value !== undefined && !inPath.some((p) => p.name === name)) query.set(name, String(value));
  const qs = query.toString();
  return { method: 'GET', url: `${API_PREFIX}${path.replace(/\/$/, '')}${qs ? `?${qs}` : ''}` };
}
