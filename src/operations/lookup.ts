// lookup: one code on a date of service (catalog lookupCode), or an ICD-10-CM chapter or section: by its range in
// place of a code (G10-G14, L00-L99) or a chapter by its number (catalog lookupCmBlock).
import { Type } from 'typebox';
import { isBlockRange, lookupCmBlock, lookupOnDate } from '../catalog/index.js';
import { AppError } from '../shared/index.js';
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
import { rbcsClassificationSchema } from './rbcs-schema.js';

const input = Type.Object(
  {
    code: Type.Optional(
      codeField(
        'the code, with or without the dot: E11.9, e119, 0DTJ4ZZ, J1100, 99213; or an ICD-10-CM section or chapter range: G10-G14, L00-L99',
      ),
    ),
    chapter: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 99,
        description: 'an ICD-10-CM chapter by its number (12: L00-L99), in place of a code',
        examples: [12],
      }),
    ),
    system: Type.Optional(codeSystemField('the code system (inferred from the code when absent)')),
    date: Type.Optional(dateOfServiceField('date of service YYYY-MM-DD (today when absent)')),
  },
  // a code, or a chapter by its number: one of the two is required (a missing code is "code is required")
  { additionalProperties: false, anyOf: [{ required: ['code'] }, { required: ['chapter'] }] },
);

const codeOutput = Type.Object({
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
  hcpcsRecord: Type.Optional(
    openObject(
      'HCPCS Level II: the whole record — descriptors, then each filled field {field, label, layoutTitle, values[{value, meaning, group?, from?}]} with the meanings from the record layout and processing-note texts from proc_notes; sources; missing (what is not loaded, in words)',
    ),
  ),
  cpt: Type.Optional(openObject('CPT: whether a licensed descriptor file is loaded')),
  conversion: Type.Optional(openObject('ICD-10-CM: the CDC conversion table entry of a code created since 2015')),
  medicare: Type.Optional(
    openObject(
      'CPT and HCPCS: payment, add-on, MUE and PTP data; ICD-10: GEMs, Medicare Code Editor lists, lab NCDs; each part names its release',
    ),
  ),
  classification: Type.Optional(rbcsClassificationSchema),
  rbcs: Type.Optional(rbcsClassificationSchema),
  alsoMatches: Type.Optional(Type.Array(codeRefSchema, { description: 'the same characters in another system' })),
});

const blockRefSchema = Type.Object({
  system: Type.Literal('icd10cm'),
  kind: Type.Enum(['chapter', 'section', 'category']),
  code: Type.String({ description: 'the range of a chapter or section, the code of a category' }),
  title: nullable(Type.String()),
  billable: Type.Boolean(),
  chapter: Type.Optional(Type.String({ description: "a chapter's number" })),
});

const blockOutput = Type.Object({
  system: Type.Literal('icd10cm'),
  kind: Type.Enum(['chapter', 'section']),
  code: Type.String({ description: 'the range: G10-G14, L00-L99' }),
  chapter: Type.String({ description: "the chapter's number: its own, or the chapter the section is in" }),
  title: Type.String(),
  billable: Type.Literal(false),
  release: Type.Object({
    ...releaseRefSchema.properties,
    stale: Type.Boolean({ description: 'the date of service is after the end of the newest loaded release' }),
  }),
  notesRelease: releaseRefSchema,
  warnings: Type.Array(Type.Object({ code: Type.String(), message: Type.String() })),
  notes: notesSchema,
  parent: nullable(blockRefSchema),
  children: Type.Array(blockRefSchema, { description: "a chapter's sections, a section's categories" }),
  hierarchy: Type.Array(Type.Object({ level: Type.String(), code: Type.String(), title: Type.String() })),
});

const output = Type.Union([codeOutput, blockOutput], {
  description: 'a code (kind code, header or modifier), or an ICD-10-CM chapter or section (kind chapter, section)',
});

export const lookupOperation = defineOperation({
  name: 'lookup',
  description:
    'One code: title, billable, hierarchy, notes, 7th characters, index entries and Medicare data, from the releases in force on the date',
  input,
  output,
  example: { system: 'icd10cm', code: 'E11.9' },
  errors: [
    'CATALOG_UNKNOWN_CODE',
    'CATALOG_CODE_DELETED',
    'CATALOG_CODE_NOT_YET_VALID',
    'CATALOG_NO_RELEASE',
    'CATALOG_UNKNOWN_BLOCK',
    'CATALOG_NO_TABULAR',
  ],
  fieldErrors: lookupFieldErrors,
  run(ctx, q) {
    const { code, chapter, system, date } = q;
    if (chapter !== undefined || (code !== undefined && isBlockRange(code))) {
      if (system !== undefined && system !== 'icd10cm')
        throw new AppError('BAD_INPUT', { why: `chapters and sections are ICD-10-CM's, not ${system}'s` });
      if (chapter !== undefined && code !== undefined)
        throw new AppError('BAD_INPUT', { why: 'ask for a code or for a chapter, not both' });
      return lookupCmBlock(ctx.catalog, { ...(code !== undefined ? { range: code } : { chapter }), date });
    }
    if (code === undefined) throw new AppError('BAD_INPUT', { why: 'code is required (or chapter, for a chapter)' });
    return lookupOnDate(ctx.catalog, { code, system, date }, ctx.now());
  },
});
