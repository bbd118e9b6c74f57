// Every file or stdin a command reads is bounded (docs/cli.md, "Input limits"): one claim document 256 KB, one batch
// line 256 KB, one batch 1 GB. Beyond: INPUT_TOO_LARGE, exit 2, {"error":{"code","message"}} under --json. Batches
// are streamed line by line: a line over the limit is answered in place with its error and the rest go on. Each
// command runs as a real process, on endless input (/dev/zero) and oversized stdin, with its memory watched: it is
// killed (and the test fails) if it grows past 1 GB, and its peak must stay well under that.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/index.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { type BatchLine, readBatchLines } from './bounded-input.js';
import { runCliWatched, type WatchedRun } from './test-support/run-cli.js';

/** Far below the 6.5 GB an unbounded read reached, far above what the command itself needs. */
const FLAT_MB = 400;

const CLAIM = {
  dateOfService: '2026-07-15',
  patient: { age: 58, sex: 'M' },
  setting: 'practitioner',
  diagnoses: ['E11.9'],
  lines: [{ code: '99213', units: 1, diagnosisPointers: [1] }],
};

interface ErrorLine {
  error: { code: string; message: string };
  line?: number;
}

function assertBounded(r: WatchedRun): void {
  assert.equal(r.killedForMemory, false, 'killed: its memory grew past 1 GB');
  if (r.peakRssMb !== undefined) assert.ok(r.peakRssMb < FLAT_MB, `peak RSS ${r.peakRssMb.toFixed(0)} MB`);
}

function jsonLines(stdout: string): unknown[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);
}

function assertTooLarge(e: ErrorLine | undefined, message: RegExp): void {
  assert.equal(e?.error.code, 'INPUT_TOO_LARGE', JSON.stringify(e));
  assert.match(e?.error.message ?? '', message);
}

describe('CLI inputs are bounded', { timeout: 180_000 }, () => {
  const data = tempDir();
  const files = tempDir('codedesk-inputs-');
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: data.path });
  });
  after(() => {
    data.remove();
    files.remove();
  });

  test('regression: check-claim /dev/zero grew to gigabytes; now INPUT_TOO_LARGE with exit 2', async () => {
    const r = await runCliWatched(['check-claim', '/dev/zero', '--json'], data.path);
    assertBounded(r);
    assert.equal(r.status, 2, r.stderr);
    assertTooLarge(JSON.parse(r.stdout) as ErrorLine, /^The claim file \/dev\/zero is larger than 256 KB/);
  });

  test('regression: check-claim --batch /dev/zero grew to gigabytes; now line 1 is refused in place, then the batch, exit 2', async () => {
    const r = await runCliWatched(['check-claim', '--batch', '/dev/zero'], data.path);
    assertBounded(r);
    assert.equal(r.status, 2, r.stderr);
    const [first, last, ...more] = jsonLines(r.stdout) as ErrorLine[];
    assert.deepEqual(more, []);
    assert.equal(first?.line, 1);
    assertTooLarge(first, /^Line 1 of the batch file \/dev\/zero is longer than 256 KB/);
    assert.equal(last?.line, undefined);
    assertTooLarge(last, /^The batch file \/dev\/zero is larger than 1 GB/);
  });

  test('regression: search --batch /dev/zero grew to gigabytes; now the same, exit 2', async () => {
    const r = await runCliWatched(['search', '--batch', '/dev/zero', '--json'], data.path);
    assertBounded(r);
    assert.equal(r.status, 2, r.stderr);
    const [first, last] = jsonLines(r.stdout) as ErrorLine[];
    assert.equal(first?.line, 1);
    assertTooLarge(first, /^Line 1 of the batch file \/dev\/zero is longer than 256 KB/);
    assertTooLarge(last, /^The batch file \/dev\/zero is larger than 1 GB/);
  });

  test('a claim on stdin over 256 KB: INPUT_TOO_LARGE, exit 2; the message on stderr without --json', async () => {
    const big = JSON.stringify({ ...CLAIM, padding: 'x'.repeat(300 * 1024) });
    const json = await runCliWatched(['check-claim', '-', '--json'], data.path, { input: big });
    assertBounded(json);
    assert.equal(json.status, 2, json.stderr);
    assertTooLarge(JSON.parse(json.stdout) as ErrorLine, /^The claim on stdin is larger than 256 KB/);
    const text = await runCliWatched(['check-claim', '-'], data.path, { input: big });
    assert.equal(text.status, 2);
    assert.match(text.stderr, /^codedesk: The claim on stdin is larger than 256 KB/);
    // a file of that size is refused the same way, before it is read
    const file = join(files.path, 'big-claim.json');
    writeFileSync(file, big);
    const fromFile = await runCliWatched(['check-claim', file, '--json'], data.path);
    assert.equal(fromFile.status, 2);
    assertTooLarge(JSON.parse(fromFile.stdout) as ErrorLine, /^The claim file .*big-claim\.json is larger than 256 KB/);
  });

  test('check-claim --batch on stdin streams: a line over 256 KB is answered in place with its error, every other line is checked', async () => {
    const claim = `${JSON.stringify(CLAIM)}\n`;
    const input: Buffer[] = [];
    for (let i = 1; i <= 3000; i++) {
      // line 1500: 8 MB with no newline inside
      input.push(Buffer.from(i === 1500 ? `${'{"x":"'.padEnd(8 * 1024 * 1024, 'y')}"}\n` : claim));
    }
    const r = await runCliWatched(['check-claim', '--batch', '-', '--quiet'], data.path, { input });
    assertBounded(r);
    assert.equal(r.status, 0, r.stderr);
    const out = jsonLines(r.stdout) as (ErrorLine & { claim?: unknown })[];
    assert.equal(out.length, 3000);
    out.forEach((o, k) => {
      if (k === 1499) {
        assert.equal(o.line, 1500);
        assertTooLarge(o, /^Line 1500 of the batch on stdin is longer than 256 KB/);
      } else assert.ok('claim' in o, `line ${k + 1}: ${JSON.stringify(o).slice(0, 200)}`);
    });
  });

  test('search --batch streams a file the same way: the long line gets its error, the others their results, in order', async () => {
    const file = join(files.path, 'queries.txt');
    const queries = Array.from({ length: 2000 }, (_, i) => (i === 700 ? 'z'.repeat(300 * 1024) : `e11.${i % 10}`));
    writeFileSync(file, `${queries.join('\n')}\n`);
    const r = await runCliWatched(['search', '--batch', file, '--json', '--limit', '1'], data.path);
    assertBounded(r);
    assert.equal(r.status, 0, r.stderr);
    const out = jsonLines(r.stdout) as (ErrorLine & { query?: string })[];
    assert.equal(out.length, 2000);
    assert.equal(out[700]?.line, 701);
    assertTooLarge(out[700], /^Line 701 of the batch file .*queries\.txt is longer than 256 KB/);
    assert.deepEqual(
      out.filter((_, i) => i !== 700).map((o) => o.query),
      queries.filter((_, i) => i !== 700),
    );
  });
});

