// browse: a code system one character at a time (catalog browseCodes).
import { Type } from 'typebox';
import { browseCodes, unknownSystemError } from '../catalog/index.js';
import { AppError } from '../shared/index.js';
import { codeSystemField, dateOfServiceField, nullable } from './fields.js';
import { defineOperation } from './operation.js';

const input = Type.Object(
  {
    system: codeSystemField('the code system'),
    prefix: Type.Optional(
      Type.String({
        maxLength: 10,
        default: '',
        description: 'the characters the codes begin with (empty: the first characters of the system)',
      }),
    ),
    date: Type.Optional(dateOfServiceField()),
  },
  { additionalProperties: false },
);

const output = Type.Object({
  system: Type.String(),
  prefix: Type.String({ description: 'the prefix as a code key (no dot)' }),
  release: Type.String({ description: 'the release whose code list was read' }),
  entries: Type.Array(
    Type.Object({
      prefix: Type.String({ description: 'one character longer than the prefix asked for' }),
      code: Type.Optional(Type.String({ description: 'the code as printed, when the prefix is itself a code' })),
      label: nullable(Type.String()),
      billable: Type.Optional(Type.Boolean()),
      billableCount: Type.Integer({ description: 'billable codes under (and including) this prefix' }),
    }),
  ),
});

export const browseOperation = defineOperation({
  name: 'browse',
  description: 'The entries under a code prefix, each with its label and how many billable codes it holds',
  input,
  output,
  example: { system: 'icd10cm', prefix: 'E11' },
  errors: ['NOT_FOUND'],
  // an unknown system has always been CATALOG_UNKNOWN_SYSTEM in the browse URL
  fieldErrors: { system: unknownSystemError },
  run(ctx, input) {
    const result = browseCodes(ctx.catalog, input.system, input.prefix ?? '', input.date);
    if (!result) throw new AppError('NOT_FOUND', { what: `A ${input.system} code list` });
    return result;
  },
});
