// localities: the Medicare payment localities with their GPCIs (catalog selectLocalities).
import { Type } from 'typebox';
import { selectLocalities } from '../catalog/index.js';
import { dateOfServiceField, textField } from './fields.js';
import { defineOperation } from './operation.js';

const input = Type.Object(
  {
    state: Type.Optional(textField(40, 'two-letter state, e.g. NY', 'NY')),
    county: Type.Optional(textField(100, 'part of a county name', 'Kings')),
    date: Type.Optional(dateOfServiceField()),
  },
  { additionalProperties: false },
);

const output = Type.Object({
  release: Type.String({ description: 'the fee schedule release of the GPCI file' }),
  warnings: Type.Array(Type.String(), {
    description: 'county or anesthesia files older than the GPCI file, or not loaded',
  }),
  localities: Type.Array(
    Type.Object({
      id: Type.String({ description: 'MAC number - locality number, e.g. 13202-01' }),
      mac: Type.String(),
      localityNumber: Type.String(),
      name: Type.String(),
      state: Type.String(),
      gpci: Type.Object({ work: Type.Number(), pe: Type.Number(), mp: Type.Number() }),
      counties: Type.Optional(
        Type.Object({
          feeScheduleArea: Type.String(),
          state: Type.String(),
          counties: Type.String(),
          release: Type.String(),
        }),
      ),
      anesthesia: Type.Optional(Type.Object({ conversionFactor: Type.Number(), release: Type.String() })),
      footnote: Type.Optional(Type.String()),
      release: Type.String(),
      line: Type.Integer(),
    }),
  ),
});

export const localitiesOperation = defineOperation({
  name: 'localities',
  description: 'Medicare payment localities with their GPCIs, counties and anesthesia conversion factors',
  input,
  output,
  example: { state: 'NY' },
  errors: ['DATA_NOT_LOADED'],
  run: (ctx, input) => selectLocalities(ctx.catalog, input),
});