describe('readBatchLines', () => {
  const lines = async (chunks: string[], lineLimit?: number, totalLimit?: number): Promise<(string | number)[]> => {
    const source = {
      label: 'the batch on stdin',
      stream: Readable.from(chunks.map((c) => Buffer.from(c))),
      size: undefined,
    };
    const out: (string | number)[] = [];
    for await (const l of readBatchLines(source, lineLimit, totalLimit) as AsyncGenerator<BatchLine>)
      out.push(l.error ? -l.line : l.text);
    return out;
  };

  test('splits as a text file reads: CRLF, blank lines, no line after the last newline, a BOM dropped', async () => {
    assert.deepEqual(await lines(['\uFEFFa\r\n\nb', 'c\n']), ['a', '', 'bc']);
    assert.deepEqual(await lines(['a\nb']), ['a', 'b']);
    assert.deepEqual(await lines(['']), []);
    assert.deepEqual(await lines(['\n']), ['']);
  });

  test('a character split between chunks is decoded whole', async () => {
    const bytes = Buffer.from('Ménière\n');
    const source = { label: 'x', stream: Readable.from([bytes.subarray(0, 2), bytes.subarray(2)]), size: undefined };
    const got: string[] = [];
    for await (const l of readBatchLines(source)) if (!l.error) got.push(l.text);
    assert.deepEqual(got, ['Ménière']);
  });

  test('a line over the limit is an error in its place, numbered (negative here), and the next line is read', async () => {
    assert.deepEqual(await lines(['ok\n12345', '6789\nnext\n'], 5), ['ok', -2, 'next']);
    assert.deepEqual(await lines(['12345\n'], 5), ['12345']);
  });

  test('a batch over its limit throws INPUT_TOO_LARGE after the lines before it', async () => {
    const got: (string | number)[] = [];
    const source = {
      label: 'the batch on stdin',
      stream: Readable.from([Buffer.from('a\nb\n'), Buffer.from('c\n')]),
      size: undefined,
    };
    await assert.rejects(
      (async () => {
        for await (const l of readBatchLines(source, 10, 4)) got.push(l.error ? -l.line : l.text);
      })(),
      /The batch on stdin is larger than 4 bytes/,
    );
    assert.deepEqual(got, ['a', 'b']);
  });
});
