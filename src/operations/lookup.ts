// lookup: one code on a date of service (catalog lookupCode).
import { Type } from 'typebox';
import { lookupOnDate } from '../catalog/index.js';
import {
  codeField,
  codeRefSchema,
  codeSystemField,
  dateOfServiceField,
  lookupFieldErrors,
  notesSchema,
  nullable,
  openObject,
  releaseRefSchema,
} from './fields.js';
import { defineOperation } from './operation.js';

const input = Type.Object(
  {
    code: codeField('the code, with or without the dot: E11.9, e119, 0DTJ4ZZ, J1100, 99213'),
    system: Type.Optional(codeSystemField('the code system (inferred from the code when absent)')),
    date: Type.Optional(dateOfServiceField('date of service YYYY-MM-DD (today when absent)')),
  },
  { additionalProperties: false },
);

const output = Type.Object({
  system: codeRefSchema.properties.system,
  code: Type.String({ description: 'the code as printed (dotted for ICD-10-CM)' }),
  title: nullable(Type.String({ description: 'null only for a CPT code without a licensed descriptor file' })),
  shortTitle: Type.Optional(Type.String()),
  billable: Type.Boolean(),
  kind: Type.Enum(['code', 'header', 'modifier']),
  release: Type.Object({
    ...releaseRefSchema.properties,
    stale: Type.Boolean({
      description:
        'no loaded release covers the date of service (today by default): the release shown ended before it; the release.stale warning says so and how to load newer files',
    }),
    endedOn: Type.Optional(Type.String({ format: 'date', description: 'when stale: the day the release shown ended' })),
  }),
  date: Type.String({
    format: 'date',
    description: 'the date of service the answer is for (today when none was given)',
  }),
  warnings: Type.Array(Type.Object({ code: Type.String(), message: Type.String() })),
  parent: nullable(codeRefSchema),
  children: Type.Array(codeRefSchema),
  hierarchy: Type.Array(Type.Object({ level: Type.String(), code: Type.String(), title: Type.String() }), {
    description: 'from the chapter and section down to the parent',
  }),
  notes: notesSchema,
  notesRelease: nullable(releaseRefSchema),
  inheritedNotes: Type.Array(
    Type.Object({ from: Type.String(), level: Type.String(), title: Type.String(), notes: notesSchema }),
    { description: 'notes of the ancestors that apply to this code, nearest first' },
  ),
  sevenChrDef: Type.Array(Type.Object({ char: Type.String(), meaning: Type.String() })),
  indexTerms: Type.Array(
    Type.Object({
      path: Type.Array(Type.String(), { description: 'main term first, then subterms' }),
      code: Type.String(),
      source: Type.String({ description: 'index, neoplasm, drug, eindex or pcs-index' }),
      release: Type.String(),
      line: Type.Integer(),
    }),
  ),
  source: Type.Object({ release: Type.String(), file: Type.String(), line: Type.Integer() }),
  pcs: Type.Optional(openObject('ICD-10-PCS: the meaning of each character, definitions, index entries')),
  hcpcs: Type.Optional(openObject('HCPCS Level II: the record of the HCPCS file')),
  cpt: Type.Optional(openObject('CPT: whether a licensed descriptor file is loaded')),
  conversion: Type.Optional(openObject('ICD-10-CM: the CDC conversion table entry of a code created since 2015')),
  medicare: Type.Optional(
    openObject(
      'CPT and HCPCS: payment, add-on, MUE and PTP data; ICD-10: GEMs, Medicare Code Editor lists, lab NCDs; each part names its release',
    ),
  ),
  alsoMatches: Type.Optional(Type.Array(codeRefSchema, { description: 'the same characters in another system' })),
});

export const lookupOperation = defineOperation({
  name: 'lookup',
  description:
    'One code: title, billable, hierarchy, notes, 7th characters, index entries and Medicare data, from the releases in force on the date',
  input,
  output,
  example: { system: 'icd10cm', code: 'E11.9' },
  errors: ['CATALOG_UNKNOWN_CODE', 'CATALOG_CODE_DELETED', 'CATALOG_CODE_NOT_YET_VALID', 'CATALOG_NO_RELEASE'],
  fieldErrors: lookupFieldErrors,
  run: (ctx, q) => lookupOnDate(ctx.catalog, q, ctx.now()),
});
