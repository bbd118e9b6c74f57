// crosswalk: ICD-9 ↔ ICD-10 through the General Equivalence Mappings (catalog crosswalk).
import { Type } from 'typebox';
import {
  CROSSWALK_KINDS,
  CROSSWALK_SYSTEMS,
  crosswalk,
  unsupportedDirection,
  unsupportedKind,
} from '../catalog/index.js';
import { codeField, nullable } from './fields.js';
import { defineOperation } from './operation.js';

const input = Type.Object(
  {
    code: codeField('the code to map, e.g. E11.9, 250.00, 0DTJ4ZZ'),
    from: Type.Enum(CROSSWALK_SYSTEMS, { description: 'the system of the code: icd9 or icd10' }),
    to: Type.Enum(CROSSWALK_SYSTEMS, { description: 'the other one' }),
    kind: Type.Optional(
      Type.Enum(CROSSWALK_KINDS, {
        description: 'dx (diagnoses) or pcs (procedures); inferred from the code when absent',
        examples: ['dx'],
      }),
    ),
  },
  { additionalProperties: false },
);

const output = Type.Object({
  code: Type.String(),
  from: Type.Enum(CROSSWALK_SYSTEMS),
  to: Type.Enum(CROSSWALK_SYSTEMS),
  kind: Type.Enum(CROSSWALK_KINDS),
  release: Type.String(),
  file: Type.String(),
  noMap: Type.Boolean({ description: 'the GEM says the code has no acceptable translation' }),
  mappings: Type.Array(
    Type.Object({
      code: nullable(Type.String()),
      title: nullable(Type.String({ description: 'for ICD-10 targets in the loaded releases' })),
      flags: Type.Object({
        approximate: Type.Boolean(),
        noMap: Type.Boolean(),
        combination: Type.Boolean(),
        scenario: Type.Integer(),
        choiceList: Type.Integer(),
      }),
      line: Type.Integer(),
    }),
  ),
  scenarios: Type.Array(
    Type.Object({
      scenario: Type.Integer(),
      choiceLists: Type.Array(Type.Object({ choiceList: Type.Integer(), codes: Type.Array(Type.String()) })),
    }),
    { description: 'combination entries: one code from every choice list of a scenario' },
  ),
  notes: Type.Array(Type.String()),
});

export const crosswalkOperation = defineOperation({
  name: 'crosswalk',
  description: 'ICD-9 ↔ ICD-10 mappings from the General Equivalence Mappings, with their flags and scenarios',
  input,
  output,
  example: { code: 'E11.9', from: 'icd10', to: 'icd9' },
  errors: ['CROSSWALK_UNSUPPORTED', 'CATALOG_UNKNOWN_CODE', 'DATA_NOT_LOADED'],
  // the codes the crosswalk has always refused these with
  fieldErrors: { from: () => unsupportedDirection(), to: () => unsupportedDirection(), kind: unsupportedKind },
  run: (ctx, input) => crosswalk(ctx.catalog, input),
});
