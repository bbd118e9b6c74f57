// checkClaim: Claim Check, every rule over one claim document (rules checkClaim).
import { Type } from 'typebox';
import { checkClaim, MAX_CLAIM_LINES, MAX_DIAGNOSES, MAX_MODIFIERS } from '../rules/index.js';
import { dateOfServiceField } from './fields.js';
import { defineOperation } from './operation.js';

const claimLine = Type.Object(
  {
    code: Type.String({ maxLength: 12, description: 'CPT or HCPCS Level II' }),
    modifiers: Type.Optional(
      Type.Array(Type.String({ pattern: '^\\s*[A-Za-z0-9]{2}\\s*$' }), {
        maxItems: MAX_MODIFIERS,
        description: `the line's modifiers, two characters each (at most ${MAX_MODIFIERS})`,
        examples: [['25']],
      }),
    ),
    units: Type.Optional(Type.Number({ default: 1, description: 'units of service (1 when absent)' })),
    diagnosisPointers: Type.Optional(
      Type.Array(Type.Integer(), { maxItems: MAX_DIAGNOSES, description: '1-based positions in diagnoses' }),
    ),
    dateOfService: Type.Optional(dateOfServiceField("the line's own date, else the claim's")),
  },
  { additionalProperties: false },
);

/** The claim document of contracts.md ("Claims"); rules/claim.ts (normalizeClaim) is what enforces it. */
const input = Type.Object(
  {
    dateOfService: dateOfServiceField('the date of service of the claim, YYYY-MM-DD'),
    patient: Type.Optional(
      Type.Object(
        {
          age: Type.Optional(Type.Integer({ minimum: 0, maximum: 124, description: 'age in years' })),
          sex: Type.Optional(Type.Enum(['F', 'M', 'U'], { description: 'F, M or U (unknown)' })),
        },
        {
          additionalProperties: false,
          description: "the patient, for the Medicare Code Editor's age and sex edits (skipped when absent)",
        },
      ),
    ),
    placeOfService: Type.Optional(Type.String({ pattern: '^[0-9]{2}$', description: 'two digits, e.g. 11' })),
    setting: Type.Optional(
      Type.Enum(['practitioner', 'outpatient-hospital'], {
        default: 'practitioner',
        description: 'whose MUE and PTP tables apply: practitioner (the default) or outpatient-hospital',
        examples: ['practitioner'],
      }),
    ),
    diagnoses: Type.Array(Type.String({ maxLength: 12 }), {
      maxItems: MAX_DIAGNOSES,
      description: 'ICD-10-CM codes, principal (first-listed) first',
    }),
    lines: Type.Array(claimLine, {
      minItems: 1,
      maxItems: MAX_CLAIM_LINES,
      description: `the service lines, in order (1 to ${MAX_CLAIM_LINES})`,
    }),
  },
  { additionalProperties: false },
);

const output = Type.Object({
  claim: Type.Object({}, { description: 'the claim normalized: codes as printed, defaults filled in' }),
  findings: Type.Array(
    Type.Object({
      rule: Type.String({ description: 'rule id, e.g. mue, addon.no-primary, dx.excludes1 (docs/claims.md)' }),
      severity: Type.Enum(['error', 'warning', 'review', 'info']),
      lines: Type.Array(Type.Integer(), { description: '1-based claim lines; empty: the claim' }),
      codes: Type.Array(Type.String()),
      message: Type.String(),
      citation: Type.Object({
        source: Type.String(),
        release: Type.String(),
        file: Type.String(),
        record: Type.String(),
      }),
    }),
  ),
  summary: Type.Object({ errors: Type.Integer(), warnings: Type.Integer(), reviews: Type.Integer() }),
});

export const checkClaimOperation = defineOperation({
  name: 'checkClaim',
  description:
    'Claim Check: code validity, NCCI PTP, MUE and add-on edits, modifiers, ICD-10-CM conventions and the Medicare Code Editor, each finding citing its source',
  input,
  output,
  example: {
    dateOfService: '2025-11-01',
    patient: { age: 45, sex: 'F' },
    placeOfService: '11',
    diagnoses: ['E11.9'],
    lines: [{ code: '99213', units: 1, diagnosisPointers: [1] }],
  },
  errors: ['CLAIM_INVALID', 'CLAIM_TOO_MANY_LINES'],
  // normalizeClaim names the exact field and the claim line ("lines[0].units: must be a number… (claim line 1)")
  // and accepts what the schema cannot say (null for absent fields, modifiers with spaces)
  inputCheck: 'run',
  run: (ctx, input) => checkClaim(input, { catalog: ctx.catalog }),
});
