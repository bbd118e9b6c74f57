// The CPT code page over HTTP, on the catalog of the excerpts of the official files (SQLite): the fee schedule
// indicators with their meanings, national amounts and the locality picker (a plain GET form; `?locality=` changes
// the amounts, to figures worked out by hand), a locality that matches nothing shown beside the picker with its
// status, the add-on role linked both ways, MUEs with the MAI's meaning, the lab NCDs, the dates the files give,
// and the lookup JSON's new fields.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { excerptCatalogDir } from '../catalog/test-support/excerpt-codesets.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';

/** the text of the first element with the class, tags stripped */
function cell(html: string, cls: string): string | undefined {
  const m = new RegExp(`class="${cls}"[^>]*>([^<]*)<`).exec(html);
  return m?.[1];
}

describe('the CPT code page on the excerpts of the official files', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ catalogDir: await excerptCatalogDir(), env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
  });
  after(async () => {
    await t?.close();
  });

  test('indicators, each with its meaning, and no CPT descriptor', async () => {
    const r = await t.get('/codes/cpt/10060', true);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /Fee schedule indicators/);
    assert.match(r.body, /<th scope="row">Status<\/th><td>A<\/td><td>Active code: paid separately/);
    assert.match(r.body, /<th scope="row">Global days<\/th><td>010<\/td><td>Minor procedure: the day of the procedure/);
    assert.match(r.body, /<th scope="row">PC\/TC indicator<\/th><td>0<\/td><td>Physician service/);
    assert.match(r.body, /Multiple procedure \(modifier 51\)<\/th><td>2<\/td><td>Standard multiple procedure rules/);
    assert.match(
      r.body,
      /Bilateral surgery \(modifier 50\)<\/th><td>0<\/td><td>The 150% bilateral adjustment does not/,
    );
    assert.match(r.body, /Assistant at surgery[^<]*<\/th><td>1<\/td><td>Statutory payment restriction/);
    assert.match(r.body, /Co-surgeons \(modifier 62\)<\/th><td>0<\/td><td>Co-surgeons \(modifier 62\) not permitted/);
    assert.match(
      r.body,
      /Team surgery \(modifier 66\)<\/th><td>0<\/td><td>Team surgeons \(modifier 66\) not permitted/,
    );
    assert.match(r.body, /Global surgery split<\/th><td>pre 10%, intra 80%, post 10%<\/td>/);
    assert.match(r.body, /CPT licence/);
    const addOn = await t.get('/codes/cpt/99292', true);
    assert.match(addOn.body, /Global days<\/th><td>ZZZ<\/td><td>Add-on: related to another service/);
    const contractor = await t.get('/codes/cpt/15999', true);
    assert.match(contractor.body, /Global days<\/th><td>YYY<\/td><td>The contractor determines/);
  });

  test('the canonical redirect keeps the locality asked for (and the date of service)', async () => {
    const r = await t.get('/codes/hcpcs/j1100?locality=13202-01', true);
    assert.equal(r.statusCode, 301);
    assert.equal(r.headers.location, '/codes/hcpcs/J1100?locality=13202-01');
    const both = await t.get('/codes/hcpcs/j1100?date=2026-02-01&locality=manhattan', true);
    assert.equal(both.statusCode, 301);
    assert.equal(both.headers.location, '/codes/hcpcs/J1100?date=2026-02-01&locality=manhattan');
  });

  test('national amounts; the locality picker is a GET form of the GPCI localities; ?locality= changes the amounts', async () => {
    const r = await t.get('/codes/cpt/99213', true);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<form class="locality-picker" method="get" action="\/codes\/cpt\/99213">/);
    assert.match(r.body, /<select id="locality" name="locality">/);
    assert.match(r.body, /<option value="02102-01">AK — ALASKA \(02102-01\)<\/option>/);
    assert.match(r.body, /<option value="13202-01">NY — MANHATTAN \(13202-01\)<\/option>/);
    // (1.30 + 1.46 + 0.09) x 33.4009 and (1.30 + 0.33 + 0.09) x 33.4009
    assert.equal(cell(r.body, 'national-nf'), '$95.19');
    assert.equal(cell(r.body, 'national-f'), '$57.45');
    assert.equal(cell(r.body, 'locality-nf'), undefined, 'no locality column before one is chosen');

    const ny = await t.get('/codes/cpt/99213?locality=13202-01', true);
    assert.equal(ny.statusCode, 200);
    assert.match(ny.body, /<option selected value="13202-01">|<option value="13202-01" selected/);
    assert.match(ny.body, /<th scope="col">MANHATTAN non-facility<\/th>/);
    // (1.30 x 1.063 + 1.46 x 1.318 + 0.09 x 1.285) x 33.4009; facility with PE 0.33
    assert.equal(cell(ny.body, 'locality-nf'), '$114.29');
    assert.equal(cell(ny.body, 'locality-f'), '$64.55');
    assert.match(ny.body, /MANHATTAN, NY: work 1.063, PE 1.318, MP 1.285; pfs:2026/);

    const ak = await t.get('/codes/cpt/99213?locality=02102-01', true);
    // (1.30 x 1.500 + 1.46 x 1.065 + 0.09 x 0.551) x 33.4009
    assert.equal(cell(ak.body, 'locality-nf'), '$118.72');
    assert.equal(cell(ak.body, 'locality-f'), '$78.53');
    assert.equal(cell(ak.body, 'national-nf'), '$95.19', 'the national amounts stay');
  });

  test('every row of a code with components is priced in the locality; NA shows no amount', async () => {
    const r = await t.get('/codes/cpt/70553?locality=manhattan', true);
    assert.equal(r.statusCode, 200);
    for (const row of ['Global \\(no modifier\\)', '26 \\(professional component\\)', 'TC \\(technical component\\)'])
      assert.match(r.body, new RegExp(`<th scope="row">${row}</th>`));
    assert.equal((r.body.match(/class="locality-nf"/g) ?? []).length, 3);
    // the global and TC rows have the facility NA flag: no facility amount
    assert.equal(cell(r.body, 'locality-f'), '—');
  });

  test('a locality that matches nothing: the page with the picker and the reason, status 404; too long: 400', async () => {
    const r = await t.get('/codes/cpt/99213?locality=atlantis', true);
    assert.equal(r.statusCode, 404);
    assert.match(r.body, /<p class="error" role="alert">No fee schedule locality matches &quot;atlantis&quot;/);
    assert.match(r.body, /<select id="locality"/);
    assert.equal(cell(r.body, 'national-nf'), '$95.19');
    const long = await t.get(`/codes/cpt/99213?locality=${'x'.repeat(101)}`);
    assert.equal(long.statusCode, 400);
    assert.equal(long.json().error.code, 'BAD_INPUT');
  });

  test('the add-on role, linked both ways', async () => {
    const addOn = await t.get('/codes/cpt/99292', true);
    assert.match(addOn.body, /<strong>99292 is an add-on code<\/strong>, edit type 1/);
    assert.match(addOn.body, /Its primary codes \(1\)/);
    assert.match(addOn.body, /<a class="code" href="\/codes\/cpt\/99291">99291<\/a>/);
    const primary = await t.get('/codes/cpt/99291', true);
    assert.match(primary.body, /99291 is not an add-on code/);
    assert.match(primary.body, /Add-on codes reported with 99291 as their primary \(2\)/);
    assert.match(primary.body, /href="\/codes\/cpt\/96161"/);
    assert.match(primary.body, /href="\/codes\/cpt\/99292"/);
  });

  test("MUEs per setting with the MAI's meaning; the lab NCDs; the dates the files give", async () => {
    const r = await t.get('/codes/cpt/85025', true);
    assert.match(
      r.body,
      /<th scope="row">Practitioner services<\/th><td>2<\/td><td>3 — Date of service edit: clinical/,
    );
    assert.match(r.body, /<th scope="row">Outpatient hospital services<\/th><td>4<\/td>/);
    assert.match(r.body, /Date of service edit based on clinical benchmarks: the units of all lines/);
    assert.match(r.body, /NCD 190.15 Blood Counts/);
    assert.match(r.body, /New in \/ changed in/);
    const dates = await t.get('/codes/cpt/99292', true);
    assert.match(
      dates.body,
      /<time datetime="2013-04-01">2013-04-01<\/time>: Add-on code edits for 99292 take effect, with 1 primary code \(99291\)/,
    );
    assert.match(dates.body, /NCCI add-on code edit table ncci:2026-04, ncci\/2026Q2\/AOC_V2026Q2-MCR.xlsx row \d+/);
  });

  test('the lookup JSON gains the MAI explanation, the global split and the file dates', async () => {
    const c = (await t.get('/api/v1/codes/cpt/99292')).json();
    assert.match(c.medicare.mue.practitioner.explanation, /^Date of service edit based on clinical benchmarks/);
    assert.deepEqual(c.medicare.payment.rows[0].globalSplit, { preOp: 0, intraOp: 0, postOp: 0 });
    assert.equal(c.medicare.fileDates.dates[0].source, 'NCCI add-on code edit table');
    assert.equal(c.medicare.addOn.isAddOn, true, 'the old fields stay');
  });

  test('a HCPCS code on the fee schedule gets the same sections', async () => {
    const r = await t.get('/codes/hcpcs/G2211?locality=13202-01', true);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /Fee schedule indicators/);
    assert.match(r.body, /class="locality-nf"/);
  });
});
