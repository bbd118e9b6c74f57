// The web app over the full catalog built from the official files (skipped without them) and over the catalog of
// their excerpts, on SQLite and on PostgreSQL: a code page of every system with the sections its data supports, a
// deterministic sample of code pages across every system in force (every code of the excerpts), the code API's
// contract shape, search and browse.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Catalog } from '../catalog/index.js';
import { catalogsByDialect } from './test-support/catalog-sources.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';

/** ICD-10-CM chapters in the tabular: all 22, or the 15 the excerpt keeps */
const CHAPTERS = { official: 22, excerpts: 15 };

/** every n-th code of each system in force, by position, so the sample is the same on every run */
function sampleCodes(catalog: Catalog, every: number): { system: string; code: string }[] {
  const out: { system: string; code: string }[] = [];
  for (const system of ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'] as const) {
    const pick = catalog.pick(system, 'codes');
    if (!pick) continue;
    catalog.layer(pick.release, 'codes').codes.forEach((code, i) => {
      if (i % every === 0) out.push({ system, code });
    });
  }
  return out;
}

for (const { source, dialect, skip } of catalogsByDialect()) {
  describe(`web app on ${source.name}, ${dialect}`, { skip }, () => {
    let t: TestApp;
    before(async () => {
      const { dir, search } = await source.open();
      t = await startTestApp({ catalogDir: dir, dialect, search, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    });
    after(async () => {
      await t?.close();
    });

    test('ICD-10-CM code page: billable, notes, index entries, history, breadcrumb', async () => {
      const r = await t.get('/codes/icd10cm/E11.65', true);
      assert.equal(r.statusCode, 200);
      assert.match(r.body, /<title>E11.65 — Type 2 diabetes mellitus with hyperglycemia · CodeDesk<\/title>/);
      assert.match(r.body, /Billable/);
      assert.match(r.body, /Instructional notes/);
      assert.match(
        r.body,
        /<dt>Use additional code<\/dt><dd><ul><li>code to identify control using:<\/li><li>insulin \(Z79.4\)/,
      );
      assert.match(r.body, /Index entries that lead here/);
      assert.match(r.body, /Code history/);
      assert.match(r.body, /href="\/codes\/icd10cm\/E08-E13"/);
      assert.match(r.body, /generated/i);
    });

    // the excerpts hold no addenda file
    test('code history cites the addenda: a FY2026 addition by file and line; a change in a year not loaded', {
      skip: !source.official && 'the excerpts hold no addenda',
    }, async () => {
      const added = await t.get('/codes/icd10cm/E11.A', true);
      assert.match(
        added.body,
        /This year's addenda: added as a billable code — “Type 2 diabetes mellitus without complications in remission”\s*<span class="source">\(icd10cm\/2026\/icd10cm_order_addenda_2026\.txt, line 14\)/,
      );
      const earlier = await t.get('/codes/icd10cm/E66.811', true);
      assert.match(earlier.body, /this year's addenda do not list it, so the change came in a release between/);
    });

    test('ICD-10-CM header code: not billable, names its children; 7th characters on an injury code', async () => {
      const header = await t.get('/codes/icd10cm/E11.6', true);
      assert.match(header.body, /Not billable — choose a more specific code/);
      assert.match(header.body, /href="\/codes\/icd10cm\/E11.65"/);
      const injury = await t.get('/codes/icd10cm/S72.001A', true);
      assert.equal(injury.statusCode, 200);
      assert.match(injury.body, /7th characters/);
      assert.match(injury.body, /initial encounter for closed fracture/);
    });

    test('ICD-10-PCS code page: the plain-words description from the axis definitions', async () => {
      const r = await t.get('/codes/icd10pcs/0DTJ4ZZ', true);
      assert.equal(r.statusCode, 200);
      assert.match(r.body, /Resection of Appendix, Percutaneous Endoscopic Approach/);
      assert.match(
        r.body,
        /<p>Cutting out or off, without replacement, all of the appendix \(resection\), by puncture or minor incision/,
      );
      assert.doesNotMatch(r.body, /Total nephrectomy/);
    });

    test('HCPCS and CPT pages: Medicare data; a CPT number without a licensed descriptor', async () => {
      const j = await t.get('/codes/hcpcs/J1100', true);
      assert.equal(j.statusCode, 200);
      assert.match(j.body, /Injection, dexamethasone sodium phosphate/i);
      assert.match(j.body, /Medically Unlikely Edits/);
      const cpt = await t.get('/codes/cpt/99213', true);
      assert.equal(cpt.statusCode, 200);
      assert.match(cpt.body, /CPT licence/i);
      assert.match(cpt.body, /Medicare payment/);
      const addOn = await t.get('/codes/cpt/99417', true);
      assert.match(addOn.body, /Add-on code/);
    });

    test('a sample of code pages of every system renders, each with its own title and canonical link', async () => {
      const sample = sampleCodes(t.catalog, source.official ? 997 : 1);
      assert.ok(sample.length > 150, `sample of ${sample.length}`);
      for (const s of ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'])
        assert.ok(
          sample.some((x) => x.system === s),
          s,
        );
      for (const { system, code } of sample) {
        const r = await t.get(`/codes/${system}/${code}`, true);
        assert.equal(r.statusCode, 200, `${system} ${code}`);
        assert.ok(r.body.includes(`<link rel="canonical" href="/codes/${system}/${code}"`), `${system} ${code}`);
        assert.ok(r.body.includes(`<title>${code}`), `${system} ${code}`);
      }
    });

    test('the code API has the contract fields, with Medicare data for a physician code', async () => {
      const r = await t.get('/api/v1/codes/cpt/99213');
      assert.equal(r.statusCode, 200);
      const c = r.json();
      for (const f of ['system', 'code', 'title', 'billable', 'release', 'parent', 'children', 'notes', 'sevenChrDef'])
        assert.ok(f in c, f);
      assert.ok(c.medicare?.payment, 'payment');
      assert.ok(c.medicare?.mue, 'MUE');
      const cm = (await t.get('/api/v1/codes/icd10cm/S72.001A')).json();
      assert.equal(cm.billable, true);
      assert.ok(cm.sevenChrDef.some((d: { char: string }) => d.char === 'A'));
      assert.ok(Array.isArray(cm.indexTerms));
    });

    test('search: the matched index path on the page, the right code first from the API', async () => {
      const api = (await t.get('/api/v1/search?q=asthma+moderate+persistent+with+exacerbation&limit=5')).json();
      assert.equal(api.results[0].code, 'J45.41');
      const page = await t.get('/search?q=asthma+moderate+persistent+with+exacerbation', true);
      assert.match(page.body, /Index: Asthma/);
      const typo = (await t.get('/api/v1/search?q=pnuemonia&system=icd10cm&limit=5')).json();
      assert.ok(typo.results.some((x: { code: string }) => x.code.startsWith('J18')));
    });

    test('browse: every ICD-10-CM chapter, PCS sections, HCPCS letters', async () => {
      const cm = await t.get('/browse/icd10cm', true);
      assert.equal(cm.statusCode, 200);
      const chapters = new Set(cm.body.match(/href="\/browse\/icd10cm\/chapter\/\d+"/g));
      assert.equal(chapters.size, source.official ? CHAPTERS.official : CHAPTERS.excerpts);
      const pcs = await t.get('/browse/icd10pcs', true);
      assert.equal(pcs.statusCode, 200);
      assert.match(pcs.body, /Medical and Surgical/);
      const hcpcs = await t.get('/browse/hcpcs', true);
      assert.match(hcpcs.body, /href="\/browse\/hcpcs\/J"/);
    });

    test('unknown code: the 404 page suggests the real neighbours', async () => {
      const r = await t.get('/codes/icd10cm/E11.66', true);
      assert.equal(r.statusCode, 404);
      assert.match(r.body, /Did you mean/);
      assert.match(r.body, /href="\/codes\/icd10cm\/E11.6\d"/);
    });
  });
}
