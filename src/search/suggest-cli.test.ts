// The `codedesk suggest` command on the hand-made indexes of the type-ahead tests: the JSON contract, the readable
// output, the options, and bad input refused as `codedesk search` refuses it (the same codes, exit 2).
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/index.js';
import { type CliRun, runCli } from '../cli/test-support/run-cli.js';
import { projectRoot } from '../config.js';
import { tempDir } from '../shared/test-support/codesets.js';

describe('codedesk suggest', () => {
  const data = tempDir();
  const run = (args: string[]): CliRun => runCli(['suggest', ...args], data.path);
  before(async () => {
    await importCatalog({ from: resolve(projectRoot, 'src/search/fixtures/suggest'), dataDir: data.path });
  });
  after(() => data.remove());

  test('--json prints the query and the phrases with the contract fields', () => {
    const r = run(['heart a', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { query: string; suggestions: Record<string, unknown>[] };
    assert.equal(out.query, 'heart a');
    // the lay-term dictionary has "heart attack" too: one phrase, the lay one, with the index's code
    const attack = out.suggestions.find((s) => s.text === 'heart attack');
    assert.deepEqual(attack, {
      text: 'heart attack',
      system: 'icd10cm',
      code: 'I21.9',
      title: 'Acute myocardial infarction, unspecified',
      billable: true,
      source: 'lay',
    });
  });

  test('--system and --limit', () => {
    const pcs = JSON.parse(run(['knee rep', '--system', 'ICD10PCS', '--limit', '1', '--json']).stdout) as {
      suggestions: { text: string; system: string; prefix?: string }[];
    };
    // (the index names no code for it here; the lay-term dictionary's entry for the phrase gives the table row 0SRC)
    assert.deepEqual(pcs.suggestions, [
      {
        text: 'knee replacement',
        system: 'icd10pcs',
        code: null,
        prefix: '0SRC',
        title: null,
        billable: false,
        source: 'pcs-index',
      },
    ]);
    const cm = JSON.parse(run(['knee rep', '--system', 'icd10cm', '--json']).stdout) as { suggestions: unknown[] };
    assert.deepEqual(cm.suggestions, []);
  });

  test('readable output without --json', () => {
    const r = run(['pneum']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Pneumonia\s+J18\.9\s+icd10cm\s+Pneumonia, unspecified organism$/m);
    assert.match(run(['chole']).stdout, /^Cholecystectomy\s+0FB4…\s+icd10pcs$/m);
    assert.match(run(['zzz']).stdout, /No terms complete "zzz"/);
  });

  test('bad input is refused as search refuses it', () => {
    for (const [args, code] of [
      [['x', '--system', 'icd9', '--json'], 'BAD_INPUT'],
      [['x', '--limit', '21', '--json'], 'BAD_INPUT'],
      [['x', '--limit', 'ten', '--json'], 'BAD_INPUT'],
      [['x', '--date', '2026-01-01', '--json'], 'BAD_INPUT'],
      [['heart\u0007', '--json'], 'TEXT_INVALID'],
      [['heart\u202e', '--json'], 'TEXT_INVALID'],
    ] as [string[], string][]) {
      const r = run(args);
      assert.equal(r.status, 2, args.join(' '));
      const error = (JSON.parse(r.stdout) as { error: { code: string; message: string } }).error;
      assert.equal(error.code, code, args.join(' '));
      // the same answer from search, the date option aside (search has one)
      if (!args.includes('--date') && !args.includes('--limit')) {
        const search = runCli(['search', ...args], data.path);
        assert.equal(search.status, 2);
        assert.deepEqual(JSON.parse(search.stdout), { error }, args.join(' '));
      }
    }
    // over 1,000 characters: cut, with the warning search gives
    const long = JSON.parse(run([`heart ${'a'.repeat(1200)}`, '--json']).stdout) as { warnings: string[] };
    const searched = JSON.parse(runCli(['search', `heart ${'a'.repeat(1200)}`, '--json'], data.path).stdout) as {
      warnings: string[];
    };
    assert.deepEqual(long.warnings, searched.warnings);
  });
});
