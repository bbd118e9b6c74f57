// fee: the Medicare physician fee schedule amount of a code in a locality (catalog computeFee).
import { Type } from 'typebox';
import { computeFee } from '../catalog/index.js';
import { codeField, dateOfServiceField, nullable, openObject, textField } from './fields.js';
import { defineOperation } from './operation.js';

const input = Type.Object(
  {
    code: codeField('a CPT or HCPCS code', '99213'),
    locality: Type.String({
      minLength: 1,
      maxLength: 100,
      description:
        'the MAC-locality id from the GPCI file (e.g. 13202-01) or an unambiguous part of a locality name, state or county ("manhattan")',
    }),
    modifier: Type.Optional(textField(8, 'the row to price: 26, TC or 53 (the global service when absent)', '26')),
    date: Type.Optional(dateOfServiceField()),
  },
  { additionalProperties: false },
);

const figures = (names: string[]) => Type.Object(Object.fromEntries(names.map((n) => [n, Type.Number()])));

const output = Type.Object({
  code: Type.String(),
  modifier: Type.String({ description: 'empty for the global service' }),
  locality: Type.Object({ id: Type.String(), name: Type.String(), state: Type.String() }),
  rvus: figures(['work', 'peNonFacility', 'peFacility', 'mp']),
  gpci: figures(['work', 'pe', 'mp']),
  conversionFactor: Type.Number(),
  payment: Type.Object({
    nonFacility: nullable(Type.Number()),
    facility: nullable(Type.Number()),
    reasons: Type.Array(Type.String(), { description: 'why an amount is null (NA flag, status code)' }),
  }),
  indicators: Type.Object(
    Object.fromEntries(
      ['status', 'globalDays', 'pctc', 'multipleProcedure', 'bilateral', 'assistant', 'coSurgeon', 'team'].map((n) => [
        n,
        Type.String(),
      ]),
    ),
  ),
  indicatorMeanings: openObject("each indicator's meaning in words"),
  release: Type.Object({ rvu: Type.String(), gpci: Type.String() }),
  citation: Type.Array(
    Type.Object({
      figure: Type.String(),
      source: Type.String(),
      release: Type.String(),
      file: Type.String(),
      line: Type.Integer(),
    }),
  ),
  warnings: Type.Array(Type.String()),
});

export const feeOperation = defineOperation({
  name: 'fee',
  description: 'The Medicare physician fee schedule amount of a code (and modifier) in a payment locality',
  input,
  output,
  example: { code: '99213', locality: '13202-01' },
  errors: [
    'FEE_NO_MODIFIER_ROW',
    'FEE_CODE_NOT_PRICED_FILE',
    'LOCALITY_UNKNOWN',
    'LOCALITY_AMBIGUOUS',
    'DATA_NOT_LOADED',
  ],
  run: (ctx, input) => computeFee(ctx.catalog, input),
});
