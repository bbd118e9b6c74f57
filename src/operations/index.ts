// The product's public functions, each defined once (operation.ts says what a definition holds). The web
// registers its /api/v1 routes and writes its OpenAPI document from this list; the CLI builds its commands'
// options from the same schemas; operationTools() hands the list to the assistant and the MCP server.
import { browseOperation } from './browse.js';
import { rbcsOperation } from './browse-rbcs.js';
import { checkClaimOperation } from './check-claim.js';
import { crosswalkOperation } from './crosswalk.js';
import { feeOperation } from './fee.js';
import { checkInput } from './input-check.js';
import { localitiesOperation } from './localities.js';
import { lookupOperation } from './lookup.js';
import type { AnyOperation, OperationContext } from './operation.js';
import { releasesOperation } from './releases.js';
import { searchOperation } from './search.js';
import { suggestOperation } from './suggest.js';

export { browseOperation } from './browse.js';
export { rbcsOperation } from './browse-rbcs.js';
export { checkClaimOperation } from './check-claim.js';
export { crosswalkOperation } from './crosswalk.js';
export { feeOperation } from './fee.js';
export { type FieldDoc, fieldDocs } from './field-docs.js';
export { dateOfServiceField, lookupFieldErrors } from './fields.js';
export { checkInput, type FieldLabel, inputError, type SchemaIssue } from './input-check.js';
export { localitiesOperation } from './localities.js';
export { lookupOperation } from './lookup.js';
export {
  type AnyOperation,
  defineOperation,
  type FieldError,
  type Operation,
  type OperationContext,
} from './operation.js';
export { releaseSummary, releasesOperation } from './releases.js';
export { searchOperation } from './search.js';
export { suggestOperation } from './suggest.js';

/** Every operation, in the order the documents list them. */
export const OPERATIONS: readonly AnyOperation[] = [
  lookupOperation,
  searchOperation,
  suggestOperation,
  browseOperation,
  rbcsOperation,
  releasesOperation,
  feeOperation,
  localitiesOperation,
  crosswalkOperation,
  checkClaimOperation,
];

/** An operation as a tool: what a model is told about it, and a run that checks what the model sent. */
export interface OperationTool {
  name: string;
  description: string;
  /** the input schema as plain JSON Schema (an object schema: type, properties, required) */
  inputJsonSchema: Record<string, unknown>;
  /** checks the input against the schema (AppError BAD_INPUT, or the operation's own error, when it fails), then runs */
  run(ctx: OperationContext, input: unknown): unknown;
}

/** One operation as a tool (a product's own operations, such as ask, are made tools the same way). */
export function operationTool(op: AnyOperation): OperationTool {
  return {
    name: op.name,
    description: op.description,
    // TypeBox schemas are JSON Schema already; the copy leaves out TypeBox's own hidden markers
    inputJsonSchema: JSON.parse(JSON.stringify(op.input)) as Record<string, unknown>,
    run: (ctx, input) => op.run(ctx, checkInput(op, input)),
  };
}

/** The operations for the assistant's tools and the MCP server: a tool per operation, named as the operation. */
export function operationTools(): OperationTool[] {
  return OPERATIONS.map(operationTool);
}
