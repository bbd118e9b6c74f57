// suggest: type-ahead of words — the index terms and lay phrases that complete what is typed, each with its default
// code (search TermSuggestions).
import { Type } from 'typebox';
import { DEFAULT_SUGGEST_LIMIT, MAX_SUGGEST_LIMIT, type SuggestOptions } from '../search/index.js';
import { checkText } from '../shared/index.js';
import { codeSystemField, nullable } from './fields.js';
import { defineOperation } from './operation.js';

const input = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        default: '',
        description:
          'what has been typed so far: every word must match a word of the phrase (in any order), the last one as its beginning unless the text ends with a space (over 1,000 characters: truncated, with a warning; control characters, unpaired surrogates and bidirectional overrides are refused with TEXT_INVALID)',
      }),
    ),
    system: Type.Optional(codeSystemField('only phrases whose code is of this code system (every system when absent)')),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: MAX_SUGGEST_LIMIT,
        default: DEFAULT_SUGGEST_LIMIT,
        description: 'how many phrases, best first',
      }),
    ),
  },
  { additionalProperties: false },
);

const output = Type.Object({
  query: Type.String({ description: 'the text as read' }),
  suggestions: Type.Array(
    Type.Object({
      text: Type.String({ description: 'the phrase: "heart attack", "Pneumonia", "knee joint replacement"' }),
      system: nullable(Type.String({ description: 'the code system of its code' })),
      code: nullable(
        Type.String({ description: "the default code: the term's own, or the one its see reference leads to" }),
      ),
      prefix: Type.Optional(
        Type.String({
          description: 'an ICD-10-PCS term that names a table row rather than a code: the code prefix (browse it)',
        }),
      ),
      title: nullable(Type.String()),
      billable: Type.Boolean(),
      source: Type.Enum(['index', 'pcs-index', 'lay'], {
        description:
          'index: the ICD-10-CM Alphabetic or External Cause Index; pcs-index: the ICD-10-PCS Index; lay: the lay-term dictionary',
      }),
    }),
  ),
  warnings: Type.Optional(Type.Array(Type.String())),
});

export const suggestOperation = defineOperation({
  name: 'suggest',
  description: 'Type-ahead: the index terms and lay phrases that complete the words typed, each with its default code',
  input,
  output,
  example: { q: 'diab', limit: 5 },
  errors: [],
  run(ctx, input) {
    const options: SuggestOptions = {};
    if (input.system) options.system = input.system;
    if (input.limit !== undefined) options.limit = input.limit;
    return ctx.suggestions.suggest(checkText('q', input.q ?? ''), options);
  },
});
