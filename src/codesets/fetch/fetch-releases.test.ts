import assert from 'node:assert/strict';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isAppError } from '../../shared/index.js';
import { codesetPath, codesetsDir, skipUnlessCodesets, tempDir } from '../../shared/test-support/codesets.js';
import { buildZip, type ZipEntry } from '../../shared/test-support/zip-writer.js';
import { type FetchProgressEvent, fetchReleases, mirrorUrl, type ReleaseReport } from './fetch-releases.js';
import { OFFICIAL_RELEASES, type ReleaseDownload } from './release-list.js';
import { startServer, type TestServer } from './test-support/server.js';

const skipWithoutData = skipUnlessCodesets('MANIFEST.md');

function official(id: string): ReleaseDownload {
  const r = OFFICIAL_RELEASES.find((x) => x.id === id);
  assert.ok(r, id);
  return r;
}

function pathOf(url: string): string {
  return new URL(url).pathname;
}

/** A made-up release served by the test server only. */
function synthetic(id: string, members: ReleaseDownload['members'] = []): ReleaseDownload {
  return {
    id,
    source: 'test',
    release: id,
    title: id,
    publisher: 'CMS',
    url: `https://www.cms.gov/files/zip/${id}.zip`,
    urlConfidence: 'pattern',
    landingPage: 'https://www.cms.gov/',
    target: `test/${id}`,
    archive: { name: `${id}.zip`, sha256: null, size: null },
    members,
    extract: 'all',
    licence: 'public-domain',
  };
}

async function staged(rel: string): Promise<Buffer> {
  return readFile(codesetPath(rel));
}

