// RBCS on the web, over the full catalog (skipped without the official files) and the catalog of their excerpts: a
// CPT page shows its CMS classification, labelled as a CMS category and never as the descriptor; the code API carries
// it; /browse/rbcs walks categories → subcategories → families → codes, each code linking to its page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnWebCatalogs } from './test-support/catalog-sources.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';

/** The text of an HTML fragment, tags dropped and entities of the escaped characters read. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

describeOnWebCatalogs('RBCS pages', (source) => {
  let t: TestApp;
  before(async () => {
    const { dir, search } = await source.open();
    t = await startTestApp({ catalogDir: dir, search, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
  });
  after(async () => {
    await t?.close();
  });

  test('a CPT page shows its RBCS classification as a CMS category, linked to the browse pages', async () => {
    const r = await t.get('/codes/cpt/27447', true);
    assert.equal(r.statusCode, 200);
    const section = /<section id="rbcs"[\s\S]*?<\/section>/.exec(r.body)?.[0] ?? '';
    assert.match(
      text(section),
      /CMS classification \(RBCS\) Procedure › Musculoskeletal › Arthroplasty - Knee Major procedure/,
    );
    assert.match(text(section), /not the code's descriptor/);
    assert.match(section, /href="\/browse\/rbcs\/PM014"/);
    assert.match(section, /href="\/browse\/rbcs\/PM"/);
    assert.match(text(section), /Source: rbcs\/2025\/RBCS_RY_2025\.csv, line \d+/);
    // the heading stays the code number: the category is never shown as the code's title
    assert.equal(text(/<h1>[\s\S]*?<\/h1>/.exec(r.body)?.[0] ?? '').trim(), '27447');
    const em = text((await t.get('/codes/cpt/99213', true)).body);
    assert.match(em, /E&M › Office\/Outpatient Services › Office E&M - Established/);
    assert.doesNotMatch(em, /Major procedure/);
  });

  test('the code API carries it as classification and rbcs', async () => {
    const j = (await t.get('/api/v1/codes/cpt/27447')).json();
    for (const field of ['classification', 'rbcs']) {
      assert.equal(j[field].source, 'RBCS');
      assert.equal(j[field].family, 'Arthroplasty - Knee');
      assert.equal(j[field].major, true);
      assert.equal(j[field].release.id, 'rbcs:2025');
    }
    assert.equal(j.title, null);
    const hcpcs = (await t.get('/api/v1/codes/hcpcs/A0425')).json();
    assert.equal(hcpcs.rbcs.family, 'Medical Transport - Mileage');
  });

  test('browse: the index links RBCS; categories → subcategories → families → codes', async () => {
    assert.match((await t.get('/browse', true)).body, /href="\/browse\/rbcs"/);
    const top = await t.get('/browse/rbcs', true);
    assert.equal(top.statusCode, 200);
    assert.match(top.body, /href="\/browse\/rbcs\/P"[^>]*>[\s\S]*?Procedure/);
    assert.match(text(top.body), /not code descriptors/);
    const p = await t.get('/browse/rbcs/P', true);
    assert.match(p.body, /href="\/browse\/rbcs\/PM"[^>]*>[\s\S]*?Musculoskeletal/);
    const pm = await t.get('/browse/rbcs/PM', true);
    assert.match(pm.body, /href="\/browse\/rbcs\/PM014"[^>]*>[\s\S]*?Arthroplasty - Knee/);
    const family = await t.get('/browse/rbcs/PM014', true);
    assert.equal(family.statusCode, 200);
    assert.match(
      text(family.body),
      /Browse › CMS RBCS categories \(CPT and HCPCS\) › Procedure › Musculoskeletal › Arthroplasty - Knee/,
    );
    const knee = /<a href="\/codes\/cpt\/27447">([\s\S]*?)<\/a>/.exec(family.body);
    assert.ok(knee, 'the family lists 27447, linked to its page');
    // a CPT code is listed by its number only
    assert.equal(text(knee[1] ?? '').trim(), '27447 CPT®');
    const ambulance = text((await t.get('/browse/rbcs/OA003', true)).body);
    assert.match(ambulance, /A0425 .*mileage/i);
  });

  test('GET /api/v1/rbcs/{key}: a family with its codes, for today by default (stale once the release has ended)', async () => {
    const r = await t.get('/api/v1/rbcs/PM014');
    assert.equal(r.statusCode, 200);
    const body = r.json() as {
      level: string;
      path: { key: string }[];
      codes: { code: string; system: string; title: string | null }[];
      release: { id: string; stale?: string };
    };
    assert.equal(body.level, 'family');
    assert.deepEqual(
      body.path.map((p) => p.key),
      ['P', 'PM'],
    );
    const knee = body.codes.find((c) => c.code === '27447');
    assert.deepEqual(knee && [knee.system, knee.title], ['cpt', null]);
    // the test's clock is the real one; the 2025 release ended on 2025-12-31
    if (new Date().toISOString().slice(0, 10) > '2025-12-31') assert.match(body.release.stale ?? '', /RBCS/);
    const inForce = (await t.get('/api/v1/rbcs/PM014?date=2025-06-01')).json() as { release: { stale?: string } };
    assert.equal(inForce.release.stale, undefined);
    const missing = await t.get('/api/v1/rbcs/ZZ');
    assert.equal(missing.statusCode, 404);
    assert.equal((missing.json() as { error: { code: string } }).error.code, 'NOT_FOUND');
  });

  test('a key that names no RBCS category is a 404 page', async () => {
    for (const key of ['ZZ', 'PM999', 'PM0140', `${'P'.repeat(300)}`]) {
      const r = await t.get(`/browse/rbcs/${key}`, true);
      assert.equal(r.statusCode, 404, key);
      assert.match(r.body, /was not found/);
    }
  });
});
