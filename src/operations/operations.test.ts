// The operation definitions themselves: names as contracts.md reserves them, examples their own schemas accept,
// the tool list as plain JSON Schema, one date rule with the catalog, and refusals that name the field as each
// surface calls it. (Every operation answering through the API and the CLI: cli/operation-surfaces.test.ts.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Compile } from 'typebox/compile';
import { CODE_SYSTEMS, isValidIsoDate } from '../catalog/index.js';
import { type AppError, isAppError } from '../shared/index.js';
import { dateOfServiceField } from './fields.js';
import { checkInput, lookupOperation, OPERATIONS, operationTools, searchOperation } from './index.js';

function refusal(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  assert.fail('not refused');
}

describe('operations', () => {
  test('the names contracts.md lists, each with a one-line description and an example its schema accepts', () => {
    assert.deepEqual(
      OPERATIONS.map((o) => o.name),
      // contracts.md's names, and suggest (type-ahead's word completions) and rbcs (CMS's classification), which extend them
      ['lookup', 'search', 'suggest', 'browse', 'rbcs', 'releases', 'fee', 'localities', 'crosswalk', 'checkClaim'],
    );
    for (const op of OPERATIONS) {
      assert.match(op.description, /^[^\n]{10,200}$/, op.name);
      assert.doesNotThrow(() => checkInput(op, op.example), op.name);
      assert.ok(Compile(op.input).Check(op.example), `${op.name}: the schema itself accepts the example`);
    }
  });

  test('the tools: one per operation, the input schema as plain JSON', () => {
    const tools = operationTools();
    assert.deepEqual(
      tools.map((t) => t.name),
      OPERATIONS.map((o) => o.name),
    );
    for (const tool of tools) {
      assert.deepEqual(JSON.parse(JSON.stringify(tool.inputJsonSchema)), tool.inputJsonSchema, tool.name);
      assert.equal(tool.inputJsonSchema.type, 'object');
    }
  });

  test('one list of systems: the schemas offer the catalog’s', () => {
    assert.deepEqual(searchOperation.input.properties.system.enum, [...CODE_SYSTEMS]);
    assert.deepEqual(lookupOperation.input.properties.system.enum, [...CODE_SYSTEMS]);
  });

  test('one date rule: the schemas’ date format says what the catalog’s isValidIsoDate says', () => {
    const date = Compile(dateOfServiceField());
    for (const d of [
      '2026-05-01',
      '2024-02-29',
      '2025-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-12-31',
      '2026-1-01',
      '20260501',
      '2026-05-01T00:00:00Z',
      ' 2026-05-01',
      '',
    ])
      assert.equal(date.Check(d), isValidIsoDate(d), d);
  });

  test('a refusal names the field as the surface calls it, with the value refused', () => {
    const cli = (field: string) => `--${field}`;
    const limit = refusal(() => checkInput(searchOperation, { q: 'x', limit: 'ten' }, cli));
    assert.equal(limit.code, 'BAD_INPUT');
    assert.equal(limit.message, '--limit must be a whole number from 1 to 500, not "ten"');
    const system = refusal(() => checkInput(searchOperation, { q: 'x', system: 'icd9' }));
    assert.equal(system.message, 'system must be one of icd10cm, icd10pcs, hcpcs, cpt, not "icd9"');
    const date = refusal(() => checkInput(searchOperation, { date: '2026-02-30' }));
    assert.equal(date.message, 'date must be a date written YYYY-MM-DD, not "2026-02-30"');
    const unknown = refusal(() => checkInput(searchOperation, { query: 'x' }));
    assert.equal(unknown.message, 'query is not an input of this operation');
    const missing = refusal(() => checkInput(lookupOperation, { system: 'icd10cm' }));
    assert.deepEqual([missing.code, missing.message], ['BAD_INPUT', 'code is required']);
  });

  test("a field's own error where scripts have always matched on it (lookup: unknown system, bad date)", () => {
    const system = refusal(() => checkInput(lookupOperation, { code: 'E11.9', system: 'icd9' }));
    assert.equal(system.code, 'CATALOG_UNKNOWN_SYSTEM');
    assert.equal(system.message, 'Unknown code system "icd9". Use one of: icd10cm, icd10pcs, hcpcs, cpt.');
    assert.equal(refusal(() => checkInput(lookupOperation, { code: 'E11.9', date: '2026-13-01' })).code, 'BAD_DATE');
  });
});
