import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Catalog } from '../catalog/catalog.js';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { SearchIndex, searchCodes } from './index.js';
import { VIEWS_KEPT } from './release-view.js';
import { SEARCH_INDEX_FILE } from './search-data.js';
import { editDistance, stem, tokenize, tokenizeQuery } from './text.js';

describe('search text normalisation', () => {
  test('tokenizes medical shorthand, accents and plurals', () => {
    assert.deepEqual(tokenize('Fractures w/o displacement'), ['fracture', 'without', 'displacement']);
    assert.deepEqual(tokenize('Pain w/ swelling, NOS'), ['pain', 'with', 'swell']);
    assert.deepEqual(tokenize('Ménière disease'), ['meniere', 'disease']);
    assert.equal(stem('myocardial'), stem('myocardium'));
    assert.equal(stem('infarction'), 'infarct');
    assert.deepEqual(
      tokenizeQuery(
        'rt hip fx',
        new Map([
          ['rt', 'right'],
          ['fx', 'fracture'],
        ]),
      ).tokens,
      ['right', 'hip', 'fracture'],
    );
  });
  test('a sentence-length query drops narrative words and capitalised given names, not eponyms', () => {
    const names = new Set(['emma', 'addison']);
    const q = (text: string): string[] => tokenizeQuery(text, new Map(), names).tokens;
    assert.deepEqual(q('Emma had her initial encounter for a burn of her hand'), [
      stem('initial'),
      'encounter',
      'burn',
      'hand',
    ]);
    assert.ok(q("Addison's disease was diagnosed in the patient last week").includes('addison'));
    // a short query keeps every word: "bundle of His"
    assert.deepEqual(q('bundle of His'), ['bundle', 'his']);
    assert.deepEqual(tokenize('non-traffic accident'), ['nontraffic', 'accident']);
  });
  test('edit distance counts a transposition as one', () => {
    assert.equal(editDistance('pnuemonia', 'pneumonia', 2), 1);
    assert.equal(editDistance('abc', 'xyz', 1), 2);
  });
  test('every abbreviation names its source and is one lower-case token', () => {
    for (const a of ABBREVIATIONS) {
      assert.match(a.abbr, /^[a-z0-9]+$/);
      assert.ok(a.expansion.length > 0 && a.source.length > 0);
    }
  });
});

