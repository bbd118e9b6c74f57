// What an operation is: one public function of the product, defined once — name, one-line description, input
// and output schemas (TypeBox, so JSON Schema as they stand), an example input, the error codes it answers with,
// and run. The API routes, the CLI commands, the OpenAPI document and the tool list are made from these
// definitions; none of them restates a field, a limit or a list of values.
import type { Static, TObject, TSchema } from 'typebox';
import type { Catalog } from '../catalog/index.js';
import type { SearchIndex, TermSuggestions } from '../search/index.js';
import type { AppError, ErrorCode } from '../shared/index.js';

/**
 * What run may use, passed in by the surface that calls it: the web app hands over what it loaded at start; the
 * CLI opens each part on first use (a lookup never pays for loading the search index).
 */
export interface OperationContext {
  readonly catalog: Catalog;
  readonly search: SearchIndex;
  /** type-ahead's phrases (the suggest operation), built once from the catalog's indexes */
  readonly suggestions: TermSuggestions;
  /** the clock ("today" where an operation needs one) */
  now(): Date;
}

/** Builds the error a field's value is refused with when it is not the plain BAD_INPUT (see fieldErrors). */
export type FieldError = (value: string) => AppError;

export interface Operation<In extends TObject = TObject, Out = unknown> {
  /** the name every surface uses: the tool name, the OpenAPI operationId */
  readonly name: string;
  /** one line: what it answers (the OpenAPI summary, the CLI command's help, the tool description) */
  readonly description: string;
  /** an object schema; each property says what it is in its description */
  readonly input: In;
  /** the answer's shape (documented; the tests check each example's answer against it) */
  readonly output: TSchema;
  /** an input that answers on the shipped code sets and on the test catalog alike */
  readonly example: Static<In>;
  /** the error catalogue's codes run answers with besides bad input, for the documents */
  readonly errors: readonly ErrorCode[];
  /**
   * Fields whose refusal keeps the code it had before operations had schemas (scripts match on codes): a value
   * failing the field's schema is reported with this error instead of BAD_INPUT. A missing field is always
   * BAD_INPUT.
   */
  readonly fieldErrors?: { readonly [K in keyof Static<In>]?: FieldError };
  /**
   * 'schema' (the default): every surface checks the input against `input` before run. 'run': run checks the
   * input itself, field by field, with messages a schema cannot give (the claim document: CLAIM_INVALID with the
   * JSON path and the claim line); `input` then documents it and nothing checks it before run.
   */
  readonly inputCheck?: 'schema' | 'run';
  // method syntax on purpose: a list of operations holds each with its own input type
  run(ctx: OperationContext, input: Static<In>): Out;
}

/** An operation of the list, whatever its own input type. */
export type AnyOperation = Operation<TObject, unknown>;

export function defineOperation<In extends TObject, Out>(operation: Operation<In, Out>): Operation<In, Out> {
  return Object.freeze(operation);
}
