// The OpenAPI 3.1 document of /api/v1, written by hand to match routes/api.ts (tested: every route listed here
// answers, and every /api/v1 route is listed).
const error = { $ref: '#/components/schemas/Error' };
const errors = {
  '400': { description: 'Bad input', content: { 'application/json': { schema: error } } },
  '404': { description: 'Not found', content: { 'application/json': { schema: error } } },
  '429': { description: 'Rate limited', content: { 'application/json': { schema: error } } },
};
const system = {
  name: 'system',
  in: 'path',
  required: true,
  schema: { enum: ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'] },
};

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
          '401': {
            description: 'The API key is not valid or revoked',
            content: { 'application/json': { schema: error } },
          },
          '402': {
            description: 'No code page views remaining (METER_EXHAUSTED)',
            content: { 'application/json': { schema: error } },
          },
          ...errors,
        },
      },
    },
    '/search': {
      get: {
        summary: 'Case2Code search: codes, ranges, terms, abbreviations, misspellings',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 1000 } },
          { name: 'system', in: 'query', schema: { enum: ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'] } },
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
