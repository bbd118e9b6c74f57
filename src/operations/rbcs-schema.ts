// The schema of a code's RBCS classification in an operation's answer (lookup's `classification` and `rbcs`).
import { Type } from 'typebox';
import { nullable } from './fields.js';

const date = (description: string) => nullable(Type.String({ description: `${description} (YYYY-MM-DD; null: open)` }));

export const rbcsClassificationSchema = Type.Object(
  {
    source: Type.Literal('RBCS'),
    release: Type.Object({
      id: Type.String(),
      title: Type.String(),
      stale: Type.Optional(Type.String({ description: 'set when no loaded RBCS release covers the date of service' })),
    }),
    id: Type.String({ description: 'RBCS_ID, e.g. PM014M' }),
    category: Type.String({ description: 'CMS category name, e.g. Procedure' }),
    categoryCode: Type.String(),
    subcategory: Type.String({ description: 'e.g. Musculoskeletal' }),
    subcategoryCode: Type.String(),
    family: nullable(Type.String({ description: 'e.g. Arthroplasty - Knee; null for "No RBCS Family"' })),
    familyCode: nullable(Type.String({ description: 'subcategory + family number, e.g. PM014' })),
    major: Type.Boolean({ description: 'RBCS major procedure (indicator M)' }),
    majorIndicator: Type.Object({ code: Type.String(), meaning: Type.String() }),
    codeAdded: date('the code added'),
    codeEnded: date('the code ended'),
    assignedFrom: date('this assignment applies from'),
    assignedTo: date('this assignment applies to'),
    firstReleaseYear: nullable(Type.Integer()),
    alternativeAssignment: Type.Boolean(),
    everReassigned: Type.Boolean(),
    sourceFile: Type.String(),
    line: Type.Integer(),
  },
  {
    description:
      "CMS's public Restructured BETOS Classification System category of the code; a CMS category, not a descriptor",
  },
);
