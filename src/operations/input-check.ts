// Checking an operation's input against its schema, and saying what is wrong the same way on every surface. The
// API's validator (Fastify's ajv) and TypeBox's own compiler (the CLI, the tools) both report JSON Schema
// failures as {keyword, instancePath, params}; inputError turns one into the error catalogue's error, naming the
// field as the surface calls it (API: limit, CLI: --limit) and the value refused.
import type { Static, TObject, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { AppError } from '../shared/index.js';
import type { AnyOperation, Operation } from './operation.js';

/** One schema failure, as ajv and TypeBox both report it. */
export interface SchemaIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** How a surface names an input field in a message. */
export type FieldLabel = (field: string) => string;

const asNamed: FieldLabel = (field) => field;

/** "lines/0/units" → ["lines", "0", "units"] (JSON Pointer, ~1 and ~0 unescaped) */
function segments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The field an issue is about, as a path of segments from the input's top. */
function fieldPath(issue: SchemaIssue, input: unknown): string[] {
  const at = segments(issue.instancePath);
  const p = issue.params;
  // ajv names one property, TypeBox lists them: the first one that is really missing or unknown
  if (issue.keyword === 'required') {
    const named = typeof p.missingProperty === 'string' ? [p.missingProperty] : (p.requiredProperties as string[]);
    const here = valueAt(input, at);
    const missing = (named ?? []).find((k) => typeof here !== 'object' || here === null || !(k in here));
    return [...at, missing ?? named?.[0] ?? ''];
  }
  if (issue.keyword === 'additionalProperties') {
    const named =
      typeof p.additionalProperty === 'string' ? p.additionalProperty : (p.additionalProperties as string[])?.[0];
    return [...at, named ?? ''];
  }
  return at;
}

function valueAt(input: unknown, path: string[]): unknown {
  let v = input;
  for (const s of path) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

/** A value in a message: text quoted and cut short (it may be long or come from anyone), others in words. */
function shown(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** What is wrong, in words, from the field's schema (rather than the validator's wording, which differs by engine). */
function why(issue: SchemaIssue, field: string, schema: Record<string, unknown> | undefined, value: unknown): string {
  if (issue.keyword === 'required') return `${field} is required`;
  if (issue.keyword === 'additionalProperties' || (issue.keyword === 'boolean' && schema === undefined))
    return `${field} is not an input of this operation`;
  if (!schema) return `${field} ${issue.message ?? 'is not valid'}`;
  const not = `not ${shown(value)}`;
  if (Array.isArray(schema.enum)) return `${field} must be one of ${schema.enum.join(', ')}, ${not}`;
  if (schema.type === 'integer') {
    const range =
      schema.minimum !== undefined && schema.maximum !== undefined
        ? ` from ${schema.minimum} to ${schema.maximum}`
        : '';
    return `${field} must be a whole number${range}, ${not}`;
  }
  if (schema.format === 'date') return `${field} must be a date written YYYY-MM-DD, ${not}`;
  if (schema.type === 'boolean') return `${field} must be true or false, ${not}`;
  if (issue.keyword === 'maxLength') return `${field} must be at most ${schema.maxLength} characters long`;
  if (issue.keyword === 'minLength') return `${field} must not be empty`;
  if (schema.type === 'string' && issue.keyword === 'type') return `${field} must be text, ${not}`;
  return `${field} ${issue.message ?? 'is not valid'}, ${not}`;
}

/**
 * The error for one schema failure of an operation's input: the operation's own error for that field when it has
 * one (fieldErrors), else BAD_INPUT naming the field. `schema` is the schema that was checked when a surface
 * narrows the operation's (the API's page size).
 */
export function inputError(
  operation: AnyOperation,
  issue: SchemaIssue,
  input: unknown,
  options: { label?: FieldLabel; schema?: { properties: Record<string, TSchema> } } = {},
): AppError {
  const path = fieldPath(issue, input);
  const top = path[0] ?? '';
  const value = valueAt(input, path);
  const own = (operation.fieldErrors as Record<string, ((v: string) => AppError) | undefined> | undefined)?.[top];
  if (own && issue.keyword !== 'required' && path.length === 1) return own(String(value));
  const label =
    (options.label ?? asNamed)(top) +
    path
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
      .join('');
  const properties = (options.schema ?? operation.input).properties as Record<string, TSchema>;
  const schema = path.length === 1 ? (properties[top] as Record<string, unknown> | undefined) : undefined;
  return new AppError('BAD_INPUT', { why: why(issue, label, schema, value) });
}

const compiled = new WeakMap<TObject, ReturnType<typeof Compile>>();

function validatorOf(schema: TObject) {
  let v = compiled.get(schema);
  if (!v) {
    v = Compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/**
 * The input, checked against the operation's schema (nothing is checked for an operation whose run checks its
 * own input). Throws the error of the first failure, as inputError says it.
 */
export function checkInput<In extends TObject, Out>(
  operation: Operation<In, Out>,
  input: unknown,
  label?: FieldLabel,
): Static<In> {
  if (operation.inputCheck === 'run') return input as Static<In>;
  const validator = validatorOf(operation.input);
  if (validator.Check(input)) return input as Static<In>;
  const [first] = validator.Errors(input) as SchemaIssue[];
  throw inputError(operation as unknown as AnyOperation, first as SchemaIssue, input, label ? { label } : {});
}
