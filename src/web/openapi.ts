// The OpenAPI 3.1 document of /api/v1, written by hand to match routes/api.ts (tested: every route listed here
// answers, and every /api/v1 route is listed).
import { CODE_SYSTEMS } from '../catalog/index.js';

const error = { $ref: '#/components/schemas/Error' };
/** a response in the error catalogue's shape {error: {code, message}} */
const problem = (description: string) => ({ description, content: { 'application/json': { schema: error } } });
const errors = { '400': problem('Bad input'), '404': problem('Not found'), '429': problem('Rate limited') };
const invalidApiKey = problem('AUTH_INVALID_API_KEY: a Bearer key that is not valid or has been revoked');
const system = { name: 'system', in: 'path', required: true, schema: { enum: CODE_SYSTEMS } };

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'CodeDesk API', version: '1' },
  servers: [{ url: '/api/v1' }],
  paths: {
    '/codes/{system}/{code}': {
      get: {
        summary: 'One code: title, billable, hierarchy, notes, 7th characters, index entries, Medicare data',
        parameters: [
          system,
          { name: 'code', in: 'path', required: true, schema: { type: 'string', maxLength: 40 } },
          { name: 'date', in: 'query', schema: { type: 'string', format: 'date' } },
        ],
        description:
          'Metered like the code page: the account of the API key (Authorization: Bearer KEY), else a guest. A paid plan is unlimited.',
        security: [{}, { apiKey: [] }],
        responses: {
          '200': { description: 'The code (header X-CodeDesk-Views-Remaining when metered)' },
          '401': invalidApiKey,
          '402': problem('No code page views remaining (METER_EXHAUSTED)'),
          ...errors,
        },
      },
    },
    '/search': {
      get: {
        summary: 'Case2Code search: codes, ranges, terms, abbreviations, misspellings',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 1000 } },
          { name: 'system', in: 'query', schema: { enum: CODE_SYSTEMS } },
          { name: 'billable', in: 'query', schema: { type: 'boolean' } },
          {
            name: 'prefix',
            in: 'query',
            description: 'search-as-you-type: the last word may be unfinished',
            schema: { type: 'boolean' },
          },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
          { name: 'date', in: 'query', schema: { type: 'string', format: 'date' } },
        ],
        responses: {
          '200': { description: '{query, results[{system, code, title, billable, score, matched}]}' },
          ...errors,
        },
      },
    },
    '/releases': {
      get: {
        summary: 'Every loaded release with its dates and counts',
        responses: { '200': { description: 'Releases' } },
      },
    },
    '/browse/{system}/{prefix}': {
      get: {
        summary: 'The entries under a code prefix (empty prefix: the first characters)',
        parameters: [system, { name: 'prefix', in: 'path', required: true, schema: { type: 'string', maxLength: 10 } }],
        responses: { '200': { description: 'Entries' }, ...errors },
      },
    },
    '/claims/check': {
      post: {
        summary:
          'Claim Check: the claim as JSON in the body (Content-Type: application/json) → {claim, findings, summary}',
        description:
          'Runs every Claim Check rule (docs/claims.md) on the claim. A claim the rules cannot read is refused with 400 CLAIM_INVALID, the message naming the field ("lines[0].units: …"); findings about valid-looking claims (unknown codes, MUEs, add-on codes, Excludes1…) come back with 200. Open without an account: a guest may check GUEST_CLAIM_CHECKS claims a day (default 10; also capped per client address), each checked claim counted, and the header X-CodeDesk-Claim-Checks-Remaining says how many are left; an API key (Authorization: Bearer KEY) or a session is not limited. Rate limited per client like every route.',
        security: [{}, { apiKey: [] }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Claim' } } },
        },
        responses: {
          '200': {
            description: '{claim (normalized), findings[{rule, severity, lines, codes, message, citation}], summary}',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ClaimCheckResult' } } },
          },
          '400': problem(
            'CLAIM_INVALID (the message names the field), CLAIM_TOO_MANY_LINES, or BAD_INPUT when the body is not sent as application/json',
          ),
          '401': invalidApiKey,
          '402': problem("CLAIM_CHECKS_EXHAUSTED: a guest's claim checks for the day are used up (no findings)"),
          '413': problem('PAYLOAD_TOO_LARGE: the body is over 256 KB'),
          '429': errors['429'],
        },
      },
    },
    '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
  },
  components: {
    securitySchemes: {
      apiKey: {
        type: 'http',
        scheme: 'bearer',
        description: 'A key from the account page or `codedesk apikey create --email E`',
      },
    },
    schemas: {
      Claim: {
        type: 'object',
        required: ['dateOfService', 'diagnoses', 'lines'],
        additionalProperties: false,
        properties: {
          dateOfService: { type: 'string', format: 'date' },
          patient: {
            type: 'object',
            additionalProperties: false,
            properties: { age: { type: 'integer', minimum: 0, maximum: 124 }, sex: { enum: ['F', 'M', 'U'] } },
          },
          placeOfService: { type: 'string', pattern: '^[0-9]{2}$' },
          setting: { enum: ['practitioner', 'outpatient-hospital'], default: 'practitioner' },
          diagnoses: {
            type: 'array',
            maxItems: 25,
            description: 'ICD-10-CM codes, principal (first-listed) first',
            items: { type: 'string', maxLength: 12 },
          },
          lines: { type: 'array', minItems: 1, maxItems: 50, items: { $ref: '#/components/schemas/ClaimLine' } },
        },
      },
      ClaimLine: {
        type: 'object',
        required: ['code'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', maxLength: 12, description: 'CPT or HCPCS Level II' },
          modifiers: { type: 'array', maxItems: 4, items: { type: 'string', pattern: '^[A-Za-z0-9]{2}$' } },
          units: { type: 'number', default: 1 },
          diagnosisPointers: {
            type: 'array',
            description: '1-based positions in diagnoses',
            items: { type: 'integer' },
          },
          dateOfService: { type: 'string', format: 'date', description: "the line's own date, else the claim's" },
        },
      },
      ClaimCheckResult: {
        type: 'object',
        required: ['claim', 'findings', 'summary'],
        properties: {
          claim: { type: 'object', description: 'the claim normalized: codes as printed, defaults filled in' },
          findings: { type: 'array', items: { $ref: '#/components/schemas/Finding' } },
          summary: {
            type: 'object',
            required: ['errors', 'warnings', 'reviews'],
            properties: { errors: { type: 'integer' }, warnings: { type: 'integer' }, reviews: { type: 'integer' } },
          },
        },
      },
      Finding: {
        type: 'object',
        required: ['rule', 'severity', 'lines', 'codes', 'message', 'citation'],
        properties: {
          rule: { type: 'string', description: 'rule id, e.g. mue, addon.no-primary, dx.excludes1 (docs/claims.md)' },
          severity: { enum: ['error', 'warning', 'review', 'info'] },
          lines: { type: 'array', items: { type: 'integer' }, description: '1-based claim lines; empty: the claim' },
          codes: { type: 'array', items: { type: 'string' } },
          message: { type: 'string' },
          citation: {
            type: 'object',
            required: ['source', 'release', 'file', 'record'],
            properties: {
              source: { type: 'string' },
              release: { type: 'string' },
              file: { type: 'string' },
              record: { type: 'string' },
            },
          },
        },
      },
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
  },
} as const;
