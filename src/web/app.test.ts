// HTTP tests through inject(), on the mini catalog, run once on the embedded SQLite database and once on a
// throwaway PostgreSQL cluster: pages, the JSON API, and bad input (unknown codes, malformed query strings,
// oversize bodies, wrong methods, path traversal).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { miniCodesets, miniCodesetsWithGems } from '../catalog/test-support/mini-codesets.js';
import { postgresUnavailable } from '../db/test-support/postgres.js';
import { SearchIndex } from '../search/index.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { OPENAPI } from './features/api/openapi.js';
import { type Dialect, startTestApp, type TestApp } from './test-support/test-app.js';

for (const dialect of ['sqlite', 'postgres'] as Dialect[]) {
  const skip = dialect === 'postgres' ? (postgresUnavailable() ?? false) : false;
  describe(`web app on ${dialect}`, { skip }, () => {
    const dir = tempDir();
    // with a few GEM rows, so that every API operation has data to answer from (crosswalk too)
    const codesets = miniCodesetsWithGems();
    let t: TestApp;
    let app: FastifyInstance;

    before(async () => {
      await importCatalog({ from: codesets.path, dataDir: dir.path, derive: (c) => void SearchIndex.writePrebuilt(c) });
      t = await startTestApp({ catalogDir: dir.path, dialect });
      app = t.app;
    });
    after(async () => {
      await t?.close();
      dir.remove();
      codesets.remove();
    });

    const get = (url: string, html = false) => t.get(url, html);

    test('the database is the one asked for, migrated', () => {
      assert.equal(t.database.dialect, dialect);
    });

    test('GET /health and /ready', async () => {
      assert.deepEqual((await get('/health')).json(), { status: 'ok' });
      const ready = await get('/ready');
      assert.equal(ready.statusCode, 200);
      assert.deepEqual(ready.json(), { status: 'ready', catalog: true, database: true });
    });

    test('home page: search box, products, our own assets only', async () => {
      const r = await get('/', true);
      assert.equal(r.statusCode, 200);
      assert.match(r.headers['content-type'] as string, /text\/html/);
      assert.match(r.body, /<input[^>]+name="q"/);
      assert.match(r.body, /CasePilot/);
      // the products that are served are linked; the others are named without a dead link
      assert.match(r.body, /<a href="\/case2code">Case2Code<\/a>/);
      assert.match(r.body, /<a href="\/browse">Code pages<\/a>/);
      for (const href of (r.body.match(/href="\/[^"]*"/g) ?? []).map((m) => m.slice(6, -1)))
        assert.ok((await get(href, true)).statusCode < 400, href);
      assert.doesNotMatch(r.body, /https?:\/\/(?!localhost)[^"]*\.(js|css)/);
      assert.match(r.headers['content-security-policy'] as string, /default-src 'self'/);
      assert.equal((await get('/assets/site.css')).statusCode, 200);
      assert.equal((await get('/assets/app.js')).statusCode, 200);
    });

    test('search page: results with the matched path, filters, pagination', async () => {
      const r = await get('/search?q=diabetes+type+2', true);
      assert.equal(r.statusCode, 200);
      assert.match(r.body, /href="\/codes\/icd10cm\/E11.9"/);
      assert.match(r.body, /Index: Diabetes, diabetic \(mellitus\) \(sugar\) › type 2/);
      const hcpcs = await get('/search?q=injection&system=hcpcs', true);
      assert.doesNotMatch(hcpcs.body, /\/codes\/icd10cm\//);
      assert.doesNotMatch(hcpcs.body, /class="result-group"/);
      // over several systems: one group per system, under its name, the numbering running on
      const mixed = await get('/search?q=dexamethasone+diabetes', true);
      const headings = [...mixed.body.matchAll(/<section class="result-group"><h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
      assert.ok(headings.length >= 2, mixed.body);
      assert.equal(new Set(headings).size, headings.length);
      assert.equal((await get('/search?q=x&page=0', true)).statusCode, 400);
      // Case2Code's own address: the same search, with a prompt when empty
      assert.match((await get('/case2code', true)).body, /Case2Code search/);
      assert.match((await get('/case2code?q=diabetes+type+2', true)).body, /href="\/codes\/icd10cm\/E11.9"/);
      assert.equal((await get('/search?q=x&system=nope', true)).statusCode, 400);
    });

    test('code page: title, canonical link, description, children of a header, history, escaping', async () => {
      const r = await get('/codes/icd10cm/E11.9', true);
      assert.equal(r.statusCode, 200);
      assert.match(r.body, /<title>E11.9 — Type 2 diabetes mellitus without complications · CodeDesk<\/title>/);
      assert.match(r.body, /<link rel="canonical" href="\/codes\/icd10cm\/E11.9"/);
      assert.match(r.body, /<meta name="description"/);
      assert.match(r.body, /Have a question about E11.9\?/);
      const header = await get('/codes/icd10cm/S72.0', true);
      assert.match(header.body, /Not billable — choose a more specific code/);
      assert.match(header.body, /href="\/codes\/icd10cm\/S72.00"/);
      const hcpcs = await get('/codes/hcpcs/J1100', true);
      assert.equal(hcpcs.statusCode, 200);
      // a non-canonical spelling redirects to the code as printed
      const lower = await get('/codes/icd10cm/e119', true);
      assert.equal(lower.statusCode, 301);
      assert.equal(lower.headers.location, '/codes/icd10cm/E11.9');
    });

    test('unknown code: a 404 page that suggests close matches; JSON from the API', async () => {
      const r = await get('/codes/icd10cm/E11.7Z', true);
      assert.equal(r.statusCode, 404);
      assert.match(r.body, /Did you mean/);
      assert.match(r.body, /href="\/codes\/icd10cm\/E11/);
      const api = await get('/api/v1/codes/icd10cm/E11.7Z');
      assert.equal(api.statusCode, 404);
      assert.equal(api.json().error.code, 'CATALOG_UNKNOWN_CODE');
      const sys = await get('/api/v1/codes/icd11/E11.9');
      assert.equal(sys.statusCode, 400);
      assert.equal(sys.json().error.code, 'CATALOG_UNKNOWN_SYSTEM');
    });

    test('browse ICD-10-CM: chapters → sections → categories → code', async () => {
      const chapters = await get('/browse/icd10cm', true);
      assert.equal(chapters.statusCode, 200);
      assert.match(chapters.body, /href="\/browse\/icd10cm\/chapter\/4"/);
      const sections = await get('/browse/icd10cm/chapter/4', true);
      assert.match(sections.body, /href="\/browse\/icd10cm\/section\/E08-E13"/);
      const categories = await get('/browse/icd10cm/section/E08-E13', true);
      assert.match(categories.body, /href="\/codes\/icd10cm\/E11"/);
      assert.equal((await get('/browse/icd10cm/chapter/99', true)).statusCode, 404);
      assert.equal((await get('/browse/icd10cm/section/Z99-Z99', true)).statusCode, 404);
      // the code page's breadcrumb leads back to the section, now the section's own page
      const code = await get('/codes/icd10cm/E11.9', true);
      assert.match(code.body, /href="\/codes\/icd10cm\/E08-E13"/);
    });

    test('browse: system → prefix → code', async () => {
      const top = await get('/browse/hcpcs', true);
      assert.equal(top.statusCode, 200);
      assert.match(top.body, /href="\/browse\/hcpcs\/J"/);
      const e = await get('/browse/icd10cm/E11', true);
      assert.match(e.body, /href="\/codes\/icd10cm\/E11.9"/);
      assert.equal((await get('/browse/icd10cm/QQQ', true)).statusCode, 404);
      const api = (await get('/api/v1/browse/icd10cm/E1')).json();
      assert.ok(api.entries.some((x: { prefix: string }) => x.prefix === 'E11'));
    });

    test('API: codes, search, releases, OpenAPI lists every route', async () => {
      const code = (await get('/api/v1/codes/icd10cm/E11.9')).json();
      assert.equal(code.code, 'E11.9');
      assert.equal(code.billable, true);
      const s = (await get('/api/v1/search?q=E11.9&limit=3')).json();
      assert.equal(s.results[0].code, 'E11.9');
      for (const f of ['system', 'code', 'title', 'billable', 'score', 'matched']) assert.ok(f in s.results[0], f);
      const rel = (await get('/api/v1/releases')).json();
      assert.ok(Array.isArray(rel) && rel.length > 0 && 'effectiveFrom' in rel[0]);
      const doc = (await get('/api/v1/openapi.json')).json();
      assert.equal(doc.openapi, '3.1.0');
      // every operation listed answers: GETs with sample parameters, POSTs with a sample body
      const bodies: Record<string, object> = {
        '/claims/check': { dateOfService: '2025-11-01', diagnoses: ['E11.9'], lines: [{ code: 'J1100' }] },
        '/casepilot/ask': { question: 'Is E11.9 billable?' },
      };
      const operations = Object.entries(OPENAPI.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => ({ path, method: method.toUpperCase() })),
      );
      // routes whose parameters are not a system, a code and a prefix: their sample requests
      const samples: Record<string, string> = {
        '/fee/{code}': '/fee/99213?locality=13202-01',
        '/crosswalk/{code}': '/crosswalk/E11.9?from=icd10&to=icd9',
      };
      for (const { path, method } of operations) {
        const url = `/api/v1${samples[path] ?? path.replace('{system}', 'icd10cm').replace('{code}', 'E11.9').replace('{prefix}', 'E1')}${path === '/search' ? '?q=e11' : ''}`;
        // this catalog loads no RBCS file, which the rbcs route says (its answers: rbcs-http and operation-surfaces)
        if (path === '/rbcs/{key}') {
          const r = await get('/api/v1/rbcs/PM014');
          assert.equal(r.statusCode, 404, url);
          assert.match(
            r.json().error.message,
            /A loaded RBCS release \(import CMS.s RBCS file with codedesk import\) was not found/,
          );
        } else if (method === 'GET') assert.equal((await get(url)).statusCode, 200, url);
        else {
          const payload = bodies[path];
          assert.ok(payload, `a sample body for ${method} ${path}`);
          const r = await app.inject({ method: 'POST', url, payload });
          assert.equal(r.statusCode, 200, `${method} ${url}: ${r.body.slice(0, 200)}`);
        }
      }
      const docs = await get('/docs', true);
      assert.equal(docs.statusCode, 200);
      for (const { path, method } of operations) assert.ok(docs.body.includes(`${method} /api/v1${path}`), path);
      assert.match(docs.body, /<code>prefix<\/code>/);
    });

    test('bad input: malformed query strings, oversize bodies, wrong methods, traversal, long params', async () => {
      assert.equal((await get('/api/v1/search?q=x&limit=abc')).statusCode, 400);
      assert.equal((await get('/api/v1/search?q=x&limit=1000')).statusCode, 400);
      assert.equal((await get('/api/v1/codes/icd10cm/E11.9?date=2026-13-45')).statusCode, 400);
      const empty = (await get('/api/v1/search?q=')).json();
      assert.deepEqual(empty.results, []);
      const long = await get(`/api/v1/search?q=${'a'.repeat(5000)}`);
      assert.equal(long.statusCode, 200);
      const big = await app.inject({
        method: 'POST',
        url: '/api/v1/search',
        payload: 'x'.repeat(300_000),
        headers: { 'content-type': 'text/plain' },
      });
      assert.equal(big.statusCode, 413);
      assert.equal(big.json().error.code, 'PAYLOAD_TOO_LARGE');
      const del = await app.inject({ method: 'DELETE', url: '/api/v1/releases' });
      assert.equal(del.statusCode, 405);
      assert.equal(del.json().error.code, 'METHOD_NOT_ALLOWED');
      for (const url of ['/assets/../../etc/passwd', '/assets/%2e%2e/%2e%2e/etc/passwd']) {
        const r = await get(url);
        assert.equal(r.statusCode, 404, url);
        assert.doesNotMatch(r.body, /root:/);
      }
      // a path in place of a code is not a code
      const traversal = await get('/codes/icd10cm/..%2F..%2Fetc%2Fpasswd');
      assert.equal(traversal.statusCode, 400);
      assert.equal(traversal.json().error.code, 'BAD_INPUT');
      const tooLong = await get(`/codes/icd10cm/${'E'.repeat(500)}`);
      assert.equal(tooLong.statusCode, 400);
      assert.equal(tooLong.json().error.code, 'BAD_INPUT');
      const bad = await get('/codes/icd10cm/%E0%A4%A', true);
      assert.ok(bad.statusCode === 400 || bad.statusCode === 404);
    });

    test('output is escaped', async () => {
      const r = await get('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', true);
      assert.equal(r.statusCode, 200);
      assert.doesNotMatch(r.body, /<script>alert/);
      assert.match(r.body, /&lt;script>alert|&lt;script&gt;alert/);
    });
  });
}

describe('rate limits', () => {
  const dir = tempDir();
  let t: TestApp;
  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
    t = await startTestApp({ catalogDir: dir.path, env: { RATE_LIMIT_PER_MINUTE: '3' } });
  });
  after(async () => {
    await t?.close();
    dir.remove();
  });

  test('a client over the limit gets 429 with the error shape and a retry time', async () => {
    const codes: number[] = [];
    let last: Awaited<ReturnType<TestApp['get']>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await t.get('/api/v1/search?q=e11');
      codes.push(last.statusCode);
    }
    assert.deepEqual(codes, [200, 200, 200, 429]);
    assert.equal(last?.json().error.code, 'RATE_LIMITED');
    assert.ok(Number(last?.headers['retry-after']) > 0);
  });
});
