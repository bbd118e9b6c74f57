// Schemas more than one operation uses: the code system (from the catalog's one list), the date of service (one
// date rule), a code, and the parts of answers that recur (a release, a code reference).
import { type TSchema, Type } from 'typebox';
import { CODE_SYSTEMS, SYSTEM_NAMES, unknownSystemError } from '../catalog/index.js';
import { AppError } from '../shared/index.js';

const systemsInWords = CODE_SYSTEMS.map((s) => `${s} (${SYSTEM_NAMES[s]})`).join(', ');

/** Every field carries an example (JSON Schema's `examples`): the API docs show one for each parameter. */
export function codeSystemField(description: string, example: (typeof CODE_SYSTEMS)[number] = 'icd10cm') {
  return Type.Enum(CODE_SYSTEMS, { description: `${description}: ${systemsInWords}`, examples: [example] });
}

/**
 * A date of service. JSON Schema's "date" format is RFC 3339's full-date: YYYY-MM-DD naming a real calendar day
 * (2026-02-30 is refused, 2024-02-29 is not), the rule the catalog's isValidIsoDate applies; one test holds
 * the two to the same answers.
 */
export function dateOfServiceField(
  description = 'date of service YYYY-MM-DD (the newest releases when absent)',
  example = '2026-05-01',
) {
  return Type.String({ format: 'date', description, examples: [example] });
}

/**
 * A code as typed: at most 40 characters (far longer than any code with a dot and a modifier, short enough to
 * echo in a message); what makes it a code is for the catalog to say.
 */
export function codeField(description: string, example = 'E11.9') {
  return Type.String({ minLength: 1, maxLength: 40, description, examples: [example] });
}

/** Some text up to a bound (a name to match, a filter), so that no input reaches run unbounded. */
export function textField(maxLength: number, description: string, example: string) {
  return Type.String({ maxLength, description, examples: [example] });
}

/** The errors lookups have always refused a bad system or date with: scripts match on these codes. */
export const lookupFieldErrors = {
  system: (value: string) => unknownSystemError(value),
  date: (value: string) => new AppError('BAD_DATE', { value: value.slice(0, 40) }),
};

export function nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

export const releaseRefSchema = Type.Object({
  id: Type.String({ description: 'release id, e.g. icd10cm:2026' }),
  title: Type.String(),
  version: Type.String(),
  effectiveFrom: Type.String({ format: 'date' }),
  effectiveTo: Type.String({ format: 'date' }),
});

export const codeRefSchema = Type.Object({
  system: Type.Enum(CODE_SYSTEMS),
  code: Type.String(),
  title: nullable(Type.String()),
  billable: Type.Boolean(),
});

/** Notes by kind (inclusionTerm, excludes1, codeFirst…), each a list of texts. */
export const notesSchema = Type.Record(Type.String(), Type.Array(Type.String()));

/** A part of an answer documented by its description only: its fields vary by system or source. */
export function openObject(description: string) {
  return Type.Object({}, { description });
}