const crlf = (b: Buffer) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function walk(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await walk(join(dir, e.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

const byId = (reports: ReleaseReport[], id: string) => {
  const r = reports.find((x) => x.id === id);
  assert.ok(r, id);
  return r;
};

let server: TestServer;
const tmp = tempDir('codedesk-fetch-');

const PCS = 'icd10pcs-2026-tables-index';
const HCPCS = 'hcpcs-2026-01';
const AOC = 'ncci-aoc-2026q2';
const RVU25A = 'pfs-rvu25a-anes-locco';
const MISSING = synthetic('not-published-yet', [{ name: 'x.txt', sha256: null }]);

before(async () => {
  server = await startServer(codesetsDir);
  if (skipWithoutData) return;
  // The PCS tables zip as CMS ships it: a folder inside, CRLF XML (the manifest's copy is LF), an extra schema.
  server.route(
    pathOf(official(PCS).url),
    buildZip([
      { name: '2026 Code Tables and Index/' },
      {
        name: '2026 Code Tables and Index/icd10pcs_tables_2026.xml',
        data: crlf(await staged('icd10pcs/2026/icd10pcs_tables_2026.xml')),
        method: 'deflate',
      },
      {
        name: '2026 Code Tables and Index/icd10pcs_definitions_2026.xml',
        data: await staged('icd10pcs/2026/icd10pcs_definitions_2026.xml'),
        method: 'deflate',
      },
      { name: '2026 Code Tables and Index/icd10pcs_index_2026.xml', data: '<ICD10PCS.index/>' },
      { name: '2026 Code Tables and Index/icd10pcs_tables_2026.xsd', data: '<xs:schema/>' },
    ]),
  );
  const hcpcsDir = codesetPath('hcpcs/2026-01');
  const hcpcsEntries: ZipEntry[] = [];
  for (const name of await readdir(hcpcsDir)) {
    hcpcsEntries.push({ name, data: await readFile(join(hcpcsDir, name)) });
  }
  server.route(pathOf(official(HCPCS).url), buildZip(hcpcsEntries));
  // The AOC zip is cut off once mid-download: fetchReleases must resume it.
  server.route(
    pathOf(official(AOC).url),
    buildZip([{ name: 'AOC_V2026Q2-MCR.xlsx', data: await staged('ncci/2026Q2/AOC_V2026Q2-MCR.xlsx') }]),
    { cutFirstAfter: 100_000 },
  );
  server.route(
    pathOf(official(RVU25A).url),
    buildZip([
      { name: 'ANES2025.csv', data: await staged('pfs/2025-rvu25a/ANES2025.csv') },
      { name: '25LOCCO.csv', data: await staged('pfs/2025-rvu25a/25LOCCO.csv') },
      { name: 'PPRRVU25_JAN.csv', data: 'superseded by RVU26C: not wanted' },
    ]),
  );
});
after(async () => {
  await server.close();
  tmp.remove();
});

describe('fetchReleases', { skip: skipWithoutData }, () => {
  const to = () => join(tmp.path, 'data');
  const releases = () => [official(PCS), MISSING, official(HCPCS), official(AOC), official(RVU25A)];
  let first: ReleaseReport[] = [];

  test('downloads, verifies and lays out each release; a 404 fails alone', async () => {
    const events: FetchProgressEvent[] = [];
    const report = await fetchReleases({
      to: to(),
      releases: releases(),
      baseUrlOverride: server.url,
      onProgress: (e) => events.push(e),
    });
    first = report.releases;
    assert.equal(report.ok, false);

    const pcs = byId(report.releases, PCS);
    assert.equal(pcs.status, 'downloaded');
    assert.equal(pcs.verification, 'member-sha256');
    assert.equal(pcs.url, `${server.url}/files/zip/2026-icd-10-pcs-code-tables-and-index.zip`);
    const checks = Object.fromEntries(pcs.files.map((f) => [f.name, f.check]));
    assert.deepEqual(checks, {
      'icd10pcs_tables_2026.xml': 'eol-normalized',
      'icd10pcs_definitions_2026.xml': 'exact',
      'icd10pcs_index_2026.xml': 'unchecked',
      'icd10pcs_tables_2026.xsd': 'unchecked',
    });
    assert.ok(pcs.warnings.some((w) => w.includes('CRLF')));

    const missing = byId(report.releases, MISSING.id);
    assert.equal(missing.status, 'failed');
    assert.equal(missing.error?.code, 'FETCH_FAILED');
    assert.match(missing.error?.message ?? '', /HTTP 404/);

    const hcpcs = byId(report.releases, HCPCS);
    assert.equal(hcpcs.status, 'unverified');
    assert.equal(hcpcs.verification, 'none');
    assert.equal(hcpcs.files.length, 7);

    const aoc = byId(report.releases, AOC);
    assert.equal(aoc.status, 'downloaded');
    assert.deepEqual(
      aoc.files.map((f) => [f.path, f.check]),
      [['ncci/2026Q2/AOC_V2026Q2-MCR.xlsx', 'exact']],
    );
    const aocRequests = server.requests.filter((q) => q.path === pathOf(official(AOC).url));
    assert.equal(aocRequests.length, 2);
    assert.match(aocRequests[1]?.range ?? '', /^bytes=\d+-$/);

    const rvu = byId(report.releases, RVU25A);
    assert.deepEqual(rvu.files.map((f) => f.name).sort(), ['25LOCCO.csv', 'ANES2025.csv']);
    assert.ok(rvu.warnings.some((w) => w.includes('RVU25A.pdf')));

    // The layout the importer reads, and nothing else outside the hidden working folder.
    const files = (await walk(to())).filter((p) => !p.startsWith('.codedesk-fetch/'));
    assert.deepEqual(files, [
      'hcpcs/2026-01/HCPC2026_JAN_ANWEB_01122026.txt',
      'hcpcs/2026-01/HCPC2026_JAN_ANWEB_01122026.xlsx',
      'hcpcs/2026-01/HCPC2026_JAN_ANWEB_Corrections_01122026.xlsx',
      'hcpcs/2026-01/HCPC2026_JAN_ANWEB_Transaction Report_12292025.xlsx',
      'hcpcs/2026-01/HCPC2026_recordlayout.txt',
      'hcpcs/2026-01/NOC codes_JAN2026.xlsx',
      'hcpcs/2026-01/proc_notes_JAN2026.txt',
      'icd10pcs/2026/icd10pcs_definitions_2026.xml',
      'icd10pcs/2026/icd10pcs_index_2026.xml',
      'icd10pcs/2026/icd10pcs_tables_2026.xml',
      'icd10pcs/2026/icd10pcs_tables_2026.xsd',
      'ncci/2026Q2/AOC_V2026Q2-MCR.xlsx',
      'pfs/2025-rvu25a/25LOCCO.csv',
      'pfs/2025-rvu25a/ANES2025.csv',
    ]);
    // Archives are dropped after unpacking and staging is cleaned; only receipts remain.
    const work = await walk(join(to(), '.codedesk-fetch'));
    assert.ok(
      work.every((p) => p.startsWith('receipts/')),
      work.join(', '),
    );
    assert.deepEqual(
      await readFile(join(to(), 'hcpcs/2026-01/HCPC2026_JAN_ANWEB_01122026.txt')),
      await staged('hcpcs/2026-01/HCPC2026_JAN_ANWEB_01122026.txt'),
    );
    assert.ok(events.some((e) => e.type === 'download' && e.total !== null && e.received === e.total));
    assert.equal(events.filter((e) => e.type === 'release-done').length, 5);
  });

  test('a second run downloads nothing and re-verifies what is there', async () => {
    const before = server.requests.length;
    const report = await fetchReleases({ to: to(), releases: releases(), baseUrlOverride: server.url });
    const asked = server.requests.slice(before).map((q) => q.path);
    assert.deepEqual(asked, [pathOf(MISSING.url)], 'only the release that failed is tried again');
    for (const id of [PCS, HCPCS, AOC, RVU25A]) {
      const r = byId(report.releases, id);
      assert.equal(r.status, 'already-present', id);
      assert.equal(r.verification, byId(first, id).verification, id);
      assert.deepEqual(r.files, byId(first, id).files, id);
    }
  });

  test('a damaged installed file is noticed and the release fetched again', async () => {
    await writeFile(join(to(), 'ncci/2026Q2/AOC_V2026Q2-MCR.xlsx'), 'damaged');
    const report = await fetchReleases({ to: to(), releases: [official(AOC)], baseUrlOverride: server.url });
    assert.equal(byId(report.releases, AOC).status, 'downloaded');
    assert.deepEqual(
      await readFile(join(to(), 'ncci/2026Q2/AOC_V2026Q2-MCR.xlsx')),
      await staged('ncci/2026Q2/AOC_V2026Q2-MCR.xlsx'),
    );
  });

  test('a member with the wrong checksum rejects the release and leaves the folder as it was', async () => {
    const dir = join(tmp.path, 'tampered');
    const tampered = { ...official(PCS), id: 'pcs-tampered', url: 'https://www.cms.gov/files/zip/tampered.zip' };
    const defs = await staged('icd10pcs/2026/icd10pcs_definitions_2026.xml');
    server.route(
      '/files/zip/tampered.zip',
      buildZip([
        { name: 'icd10pcs_tables_2026.xml', data: await staged('icd10pcs/2026/icd10pcs_tables_2026.xml') },
        { name: 'icd10pcs_definitions_2026.xml', data: Buffer.concat([defs, Buffer.from('<!-- edited -->')]) },
        { name: 'icd10pcs_index_2026.xml', data: '<ICD10PCS.index/>' },
      ]),
    );
    const report = await fetchReleases({ to: dir, releases: [tampered], baseUrlOverride: server.url });
    const r = byId(report.releases, 'pcs-tampered');
    assert.equal(r.status, 'failed');
    assert.equal(r.error?.code, 'FETCH_CHECKSUM_MISMATCH');
    assert.match(r.error?.message ?? '', /icd10pcs_definitions_2026\.xml/);
    assert.deepEqual(await walk(dir), [], 'no file installed, no archive, no staging, no receipt');
  });

  test('a zip-slip archive fails its release and writes nothing outside the data folder', async () => {
    const dir = join(tmp.path, 'slip', 'data');
    const rel = synthetic('slip');
    server.route(
      '/files/zip/slip.zip',
      buildZip([
        { name: 'ok.txt', data: 'ok' },
        { name: '../../../evil.txt', data: 'escaped' },
      ]),
    );
    const report = await fetchReleases({ to: dir, releases: [rel], baseUrlOverride: server.url });
    assert.equal(report.releases[0]?.status, 'failed');
    assert.equal(report.releases[0]?.error?.code, 'CODESET_NOT_RECOGNIZED');
    assert.deepEqual(await walk(join(tmp.path, 'slip')), []);
    assert.equal(await exists(join(tmp.path, 'evil.txt')), false);
  });

  test('an HTML page where a zip should be is reported as such', async () => {
    const rel = synthetic('licence-page');
    server.route('/files/zip/licence-page.zip', '<!DOCTYPE html><html><body>Accept the AMA licence</body></html>', {
      contentType: 'text/html',
    });
    const report = await fetchReleases({ to: join(tmp.path, 'html'), releases: [rel], baseUrlOverride: server.url });
    assert.equal(report.releases[0]?.error?.code, 'FETCH_FAILED');
    assert.match(report.releases[0]?.error?.message ?? '', /HTML page/);
  });

  test('a missing expected member fails the release by name', async () => {
    const rel = synthetic('incomplete', [{ name: 'needed.txt', sha256: null }]);
    server.route('/files/zip/incomplete.zip', buildZip([{ name: 'other.txt', data: 'x' }]));
    const report = await fetchReleases({
      to: join(tmp.path, 'incomplete'),
      releases: [rel],
      baseUrlOverride: server.url,
    });
    assert.equal(report.releases[0]?.status, 'failed');
    assert.match(report.releases[0]?.error?.message ?? '', /needed\.txt is missing/);
  });
});

describe('fetchReleases options', () => {
  test('only selects by id, source or target; an unknown name is BAD_INPUT', async () => {
    const dir = tempDir('codedesk-fetch-');
    try {
      const report = await fetchReleases({
        to: dir.path,
        releases: [MISSING],
        only: ['test'],
        baseUrlOverride: 'http://127.0.0.1:9',
        retries: 0,
      });
      assert.equal(report.releases.length, 1);
      await assert.rejects(
        fetchReleases({ to: dir.path, only: ['icd10cm-1999'] }),
        (e: unknown) => isAppError(e) && e.code === 'BAD_INPUT' && e.message.includes('hcpcs-2026-01'),
      );
      await assert.rejects(
        fetchReleases({ to: dir.path, baseUrlOverride: 'ftp://mirror' }),
        (e: unknown) => isAppError(e) && e.code === 'BAD_INPUT',
      );
    } finally {
      dir.remove();
    }
  });

  test('mirrorUrl keeps the official path, encoded, under the mirror base', () => {
    assert.equal(
      mirrorUrl('https://www.cms.gov/files/zip/rvu25a-updated-01/10/2025.zip', 'http://127.0.0.1:8080/mirror/'),
      'http://127.0.0.1:8080/mirror/files/zip/rvu25a-updated-01/10/2025.zip',
    );
    assert.equal(
      mirrorUrl(
        'https://ftp.cdc.gov/pub/Health_Statistics/NCHS/Publications/ICD10CM/2026/icd10cm-table%20and%20index-2026.zip',
        'https://mirror.example.org',
      ),
      'https://mirror.example.org/pub/Health_Statistics/NCHS/Publications/ICD10CM/2026/icd10cm-table%20and%20index-2026.zip',
    );
  });
});