describe('searchCodes on the mini catalog', () => {
  const dir = tempDir();
  let index: SearchIndex;

  before(async () => {
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
    index = SearchIndex.build(Catalog.open(dir.path));
  });
  after(() => dir.remove());

  const codes = (q: string, o = {}): string[] => searchCodes(index, q, o).results.map((r) => r.code);

  test('exact code with or without dot, any case', () => {
    for (const q of ['e119', 'E11.9', ' e11.9 ']) {
      const r = searchCodes(index, q).results[0];
      assert.equal(r?.code, 'E11.9', q);
      assert.equal(r?.system, 'icd10cm');
      assert.equal(r?.billable, true);
      assert.equal(r?.matched.kind, 'code');
    }
    assert.equal(codes('j1100')[0], 'J1100');
    // a space for the dot
    assert.equal(codes('e11 9')[0], 'E11.9');
    assert.equal(codes('E11 65')[0], 'E11.65');
  });

  test('a prefix lists its subtree, the code itself first, with billable children counts', () => {
    const r = searchCodes(index, 'S72.0', { limit: 20 }).results;
    assert.equal(r[0]?.code, 'S72.0');
    assert.equal(r[0]?.billable, false);
    assert.equal(r[0]?.children, 3);
    assert.ok(r.some((x) => x.code === 'S72.001A'));
    assert.ok(r.every((x) => x.code.startsWith('S72.0')));
  });

  test('a range and an incomplete code with a dash', () => {
    const range = codes('E11.6-E11.9', { limit: 20 });
    assert.deepEqual([...range].sort(), ['E11.6', 'E11.65', 'E11.9']);
    const dashed = codes('S72.00-', { limit: 20 });
    assert.equal(dashed[0], 'S72.00');
    assert.ok(dashed.includes('S72.001D'));
  });

  test('word queries rank the matching code first', () => {
    assert.equal(codes('type 2 diabetes with hyperglycemia')[0], 'E11.65');
    assert.equal(codes('hyperglycemia diabetes')[0], 'E11.65');
    assert.equal(codes('dexamethasone injection')[0], 'J1100');
  });

  test('typos are corrected, below exact matches', () => {
    assert.equal(codes('hyperglycemai')[0], 'E11.65');
    assert.equal(codes('diabtes type 2 hyperglycemia')[0], 'E11.65');
    const exact = searchCodes(index, 'hyperglycemia').results[0]?.score ?? 0;
    const typo = searchCodes(index, 'hyperglycemai').results[0]?.score ?? 0;
    assert.ok(typo < exact);
  });

  test('abbreviations expand', () => {
    assert.equal(codes('DM2 w hyperglycemia')[0], 'E11.65');
  });

  test('an inclusion term and an index path say why they matched', () => {
    const hip = searchCodes(index, 'fracture of hip').results[0];
    assert.equal(hip?.matched.kind, 'inclusionTerm');
    assert.equal(hip?.matched.text, 'Fracture of hip NOS');
    const r = searchCodes(index, 'diabetes type 2').results[0];
    assert.equal(r?.code, 'E11.9');
    assert.equal(r?.matched.kind, 'index');
    assert.deepEqual(r?.matched.path, ['Diabetes, diabetic (mellitus) (sugar)', 'type 2']);
  });

  test('duplicates across index and tabular collapse to one result per code', () => {
    for (const q of ['diabetes hyperglycemia', 'femur neck fracture', 'diabetes']) {
      const list = codes(q, { limit: 50 });
      assert.equal(new Set(list).size, list.length, q);
    }
  });

  test('system and billable filters', () => {
    assert.ok(searchCodes(index, 'injection', { system: 'hcpcs' }).results.every((r) => r.system === 'hcpcs'));
    assert.deepEqual(codes('dexamethasone', { system: 'icd10cm' }), []);
    assert.ok(searchCodes(index, 'femur', { billable: true, limit: 50 }).results.every((r) => r.billable));
    assert.ok(searchCodes(index, 'S72', { billable: true, limit: 50 }).results.every((r) => r.billable));
  });

  test('bad input: empty, punctuation, binary, very long', () => {
    for (const q of ['', '   ', '?!.,;-', '\u0000\u0001\u0002', '-', '.']) {
      assert.deepEqual(searchCodes(index, q).results, [], JSON.stringify(q));
    }
    const long = searchCodes(index, 'diabetes '.repeat(2000));
    assert.equal(long.query.length, 1000);
    assert.ok(long.warnings?.some((w) => /truncated/.test(w)));
    assert.equal(searchCodes(index, 'x'.repeat(10000)).results.length, 0);
    assert.equal(searchCodes(index, 'diabetes', { limit: 0 }).results.length, 1);
  });

  test('search-as-you-type: an unfinished last word matches the words it begins', () => {
    assert.equal(codes('diabetes hyper', { prefix: true })[0], 'E11.65');
    assert.equal(codes('dexameth', { prefix: true })[0], 'J1100');
    // a finished word (trailing space) is not completed, and without the option nothing is
    assert.notEqual(codes('dexameth ', { prefix: true })[0], 'J1100');
    assert.notEqual(codes('dexameth')[0], 'J1100');
  });

  test('a date picks the releases in force', () => {
    const r = searchCodes(index, 'E11.9', { date: '2026-01-15' });
    assert.equal(r.results[0]?.code, 'E11.9');
  });

  // The fixture's E11.99 is only in its FY2023 release and E11.A only in FY2026: one index serves both dates.
  test('a date of service returns the codes of the release in force then, with its headers and children', () => {
    const listed = (date?: string) =>
      searchCodes(index, 'E11', { limit: 50, ...(date ? { date } : {}) }).results.map((r) => [r.code, r.children]);
    assert.deepEqual(listed('2023-01-01'), [
      ['E11', 3],
      ['E11.6', 1],
      ['E11.9', undefined],
      ['E11.65', undefined],
      ['E11.99', undefined],
    ]);
    assert.deepEqual(listed(), [
      ['E11', 3],
      ['E11.6', 1],
      ['E11.9', undefined],
      ['E11.A', undefined],
      ['E11.65', undefined],
    ]);
    assert.deepEqual(listed('2026-02-01'), listed());
    assert.deepEqual(codes('invented code present', { date: '2023-01-01' }), ['E11.99']);
    assert.deepEqual(codes('invented code present'), []);
    assert.deepEqual(codes('E11.99', { date: '2023-01-01' }), ['E11.99']);
    assert.ok(!codes('E11.99').includes('E11.99'));
  });

  test('a date no release covers says so, naming the release used', () => {
    const r = searchCodes(index, 'E11.9', { date: '2030-01-01' });
    assert.equal(r.results[0]?.code, 'E11.9');
    assert.ok(
      r.warnings?.some((w) => /No loaded ICD-10-CM release covers 2030-01-01.*FY2026/.test(w)),
      r.warnings?.join(),
    );
    assert.equal(searchCodes(index, 'E11.9').warnings, undefined);
  });

  // Regression: each date whose releases differed from the newest built a whole index on the request path
  // and kept it for ever, keyed by the raw date.
  test('dates share views by the releases in force, and only a bounded number is kept', () => {
    const warmed = index.views.warm();
    assert.ok(warmed >= 1);
    const keys = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const day = new Date(Date.UTC(2015, 0, 1) + i * 29 * 86_400_000).toISOString().slice(0, 10);
      keys.add(index.views.forDate(day).view.key);
      searchCodes(index, 'diabetes', { date: day });
    }
    assert.ok(keys.size > 1 && keys.size < 20, `${keys.size} release sets`);
    // every set of releases a date can have was made by warm(): the dates made none
    assert.equal(index.views.kept, warmed);
    assert.ok(index.views.kept <= VIEWS_KEPT);
  });
});

