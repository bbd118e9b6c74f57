// Every operation answers alike on every surface (the API, the CLI, the tool list), walked from the operation
// list (and the products' own operations: CasePilot's ask) on the miniature code sets (with a few GEM rows, so that crosswalk has data): each operation's example
// succeeds through the API and the CLI with equal JSON, which its output schema describes; and inputs made
// invalid from its input schema — a value outside a list, a date that is not a day, a number over the limit, a
// text too long, a required field left out — are refused through both with the same error code (HTTP 400,
// exit 2), the code the tool interface gives too.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { askOperation } from '../assistant/index.js';
import { importCatalog } from '../catalog/import/index.js';
import { Catalog } from '../catalog/index.js';
import { miniCodesetsWithGems } from '../catalog/test-support/mini-codesets.js';
import {
  type AnyOperation,
  OPERATIONS,
  type OperationContext,
  operationTool,
  operationTools,
} from '../operations/index.js';
import { SearchIndex, TermSuggestions } from '../search/index.js';
import { isAppError } from '../shared/index.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { excerptsDir, writeExcerptCodesets } from '../shared/test-support/excerpts.js';
import { API_OPERATIONS, apiRequest, pathFields } from '../web/features/api/api-operations.js';
import { startTestApp, type TestApp } from '../web/test-support/test-app.js';
import { askCommand } from './commands/ask-commands.js';
import { browseCommand, lookupCommand, rbcsCommand, releasesCommand } from './commands/catalog-commands.js';
import { checkClaimCommand } from './commands/claim-commands.js';
import { crosswalkCommand, feeCommand, localitiesCommand } from './commands/medicare-commands.js';
import { searchCommand, suggestCommand } from './commands/search-commands.js';
import { type CommandSpec, commandLine } from './operation-command.js';
import { runCliWatched } from './test-support/run-cli.js';

const COMMANDS: CommandSpec[] = [
  lookupCommand,
  searchCommand,
  suggestCommand,
  browseCommand,
  rbcsCommand,
  releasesCommand,
  feeCommand,
  localitiesCommand,
  crosswalkCommand,
  checkClaimCommand,
  askCommand,
];

/** The catalog's operations and the products' own, as the API and the CLI offer them. */
const SURFACED: readonly AnyOperation[] = [...OPERATIONS, askOperation as unknown as AnyOperation];

interface FieldSchema {
  type?: string;
  enum?: unknown[];
  format?: string;
  maximum?: number;
  maxLength?: number;
}

/**
 * Inputs each failing one kind of rule of the operation's schema (the first field of each kind: every CLI run
 * costs a process), made from its example.
 */
function invalidInputs(op: AnyOperation): { why: string; input: Record<string, unknown> }[] {
  const example = op.example as Record<string, unknown>;
  const required = new Set(op.input.required ?? []);
  const api = API_OPERATIONS.find((a) => a.operation === op);
  const inPath = new Set(pathFields(api?.url ?? '').map((p) => p.name));
  const out: { why: string; input: Record<string, unknown> }[] = [];
  for (const [name, raw] of Object.entries(op.input.properties as Record<string, TSchema>)) {
    const schema = raw as FieldSchema;
    const bad = (why: string, value: unknown) => {
      if (!out.some((o) => o.why.endsWith(why)))
        out.push({ why: `${name}: ${why}`, input: { ...example, [name]: value } });
    };
    if (schema.enum) bad('not one of the list', 'nope');
    else if (schema.format === 'date') bad('not a day', '2026-02-30');
    else if (schema.type === 'integer' && schema.maximum !== undefined) bad('over the limit', schema.maximum + 1);
    else if (schema.type === 'string' && schema.maxLength !== undefined)
      bad('too long', 'x'.repeat(schema.maxLength + 1));
    // a path parameter left out is another URL (404), not a missing field
    if (required.has(name) && !inPath.has(name)) {
      const { [name]: _left, ...rest } = example;
      if (!out.some((o) => o.why.endsWith('left out'))) out.push({ why: `${name}: left out`, input: rest });
    }
  }
  return out;
}

