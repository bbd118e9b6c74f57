import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isAppError } from '../../shared/index.js';
import { codesetsDir, skipUnlessCodesets, tempDir } from '../../shared/test-support/codesets.js';
import { type DownloadProgress, downloadFile } from './download.js';
import { startServer, type TestServer } from './test-support/server.js';

// From MANIFEST.md: the staged ICD-10-PCS FY2026 files.
const TABLES = {
  path: '/data/icd10pcs/2026/icd10pcs_tables_2026.xml',
  sha256: '8a9020bde754a93826ae122ac6bb293271a167e34c05181f1789b5fd3038e96a',
};
const DEFS = {
  path: '/data/icd10pcs/2026/icd10pcs_definitions_2026.xml',
  sha256: '920d19c11639063bca0632e2dd230998b3137429702d0d6df143a285bb1167da',
};

const skipWithoutData = skipUnlessCodesets('MANIFEST.md');

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
/** Deterministic bytes, different for each seed. */
const bytes = (n: number, seed = 1) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed * 7) % 251));

function rejectsWith(code: string, check?: (params: Record<string, unknown>) => void) {
  return (e: unknown) => {
    assert.ok(isAppError(e), `expected an AppError, got ${String(e)}`);
    assert.equal(e.code, code);
    check?.(e.params as Record<string, unknown>);
    return true;
  };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

let server: TestServer;
const tmp = tempDir('codedesk-fetch-');
let n = 0;
const dest = (name = 'file.bin') => join(tmp.path, `case-${++n}`, name);

before(async () => {
  server = await startServer(codesetsDir);
});
after(async () => {
  await server.close();
  tmp.remove();
});

describe('downloadFile', () => {
  test('a download with the right sha256 lands under its final name', { skip: skipWithoutData }, async () => {
    const to = dest('icd10pcs_definitions_2026.xml');
    const progress: DownloadProgress[] = [];
    const r = await downloadFile({
      url: `${server.url}${DEFS.path}`,
      dest: to,
      expectedSha256: DEFS.sha256,
      onProgress: (p) => progress.push(p),
    });
    assert.equal(r.sha256, DEFS.sha256);
    assert.equal(r.resumedFrom, 0);
    assert.equal(sha(await readFile(to)), DEFS.sha256);
    assert.equal(await exists(`${to}.part`), false);
    assert.equal(await exists(`${to}.part.json`), false);
    const last = progress.at(-1);
    assert.equal(last?.received, r.size);
    assert.equal(last?.total, r.size);
    assert.ok(progress.every((p, i) => i === 0 || p.received >= (progress[i - 1]?.received ?? 0)));
  });

  test('a wrong sha256 is rejected and nothing stays', { skip: skipWithoutData }, async () => {
    const to = dest('defs.xml');
    await assert.rejects(
      downloadFile({ url: `${server.url}${DEFS.path}`, dest: to, expectedSha256: 'f'.repeat(64) }),
      rejectsWith('FETCH_CHECKSUM_MISMATCH', (p) => assert.equal(p.actual, DEFS.sha256)),
    );
    assert.deepEqual(await readdir(join(to, '..')), []);
  });

  test('an interrupted download resumes with Range and completes with the right checksum', {
    skip: skipWithoutData,
  }, async () => {
    server.behave(TABLES.path, { cutFirstAfter: 1_000_000 });
    const to = dest('icd10pcs_tables_2026.xml');
    const r = await downloadFile({
      url: `${server.url}${TABLES.path}`,
      dest: to,
      expectedSha256: TABLES.sha256,
      retryDelayMs: 5,
    });
    assert.equal(r.attempts, 2);
    assert.ok(r.resumedFrom > 0, 'the second attempt reused the bytes already on disk');
    assert.equal(sha(await readFile(to)), TABLES.sha256);
    const asked = server.requests.filter((q) => q.path === TABLES.path);
    assert.equal(asked.length, 2);
    assert.equal(asked[0]?.range, undefined);
    assert.equal(asked[1]?.range, `bytes=${r.resumedFrom}-`);
  });

  test('with no retries an interruption fails, keeps the .part, and the next call resumes', async () => {
    const body = bytes(300_000, 2);
    server.route('/cut-no-retry.bin', body, { cutFirstAfter: 120_000 });
    const to = dest();
    await assert.rejects(
      downloadFile({ url: `${server.url}/cut-no-retry.bin`, dest: to, retries: 0 }),
      rejectsWith('FETCH_FAILED', (p) => assert.equal(p.url, `${server.url}/cut-no-retry.bin`)),
    );
    const kept = (await stat(`${to}.part`)).size;
    assert.ok(kept > 0 && kept < body.length);
    const r = await downloadFile({
      url: `${server.url}/cut-no-retry.bin`,
      dest: to,
      expectedSha256: sha(body),
      retries: 0,
    });
    assert.equal(r.resumedFrom, kept);
    assert.deepEqual(await readFile(to), body);
    const last = server.requests.filter((q) => q.path === '/cut-no-retry.bin').at(-1);
    assert.equal(last?.range, `bytes=${kept}-`);
    assert.ok(last?.ifRange, 'the resume carried the ETag so a changed file is not spliced');
  });

  test('a server that ignores Range restarts the file cleanly', async () => {
    const body = bytes(50_000, 3);
    server.route('/no-range.bin', body, { ignoreRange: true });
    const to = dest();
    await mkdir(join(to, '..'), { recursive: true });
    await writeFile(`${to}.part`, bytes(5_000, 99));
    const r = await downloadFile({ url: `${server.url}/no-range.bin`, dest: to, expectedSha256: sha(body) });
    assert.equal(r.resumedFrom, 0);
    assert.deepEqual(await readFile(to), body);
    assert.equal(server.requests.filter((q) => q.path === '/no-range.bin')[0]?.range, 'bytes=5000-');
  });

  test('a file that changed upstream is fetched from the start (If-Range)', async () => {
    const v1 = bytes(200_000, 4);
    const v2 = bytes(210_000, 5);
    server.route('/changing.bin', v1, { cutFirstAfter: 80_000 });
    const to = dest();
    await assert.rejects(downloadFile({ url: `${server.url}/changing.bin`, dest: to, retries: 0 }));
    server.route('/changing.bin', v2, {});
    const r = await downloadFile({ url: `${server.url}/changing.bin`, dest: to, expectedSha256: sha(v2) });
    assert.equal(r.resumedFrom, 0);
    assert.deepEqual(await readFile(to), v2);
  });

  test('a complete .part answered with 416 is finished without a new body', async () => {
    const body = bytes(10_000, 6);
    server.route('/complete.bin', body);
    const to = dest();
    await mkdir(join(to, '..'), { recursive: true });
    await writeFile(`${to}.part`, body);
    const r = await downloadFile({ url: `${server.url}/complete.bin`, dest: to, expectedSha256: sha(body) });
    assert.equal(r.resumedFrom, body.length);
    assert.deepEqual(await readFile(to), body);
  });

  test('redirects are followed; a redirect loop is cut off', async () => {
    const body = bytes(1_000, 7);
    server.route('/target.bin', body);
    server.behave('/hop1', { redirectTo: '/hop2' });
    server.behave('/hop2', { redirectTo: `${server.url}/target.bin` });
    const r = await downloadFile({ url: `${server.url}/hop1`, dest: dest(), expectedSha256: sha(body) });
    assert.equal(r.finalUrl, `${server.url}/target.bin`);
    server.behave('/loop', { redirectTo: '/loop' });
    await assert.rejects(
      downloadFile({ url: `${server.url}/loop`, dest: dest(), maxRedirects: 3 }),
      rejectsWith('FETCH_FAILED', (p) => assert.match(String(p.why), /redirects/)),
    );
  });

  test('a 404 is FETCH_FAILED naming the URL and the status, without retries', async () => {
    const before = server.requests.length;
    await assert.rejects(
      downloadFile({ url: `${server.url}/missing.zip`, dest: dest(), retryDelayMs: 5 }),
      rejectsWith('FETCH_FAILED', (p) => {
        assert.equal(p.url, `${server.url}/missing.zip`);
        assert.match(String(p.why), /HTTP 404/);
      }),
    );
    assert.equal(server.requests.length - before, 1);
  });

  test('a silent server times out as FETCH_FAILED', async () => {
    server.behave('/silent', { hang: true });
    await assert.rejects(
      downloadFile({ url: `${server.url}/silent`, dest: dest(), timeoutMs: 200, retries: 0 }),
      rejectsWith('FETCH_FAILED', (p) => assert.match(String(p.why), /no data for 200 ms/)),
    );
  });
});
