// rbcs: CMS's Restructured BETOS Classification System one level at a time (catalog browseRbcs): the categories,
// a category's subcategories, a subcategory's families, a family's CPT and HCPCS codes. The same tree as the
// /browse/rbcs pages. CPT codes come without a title (no AMA descriptor text); HCPCS codes with their title in force.
import { Type } from 'typebox';
import { browseRbcs, isoDay } from '../catalog/index.js';
import { AppError } from '../shared/index.js';
import { dateOfServiceField, nullable } from './fields.js';
import { defineOperation } from './operation.js';

const input = Type.Object(
  {
    key: Type.Optional(
      Type.String({
        maxLength: 5,
        default: '',
        description: 'a category ("P"), subcategory ("PM") or family ("PM014") key; empty: the categories',
      }),
    ),
    date: Type.Optional(dateOfServiceField()),
  },
  { additionalProperties: false },
);

const node = Type.Object({
  key: Type.String({ description: 'the category, subcategory or family key, e.g. PM014' }),
  name: Type.String({ description: 'the CMS name, e.g. Arthroplasty - Knee' }),
  count: Type.Integer({ description: 'codes under it' }),
});

const output = Type.Object({
  release: Type.Object({
    id: Type.String({ description: 'the RBCS release read, e.g. rbcs:2025' }),
    title: Type.String(),
    stale: Type.Optional(Type.String({ description: 'set when no loaded RBCS release covers the date of service' })),
  }),
  level: Type.Union(
    [Type.Literal('categories'), Type.Literal('category'), Type.Literal('subcategory'), Type.Literal('family')],
    {
      description: 'what the key names',
    },
  ),
  key: Type.String(),
  name: Type.String({ description: 'the name of what the key names ("RBCS categories" for the top)' }),
  path: Type.Array(node, { description: 'from the category down to the level above this one' }),
  entries: Type.Array(node, { description: 'the level below (empty at a family)' }),
  codes: Type.Array(
    Type.Object({
      code: Type.String(),
      system: Type.Union([Type.Literal('cpt'), Type.Literal('hcpcs')]),
      title: nullable(Type.String({ description: 'HCPCS Level II title in force; null for CPT (no descriptor text)' })),
      major: Type.Boolean({ description: 'RBCS major procedure' }),
      codeEnded: nullable(Type.String({ description: 'the end date the RBCS file gives the code, if any' })),
    }),
    { description: "a family's codes (empty above a family)" },
  ),
});

export const rbcsOperation = defineOperation({
  name: 'rbcs',
  description:
    "CMS's public RBCS classification of CPT and HCPCS codes, one level at a time: categories, subcategories, families, then a family's codes",
  input,
  output,
  example: { key: 'PM014' },
  errors: ['NOT_FOUND'],
  run(ctx, input) {
    // today by default, so a release that has ended says so (release.stale)
    const date = input.date ?? isoDay(ctx.now());
    const result = browseRbcs(ctx.catalog, input.key ?? '', date);
    if (result) return result;
    // say which is missing: the key, or the RBCS file itself
    const loaded = browseRbcs(ctx.catalog, '', date) !== undefined;
    throw new AppError('NOT_FOUND', {
      what: loaded
        ? `An RBCS category, subcategory or family "${input.key ?? ''}"`
        : "A loaded RBCS release (import CMS's RBCS file with codedesk import)",
    });
  },
});
