// Spot queries on the search index built over the real official files (skipped without them). The
// queries are written for this test, not taken from any evaluation set. The catalog is the shared real build.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Catalog } from '../catalog/catalog.js';
import { realCatalogDir } from '../catalog/test-support/real-catalog.js';
import { skipUnlessCodesets } from '../shared/test-support/codesets.js';
import { SearchIndex, searchCodes } from './index.js';

describe('search over the real catalog', { skip: skipUnlessCodesets() }, () => {
  let index: SearchIndex;

  before(async () => {
    index = SearchIndex.build(Catalog.open(await realCatalogDir()));
  });

  const codes = (q: string, limit = 10): string[] => searchCodes(index, q, { limit }).results.map((r) => r.code);

  test('exact codes first, with or without the dot', () => {
    assert.equal(codes('J4541')[0], 'J45.41');
    assert.equal(codes('e11.9')[0], 'E11.9');
    assert.equal(codes('99213')[0], '99213');
  });

  test('the code written exactly as typed leads: J1100 the HCPCS code, then ICD-10-CM J11.00', () => {
    assert.deepEqual(codes('J1100', 2), ['J1100', 'J11.00']);
    assert.deepEqual(codes('j11.00', 1), ['J11.00']);
  });

  test('an ICD-10-CM code typed with a space for its dot: "e11 22" is E11.22', () => {
    assert.equal(codes('e11 22', 1)[0], 'E11.22');
    // not a code once the parts make none: searched as words
    assert.notEqual(codes('e11 zzz', 1)[0], 'E11.ZZZ');
  });

  test('a range lists the categories first', () => {
    const r = codes('M16-M17', 5);
    assert.deepEqual(r.slice(0, 2), ['M16', 'M17']);
  });

  test('lay terms reach the code through the Alphabetic Index', () => {
    const r = codes('heart attack');
    assert.ok(
      r.some((c) => c.startsWith('I21')),
      r.join(' '),
    );
  });

  test('misspellings and abbreviations', () => {
    assert.ok(codes('pnuemonia', 5).includes('J18.9'));
    assert.ok(codes('CHF', 5).includes('I50.9'));
    assert.equal(codes('COPD with exacerbation', 3)[0], 'J44.1');
    assert.equal(codes('moderate persistent asthma w/ exacerbation', 3)[0], 'J45.41');
  });

  const results = (q: string, limit = 10) => searchCodes(index, q, { limit }).results;

  test('an organ word alone leads with the disease of that organ (the Index: Liver — see condition)', () => {
    const r = results('liver', 5);
    assert.equal(r[0]?.code, 'K76.9', r.map((x) => x.code).join(' '));
    // the rest are codes of the liver: its diseases (K70-K77) or a title that names it
    for (const x of r) assert.ok(x.code.startsWith('K7') || /liver|hepat/i.test(x.title ?? ''), `${x.code} ${x.title}`);
  });

  test('a procedure name reaches the codes its PCS index reference leads to; its partial reading is Excision', () => {
    const whole = results('appendectomy', 5);
    assert.equal(whole[0]?.system, 'icd10pcs');
    assert.ok(whole[0]?.code.startsWith('0DTJ'), whole[0]?.code);
    assert.ok(results('partial appendectomy', 1)[0]?.code.startsWith('0DBJ'));
  });

  test("a main term's other form reads its entries: diabetic cataract is diabetes with cataract", () => {
    assert.equal(codes('diabetic cataract', 1)[0], 'E11.36');
  });

  test('an Index reference that names codes leads to them: Neuropathy, diabetic — see E08-E13 with .40', () => {
    const top = codes('diabetic neuropathy', 5);
    assert.ok(
      top.slice(0, 3).every((c) => /^E(0[89]|1[0-3])\.40$/.test(c)),
      top.join(' '),
    );
    assert.ok(top.includes('E11.40'), top.join(' '));
  });

  test('history codes only when the query says history, and "history of" is the patient\'s own', () => {
    assert.equal(codes('colon polyp', 1)[0], 'K63.5');
    assert.ok(codes('history of colon polyp', 1)[0]?.startsWith('Z86.010'));
    assert.ok(codes('family history of colon polyps', 1)[0]?.startsWith('Z83.71'));
  });

  test('a code system named in the query filters on it', () => {
    const r = results('hcpcs ondansetron', 5);
    assert.ok(r.length > 0 && r.every((x) => x.system === 'hcpcs'));
    assert.ok(results('pcs colonoscopy', 3).every((x) => x.system === 'icd10pcs'));
  });

  test("the Index's one-word references are synonyms: flu reads influenza", () => {
    const r = results('flu vaccine', 5);
    assert.ok(
      r.some((x) => x.system === 'hcpcs' && /^Q20(3[4-9])$/.test(x.code)),
      r.map((x) => x.code).join(' '),
    );
  });

  test('results over every system come grouped by system', () => {
    for (const q of ['colonoscopy', 'knee replacement', 'ondansetron']) {
      const systems = results(q).map((x) => x.system);
      const seen = new Set<string>();
      for (let i = 0; i < systems.length; i++) {
        if (i > 0 && systems[i] !== systems[i - 1])
          assert.ok(!seen.has(systems[i] as string), `${q}: ${systems.join(' ')}`);
        seen.add(systems[i] as string);
      }
    }
  });

  test('quality-reporting HCPCS codes yield to the condition; non-covered items people buy do not', () => {
    assert.equal(codes('pvd', 1)[0], 'I73.9');
    const aid = results('hearing aid', 1)[0];
    assert.ok(aid?.system === 'hcpcs' && aid.code.startsWith('V5'), `${aid?.system} ${aid?.code}`);
  });

  test('a HCPCS code terminated years before its release is not offered (G0503 ended 2017-12-31)', () => {
    assert.ok(!codes('G0503').includes('G0503'));
  });

  test('laterality and encounter pick the 7th-character code', () => {
    const r = codes('fx of unspecified part of neck of right femur initial encounter closed', 3);
    assert.equal(r[0], 'S72.001A');
  });

  test('several misspellings in one description, each read as the word it is one or two letters from', () => {
    assert.equal(
      codes('displacd transverse fractur of shaft of left humrus, subsequent encounter with nonunoin', 1)[0],
      'S42.322K',
    );
    assert.equal(codes('hypertensive heart disese with heart failur', 1)[0], 'I11.0');
  });

  test('a patient sentence: the name and the pronouns are not searched for', () => {
    assert.equal(
      codes('Olivia had her subsequent encounter for a sprain of the deltoid ligament of her right ankle', 1)[0],
      'S93.421D',
    );
  });

  test('word order separates "with … without" from "without … with"', () => {
    const r = codes('laceration with foreign body of left thumb without damage to nail, initial encounter', 2);
    assert.deepEqual(r, ['S61.022A', 'S61.112A']);
  });

  test('"non-traffic" meets the titles\' "nontraffic"', () => {
    const r = searchCodes(index, 'pedestrian on skateboard non-traffic accident', { limit: 5 }).results;
    assert.ok(r.length > 0 && r.every((x) => /nontraffic/i.test(x.title ?? '')), JSON.stringify(r));
  });
});

