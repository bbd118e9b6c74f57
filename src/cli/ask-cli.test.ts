// codedesk ask on the excerpts of the official files: the JSON shape the contract names, batches in order, bad
// input exiting 2 with the error shape.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { excerptCatalogDir } from '../catalog/test-support/excerpt-codesets.js';
import { projectRoot } from '../config.js';
import { tempDir } from '../shared/test-support/codesets.js';

const main = join(projectRoot, 'src/cli/main.ts');

function codedesk(args: string[], dataDir: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CODEDESK_DATA_DIR: dataDir },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('codedesk ask', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await excerptCatalogDir();
  });

  test('--json: answer, intent, codes with status, citations with source/release/locator, confidence', () => {
    const r = codedesk(['ask', 'is E11.9 billable?', '--date', '2026-05-01', '--json'], dataDir);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out).sort(), ['answer', 'citations', 'codes', 'confidence', 'intent']);
    assert.equal(out.intent, 'billable');
    assert.deepEqual(out.codes, [{ system: 'icd10cm', code: 'E11.9', status: 'billable' }]);
    assert.ok(out.citations.length > 0);
    for (const c of out.citations) assert.deepEqual(Object.keys(c).sort(), ['locator', 'release', 'source']);
  });

  test('--batch: one JSON line per question, in order, an empty line answered too', () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'q.txt');
      writeFileSync(file, 'MUE for 10004?\nwhat is the capital of france\n\nis E11.9 billable?\n');
      const r = codedesk(['ask', '--batch', file, '--json'], dataDir);
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.deepEqual(
        lines.map((l) => l.intent),
        ['mue', 'out-of-scope', 'out-of-scope', 'billable'],
      );
    } finally {
      dir.remove();
    }
  });

  test('a bad date or no question: exit 2 with {"error":{"code","message"}}', () => {
    const bad = codedesk(['ask', 'is E11.9 billable?', '--date', '2026-13-01', '--json'], dataDir);
    assert.equal(bad.status, 2);
    assert.equal(JSON.parse(bad.stdout).error.code, 'BAD_DATE');
    const none = codedesk(['ask', '--json'], dataDir);
    assert.equal(none.status, 2);
    assert.equal(JSON.parse(none.stdout).error.code, 'BAD_INPUT');
  });
});