describe('the prebuilt search index', () => {
  const dir = tempDir();
  before(async () => {
    await importCatalog({
      from: miniCodesets,
      dataDir: dir.path,
      derive: (staged) => {
        SearchIndex.writePrebuilt(staged);
      },
    });
  });
  after(() => dir.remove());

  const queries = ['E11.9', 'S72.0', 'E11.6-E11.9', 'diabetes type 2', 'hyperglycemai', 'fracture of hip', 'injection'];

  test('is written with the build and answers exactly as an index built from the catalog', () => {
    const catalog = Catalog.open(dir.path);
    assert.ok(existsSync(join(catalog.buildDir, SEARCH_INDEX_FILE)));
    const prebuilt = SearchIndex.open(catalog);
    assert.equal(prebuilt.source, 'prebuilt');
    const built = SearchIndex.build(Catalog.open(dir.path));
    assert.deepEqual(prebuilt.stats(), built.stats());
    for (const q of queries) {
      for (const date of [undefined, '2023-01-01', '2030-01-01']) {
        const o = { limit: 20, ...(date ? { date } : {}) };
        assert.deepEqual(searchCodes(prebuilt, q, o), searchCodes(built, q, o), `${q} ${date}`);
      }
    }
  });

  test('a damaged or foreign file is ignored and the index is built instead', () => {
    const catalog = Catalog.open(dir.path);
    const file = join(catalog.buildDir, SEARCH_INDEX_FILE);
    const bytes = readFileSync(file);
    try {
      writeFileSync(file, bytes.subarray(0, 200));
      assert.equal(SearchIndex.open(Catalog.open(dir.path)).source, 'built');
      writeFileSync(file, 'not an index');
      const idx = SearchIndex.open(Catalog.open(dir.path));
      assert.equal(idx.source, 'built');
      assert.equal(searchCodes(idx, 'E11.9').results[0]?.code, 'E11.9');
    } finally {
      writeFileSync(file, bytes);
    }
    assert.equal(SearchIndex.open(Catalog.open(dir.path)).source, 'prebuilt');
  });

  test('regression: a byte flipped inside the prebuilt index was served; it is detected, said, and the index built instead', () => {
    const catalog = Catalog.open(dir.path);
    assert.match(catalog.manifest.checksums?.[SEARCH_INDEX_FILE]?.sha256 ?? '', /^[0-9a-f]{64}$/);
    const file = join(catalog.buildDir, SEARCH_INDEX_FILE);
    const bytes = readFileSync(file);
    try {
      // a byte near the end, among the arrays: the header still reads, so only a checksum tells
      const flipped = Buffer.from(bytes);
      flipped[flipped.length - 3] = (flipped[flipped.length - 3] as number) ^ 0x5a;
      writeFileSync(file, flipped);
      const idx = SearchIndex.open(Catalog.open(dir.path));
      assert.equal(idx.source, 'built');
      assert.match(idx.notice ?? '', /search-index\.bin.*codedesk import/);
      for (const q of queries) {
        const built = SearchIndex.build(Catalog.open(dir.path));
        assert.deepEqual(searchCodes(idx, q, { limit: 20 }), searchCodes(built, q, { limit: 20 }), q);
      }
    } finally {
      writeFileSync(file, bytes);
    }
    const intact = SearchIndex.open(Catalog.open(dir.path));
    assert.equal(intact.source, 'prebuilt');
    assert.equal(intact.notice, undefined);
  });
});
