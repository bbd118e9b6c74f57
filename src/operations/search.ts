// search: Case2Code search over every code system (search searchCodes).
import { Type } from 'typebox';
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT, type SearchOptions, searchCodes } from '../search/index.js';
import { checkText } from '../shared/index.js';
import { codeSystemField, dateOfServiceField, nullable } from './fields.js';
import { defineOperation } from './operation.js';

const input = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        default: '',
        description:
          'a code, a range, a clinical or lay term, an abbreviation or a misspelling (over 1,000 characters: truncated, with a warning; control characters, unpaired surrogates and bidirectional overrides are refused with TEXT_INVALID)',
      }),
    ),
    system: Type.Optional(codeSystemField('only this code system (every system when absent)')),
    billable: Type.Optional(Type.Boolean({ description: 'billable codes only', examples: [true] })),
    prefix: Type.Optional(
      Type.Boolean({
        description: 'search-as-you-type: the last word may be unfinished ("hyper" → hypertension…)',
        examples: [true],
      }),
    ),
    // one limit for every surface: the most the engine returns. The API asks pages of at most 100 on top of it
    // (web/features/api/api-operations.ts); the CLI takes the whole range for batch scripts (docs/cli.md)
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: MAX_SEARCH_LIMIT,
        default: DEFAULT_SEARCH_LIMIT,
        description: 'how many results, best first',
      }),
    ),
    date: Type.Optional(
      dateOfServiceField('date of service YYYY-MM-DD: the releases in force then (the newest when absent)'),
    ),
  },
  { additionalProperties: false },
);

const output = Type.Object({
  query: Type.String({ description: 'the query as searched' }),
  results: Type.Array(
    Type.Object({
      system: Type.String(),
      code: Type.String(),
      title: nullable(Type.String()),
      billable: Type.Boolean(),
      score: Type.Number(),
      matched: Type.Object(
        {
          kind: Type.Enum(
            ['code', 'title', 'inclusionTerm', 'index', 'table', 'pcs', 'definition', 'abbreviation', 'rbcs'],
            {
              description: "what matched; rbcs: the code's CMS RBCS category (not its descriptor)",
            },
          ),
          text: Type.String(),
          path: Type.Optional(Type.Array(Type.String())),
        },
        { description: 'what the query matched: the title, an index path, an inclusion term…' },
      ),
      children: Type.Optional(Type.Integer({ description: 'billable codes below a header code' })),
    }),
  ),
  warnings: Type.Optional(Type.Array(Type.String())),
});

export const searchOperation = defineOperation({
  name: 'search',
  description: 'Case2Code search: codes, ranges, clinical and lay terms, abbreviations, misspellings',
  input,
  output,
  example: { q: 'diabetes type 2', limit: 5 },
  errors: [],
  run(ctx, input) {
    const options: SearchOptions = {};
    if (input.system) options.system = input.system;
    if (input.billable) options.billable = true;
    if (input.prefix) options.prefix = true;
    if (input.limit !== undefined) options.limit = input.limit;
    if (input.date) options.date = input.date;
    return searchCodes(ctx.search, checkText('q', input.q ?? ''), options);
  },
});
