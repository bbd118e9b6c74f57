// codedesk check-claim (docs/cli.md, docs/claims.md): a claim from a file or stdin → {claim, findings, summary}
// with exit 0; an invalid claim document (bad JSON too) → exit 2 with the error naming the field; --batch streams one
// JSON line per input line, in order, an invalid line giving its error with "line". On the mini catalog (always),
// and the readable report on the full catalog (skipped without the official files).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/index.js';
import { excerptCatalogDir } from '../catalog/test-support/excerpt-codesets.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { realCatalogDir } from '../catalog/test-support/real-catalog.js';
import { projectRoot } from '../config.js';
import { skipUnlessCodesets, tempDir } from '../shared/test-support/codesets.js';

const main = resolve(projectRoot, 'src/cli/main.ts');

function codedesk(args: string[], dataDir: string, input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CODEDESK_DATA_DIR: dataDir },
    ...(input !== undefined ? { input } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking: several commands run at once. */
function codedeskAsync(args: string[], dataDir: string, input: string) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done, failed) => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
      env: { ...process.env, CODEDESK_DATA_DIR: dataDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', failed);
    child.on('close', (status) => done({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

const CLAIM = {
  dateOfService: '2026-07-15',
  patient: { age: 58, sex: 'M' },
  placeOfService: '11',
  setting: 'practitioner',
  diagnoses: ['e119'],
  lines: [{ code: '99213', units: 1, diagnosisPointers: [1] }],
};

interface Result {
  claim: { diagnoses: string[]; lines: { line: number; code: string; units: number }[] };
  findings: { rule: string; severity: string; lines: number[]; codes: string[]; message: string; citation: object }[];
  summary: { errors: number; warnings: number; reviews: number };
}

function assertContract(out: Result): void {
  for (const field of ['claim', 'findings', 'summary']) assert.ok(field in out, field);
  assert.deepEqual(Object.keys(out.summary).sort(), ['errors', 'reviews', 'warnings']);
  for (const f of out.findings) {
    assert.deepEqual(Object.keys(f).sort(), ['citation', 'codes', 'lines', 'message', 'rule', 'severity']);
    assert.deepEqual(Object.keys(f.citation).sort(), ['file', 'record', 'release', 'source']);
    assert.ok(['error', 'warning', 'review', 'info'].includes(f.severity), f.severity);
  }
}

describe('codedesk check-claim', () => {
  const data = tempDir();
  const files = tempDir('codedesk-claims-');
  const claimFile = join(files.path, 'claim.json');
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: data.path });
    writeFileSync(claimFile, JSON.stringify(CLAIM, null, 2));
  });
  after(() => {
    data.remove();
    files.remove();
  });

  test('a claim file → exit 0 and {claim (normalized), findings, summary}', () => {
    const r = codedesk(['check-claim', claimFile, '--json'], data.path);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Result;
    assertContract(out);
    // normalized: the diagnosis dotted as printed, units and pointers kept
    assert.deepEqual(out.claim.diagnoses, ['E11.9']);
    assert.equal(out.claim.lines[0]?.code, '99213');
    assert.equal(out.summary.errors, 0, JSON.stringify(out.findings));
  });

  test('the same claim on stdin ("-") gives the same answer', () => {
    const file = codedesk(['check-claim', claimFile, '--json'], data.path);
    const stdin = codedesk(['check-claim', '-', '--json'], data.path, JSON.stringify(CLAIM));
    assert.equal(stdin.status, 0, stdin.stderr);
    assert.deepEqual(JSON.parse(stdin.stdout), JSON.parse(file.stdout));
  });

  test('findings are reported with exit 0: the command ran', () => {
    const claim = { ...CLAIM, diagnoses: ['E11.6'], lines: [{ code: '99213', units: 0, diagnosisPointers: [1] }] };
    const r = codedesk(['check-claim', '-', '--json'], data.path, JSON.stringify(claim));
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Result;
    assertContract(out);
    const rules = out.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    assert.deepEqual(rules.sort(), ['code.not-billable', 'units.invalid']);
    assert.equal(out.summary.errors, 2);
  });

  test('an invalid claim document → exit 2 with {"error"} naming the field', async () => {
    const cases: [unknown, string, RegExp][] = [
      [{ ...CLAIM, lines: [{ code: '99213', units: 'two' }] }, 'CLAIM_INVALID', /^lines\[0\]\.units: /],
      [
        { ...CLAIM, lines: [{ code: '99213', modifier: '25' }] },
        'CLAIM_INVALID',
        /^lines\[0\]\.modifier: unknown field/,
      ],
      [{ ...CLAIM, patient: { age: 200 } }, 'CLAIM_INVALID', /^patient\.age: /],
      [{ ...CLAIM, lines: [] }, 'CLAIM_INVALID', /^lines: must have at least one/],
    ];
    // one process per document, run side by side
    const runs = await Promise.all([
      ...cases.map(([claim]) => codedeskAsync(['check-claim', '-', '--json'], data.path, JSON.stringify(claim))),
      // not JSON at all, or nothing: the claim itself is the field
      ...['{"dateOfService": ', ''].map((text) => codedeskAsync(['check-claim', '-', '--json'], data.path, text)),
    ]);
    const expected: [string, RegExp][] = [
      ...cases.map(([, code, message]): [string, RegExp] => [code, message]),
      ['CLAIM_INVALID', /^claim: is not valid JSON/],
      ['CLAIM_INVALID', /^claim: is empty/],
    ];
    runs.forEach((r, k) => {
      const [code, message] = expected[k] as [string, RegExp];
      assert.equal(r.status, 2, r.stdout);
      const out = JSON.parse(r.stdout) as { error: { code: string; message: string } };
      assert.equal(out.error.code, code);
      assert.match(out.error.message, message);
    });
    // a missing file and a missing argument are bad input
    const missing = codedesk(['check-claim', join(files.path, 'nope.json'), '--json'], data.path);
    assert.equal(missing.status, 2);
    assert.equal(JSON.parse(missing.stdout).error.code, 'BAD_INPUT');
    const none = codedesk(['check-claim', '--json'], data.path);
    assert.equal(none.status, 2);
    assert.equal(JSON.parse(none.stdout).error.code, 'BAD_INPUT');
  });

  test('without --json: a readable report, findings under the claim or the line they concern', () => {
    const claim = {
      ...CLAIM,
      diagnoses: ['E11.6'],
      lines: [
        { code: '99213', units: 1, diagnosisPointers: [1] },
        { code: '93000', units: 0, diagnosisPointers: [1] },
      ],
    };
    const r = codedesk(['check-claim', '-'], data.path, JSON.stringify(claim));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Claim of 2026-07-15, practitioner, place of service 11, patient age 58, sex M\n/);
    assert.match(r.stdout, /\n2 errors, 0 warnings, 0 reviews, \d+ info\n/);
    // the diagnosis finding above the lines, the units finding under line 2, each with its citation
    const dx = r.stdout.indexOf('ERROR    code.not-billable');
    const line1 = r.stdout.indexOf('Line 1: 99213');
    const line2 = r.stdout.indexOf('Line 2: 93000');
    const units = r.stdout.indexOf('ERROR    units.invalid');
    assert.ok(dx > 0 && dx < line1 && line1 < line2 && line2 < units, r.stdout);
    assert.match(r.stdout.slice(units), /\n {11}source: Claim: units of service .* \| record lines\[1\]\.units = 0/);
    // invalid input still says why, on stderr, with exit 2
    const bad = codedesk(['check-claim', '-'], data.path, '[1]');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /claim: must be a JSON object/);
  });

  test('--batch: one JSON line per claim, in order; an invalid line gives its error with "line" and the rest go on', () => {
    const batch = join(files.path, 'claims.jsonl');
    const second = { ...CLAIM, lines: [{ code: '99213', units: 1, diagnosisPointers: ['one'] }] };
    const third = { ...CLAIM, diagnoses: ['E11.65'] };
    writeFileSync(batch, `${JSON.stringify(CLAIM)}\n${JSON.stringify(second)}\n${JSON.stringify(third)}\n`);
    const r = codedesk(['check-claim', '--batch', batch, '--json'], data.path);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '', 'no progress output when stderr is not a terminal');
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 3);
    const [a, b, c] = lines.map((l) => JSON.parse(l));
    assertContract(a);
    assert.deepEqual(a.claim.diagnoses, ['E11.9']);
    assert.equal(b.error.code, 'CLAIM_INVALID');
    assert.match(b.error.message, /^lines\[0\]\.diagnosisPointers\[0\]: /);
    assert.equal(b.line, 2);
    assertContract(c);
    assert.deepEqual(c.claim.diagnoses, ['E11.65']);

    // from stdin, with bad JSON and a blank line in the middle: still one answer per line
    const stdin = codedesk(
      ['check-claim', '--batch', '-'],
      data.path,
      `${JSON.stringify(CLAIM)}\n{oops\n\n${JSON.stringify(third)}\r\n`,
    );
    assert.equal(stdin.status, 0, stdin.stderr);
    const out = stdin.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(out.length, 4);
    assert.ok('claim' in out[0] && 'claim' in out[3]);
    assert.deepEqual(
      [out[1].line, out[1].error.code, out[2].line, out[2].error.code],
      [2, 'CLAIM_INVALID', 3, 'CLAIM_INVALID'],
    );
    assert.match(out[1].error.message, /^claim: is not valid JSON/);
  });
});