describe('search on a date of service over the real catalog', { skip: skipUnlessCodesets() }, () => {
  let index: SearchIndex;
  let catalog: Catalog;

  before(async () => {
    catalog = Catalog.open(await realCatalogDir());
    index = SearchIndex.open(catalog);
  });

  // expectations computed from the release's own code list, independently of the search index
  test('headers count the billable codes under them in the release in force, titles are worded as it words them', () => {
    const date = '2023-01-01';
    const release = catalog.pick('icd10cm', 'codes', date)?.release;
    assert.ok(release);
    const ci = catalog.codeIndex(release);
    const billableUnder = (i: number): number => {
      let n = 0;
      for (const c of ci.children(i)) n += (ci.layer.billable.charCodeAt(c) === 49 ? 1 : 0) + billableUnder(c);
      return n;
    };
    for (const header of ['E11', 'E11.6', 'S72.0', 'I50', 'O24.4']) {
      const i = ci.byKey.get(header.replace('.', '')) as number;
      const hit = searchCodes(index, header, { date }).results[0];
      assert.equal(hit?.code, header);
      assert.equal(hit?.children, billableUnder(i), header);
    }
    // every code of FY2023 whose title FY2026 changed: the FY2023 title on a FY2023 date, the FY2026 one today
    const newest = catalog.codeIndex(catalog.pick('icd10cm', 'codes')?.release as typeof release);
    let checked = 0;
    for (let i = 0; i < ci.layer.codes.length && checked < 25; i++) {
      const code = ci.layer.codes[i] as string;
      const j = newest.byKey.get(code.replace('.', ''));
      if (j === undefined || newest.layer.titles[j] === ci.layer.titles[i]) continue;
      assert.equal(searchCodes(index, code, { date }).results[0]?.title, ci.layer.titles[i], code);
      assert.equal(searchCodes(index, code).results[0]?.title, newest.layer.titles[j], code);
      checked++;
    }
    assert.ok(checked > 0, 'FY2023 and FY2026 titles differ somewhere');
  });

  test('a code deleted before the newest release is found on a date it was in force, not after', () => {
    const old = catalog.pick('icd10cm', 'codes', '2023-01-01')?.release;
    const newest = catalog.pick('icd10cm', 'codes')?.release;
    assert.ok(old && newest);
    const oldCi = catalog.codeIndex(old);
    const newCi = catalog.codeIndex(newest);
    const deleted = oldCi.layer.codes.find(
      (c, i) => oldCi.layer.billable.charCodeAt(i) === 49 && !newCi.byKey.has(c.replace('.', '')),
    );
    assert.ok(deleted);
    assert.equal(searchCodes(index, deleted, { date: '2023-01-01' }).results[0]?.code, deleted);
    assert.ok(!searchCodes(index, deleted).results.some((r) => r.code === deleted));
  });

  /** the CPT results of a query, each checked to carry no title (no descriptor text) */
  const cpt = (q: string, limit = 20) =>
    searchCodes(index, q, { limit, system: 'cpt' }).results.map((r) => {
      assert.equal(r.title, null, `${r.code}: a CPT result never carries descriptor text`);
      return r;
    });

  test('"knee arthroplasty", "office visit established", "lower GI endoscopy" find the CPT codes of those families', {
    skip: skipUnlessCodesets('rbcs'),
  }, () => {
    // every code of a family matches alike: the family comes first, its codes in code order
    const knee = cpt('knee arthroplasty');
    assert.ok(
      knee.some((r) => r.code === '27447'),
      knee.map((r) => r.code).join(' '),
    );
    assert.ok(
      knee.slice(0, 10).every((r) => r.matched.kind === 'rbcs' && /› Arthroplasty - Knee$/.test(r.matched.text)),
    );
    const office = cpt('office visit established').map((r) => r.code);
    for (const code of ['99212', '99213', '99214', '99215']) assert.ok(office.includes(code), office.join(' '));
    const gi = cpt('lower GI endoscopy', 200);
    assert.ok(
      gi.some((r) => r.code === '45378'),
      gi.map((r) => r.code).join(' '),
    );
    assert.match(
      gi[0]?.matched.text ?? '',
      /^CMS RBCS category: Procedure › Digestive\/Gastrointestinal › Lower GI Endoscopy/,
    );
  });
});