describe('every operation answers alike through the API, the CLI and the tools', () => {
  const codesets = miniCodesetsWithGems();
  const data = tempDir();
  let t: TestApp;
  let ctx: OperationContext;

  before(async () => {
    // the RBCS excerpt beside the mini code sets, for the rbcs operation (its example is the knee family)
    await writeExcerptCodesets(path.join(codesets.path, 'rbcs'), path.join(excerptsDir, 'rbcs'));
    await importCatalog({ from: codesets.path, dataDir: data.path, derive: (c) => void SearchIndex.writePrebuilt(c) });
    t = await startTestApp({ catalogDir: data.path });
    const catalog = Catalog.open(data.path);
    ctx = {
      catalog,
      search: SearchIndex.open(catalog),
      suggestions: TermSuggestions.open(catalog),
      now: () => new Date(),
    };
  });
  after(async () => {
    await t?.close();
    data.remove();
    codesets.remove();
  });

  const viaApi = async (op: AnyOperation, input: Record<string, unknown>) => {
    const api = API_OPERATIONS.find((a) => a.operation === op);
    assert.ok(api, `${op.name} has an API route`);
    const request = apiRequest(api, input);
    const r = await t.app.inject({
      method: request.method as 'GET' | 'POST',
      url: request.url,
      ...(request.payload !== undefined ? { payload: request.payload as object } : {}),
    });
    return { status: r.statusCode, body: r.json() as Record<string, unknown>, url: request.url };
  };

  const viaCli = async (op: AnyOperation, input: Record<string, unknown>) => {
    const spec = COMMANDS.find((c) => c.operation === op);
    assert.ok(spec, `${op.name} has a command`);
    const args = [...commandLine(spec, input), '--json'];
    const r = await runCliWatched(args, data.path, spec.document ? { input: JSON.stringify(input) } : {});
    return {
      status: r.status,
      body: JSON.parse(r.stdout || 'null') as Record<string, unknown>,
      args,
      stderr: r.stderr,
    };
  };

  const viaTool = (op: AnyOperation, input: Record<string, unknown>): string | undefined => {
    // the catalog's operations are in the tool list; a product's own (ask) is made a tool the same way
    if (OPERATIONS.includes(op))
      assert.ok(
        operationTools().some((x) => x.name === op.name),
        `${op.name} is a tool`,
      );
    const tool = operationTool(op);
    try {
      tool.run(ctx, input);
      return undefined;
    } catch (e) {
      assert.ok(isAppError(e), String(e));
      return e.code;
    }
  };

  test('every operation has an API route and a command, and no route or command is left without one', () => {
    const names = SURFACED.map((o) => o.name).sort();
    assert.deepEqual(API_OPERATIONS.map((a) => a.operation.name).sort(), names);
    assert.deepEqual(COMMANDS.map((c) => c.operation.name).sort(), names);
  });

  for (const op of SURFACED) {
    test(`${op.name}: the example answers with equal JSON on both, as the output schema says`, async () => {
      const example = op.example as Record<string, unknown>;
      const [api, cli] = await Promise.all([viaApi(op, example), viaCli(op, example)]);
      assert.equal(api.status, 200, `${api.url}: ${JSON.stringify(api.body).slice(0, 300)}`);
      assert.equal(cli.status, 0, `${cli.args.join(' ')}: ${JSON.stringify(cli.body)} ${cli.stderr}`);
      assert.deepEqual(cli.body, api.body);
      const conforms = Compile(op.output);
      assert.ok(conforms.Check(api.body), JSON.stringify([...conforms.Errors(api.body)].slice(0, 3)));
      assert.equal(viaTool(op, example), undefined);
    });

    const invalid = invalidInputs(op);
    if (invalid.length === 0) continue;
    test(`${op.name}: invalid inputs are refused on both with the same code`, async () => {
      for (const { why, input } of invalid) {
        const [api, cli] = await Promise.all([viaApi(op, input), viaCli(op, input)]);
        const code = (api.body.error as { code?: string } | undefined)?.code;
        assert.equal(api.status, 400, `${why}: ${api.url} → ${api.status} ${JSON.stringify(api.body)}`);
        assert.equal(cli.status, 2, `${why}: ${cli.args.join(' ')} → ${cli.status} ${cli.stderr}`);
        assert.deepEqual(cli.body, { error: { code, message: (cli.body.error as { message: string }).message } }, why);
        assert.equal(viaTool(op, input), code, why);
      }
    });
  }
});