const FULL_CATALOGS = [
  { name: 'the full catalog', skip: skipUnlessCodesets(), dataDir: () => realCatalogDir() },
  // same tables, file names and releases, always there
  { name: 'the excerpts of the official files', skip: false, dataDir: excerptCatalogDir },
] as const;

for (const catalog of FULL_CATALOGS) {
  describe(`codedesk check-claim on ${catalog.name}`, { skip: catalog.skip }, () => {
    let dir: string;
    before(async () => {
      dir = await catalog.dataDir();
    });

    test('units over an MUE (MAI 3): the report names the line, the MUE and the table row', () => {
      const claim = { ...CLAIM, dateOfService: '2026-05-01', diagnoses: ['J45.41'] };
      claim.lines = [{ code: '96372', units: 9, diagnosisPointers: [1] }];
      const json = codedesk(['check-claim', '-', '--json'], dir, JSON.stringify(claim));
      assert.equal(json.status, 0, json.stderr);
      const out = JSON.parse(json.stdout) as Result;
      const mue = out.findings.filter((f) => f.rule === 'mue');
      assert.equal(mue.length, 1);
      assert.deepEqual([mue[0]?.severity, mue[0]?.lines], ['error', [1]]);
      const text = codedesk(['check-claim', '-'], dir, JSON.stringify(claim));
      assert.match(
        text.stdout,
        /Line 1: 96372, units 9, pointers 1\n {2}ERROR {4}mue: 96372: 9 units on 2026-05-01 \(line 1\) exceed its MUE of \d+ per day \(MAI 3/,
      );
      assert.match(
        text.stdout,
        /source: Medicare NCCI MUE \(practitioner services\) \| release ncci:2026-04 \| file ncci\//,
      );
    });
  });
}
