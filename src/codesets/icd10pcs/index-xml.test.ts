import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../shared/errors.js';
import { lazyParse, skipUnlessCodesets, timed } from '../../shared/test-support/codesets.js';
import { flattenPcsIndexPaths, parsePcsIndex } from './index-xml.js';
import { expandPcsTables } from './tables-expand.js';
import { parsePcsTables } from './tables-xml.js';
import { readFixture } from './test-support/fixtures.js';
import type { PcsIndexTerm } from './types.js';

function countTerms(terms: readonly PcsIndexTerm[]): number {
  return terms.reduce((n, t) => n + 1 + countTerms(t.subterms), 0);
}

describe('parsePcsIndex on the hand-made fixture', () => {
  const { index, issues } = parsePcsIndex(readFixture('index-small.xml'), 'index-small.xml');
  const main = (title: string) => index.mainTerms.find((m) => m.title === title);

  test('reads main terms and their nested terms', () => {
    assert.equal(index.version, '2025');
    assert.deepEqual(
      index.mainTerms.map((m) => m.title),
      ['Abdominohysterectomy', 'Abortion', 'Activa PC neurostimulator', 'Alteration'],
    );
    assert.equal(countTerms(index.mainTerms.flatMap((m) => m.subterms)), 7);
    const bilateral = main('Alteration')?.subterms[1]?.subterms[0]?.subterms[0];
    assert.deepEqual(bilateral, { title: 'Bilateral', subterms: [], line: 36, level: 3, codes: ['0902'] });
  });

  test('keeps a see or use text apart from the code or table printed inside it', () => {
    assert.deepEqual(main('Abdominohysterectomy'), {
      title: 'Abdominohysterectomy',
      see: 'Resection, Uterus',
      seeCodes: ['0UT9'],
      subterms: [],
      line: 7,
      level: 0,
    });
    const activa = main('Activa PC neurostimulator');
    assert.equal(activa?.use, 'Stimulator Generator, Multiple Array in');
    assert.equal(activa?.useTab, '0JH');
    assert.equal(activa?.tab, undefined);
  });

  test('a skipped level and a bad code are issues; the term is still read', () => {
    assert.deepEqual(issues, [
      { file: 'index-small.xml', line: 42, field: 'level', message: 'term level "3" inside a level 0 term' },
      { file: 'index-small.xml', line: 45, field: 'codes', message: '"0W0I" is not a PCS code; reference skipped' },
    ]);
    assert.deepEqual(main('Alteration')?.subterms[2], {
      title: 'Skipped a level',
      subterms: [],
      line: 42,
      level: 1,
      tab: '0W0',
    });
  });

  test('flattens every code and table reference with its term path', () => {
    assert.deepEqual(flattenPcsIndexPaths(index), [
      {
        path: ['Abdominohysterectomy'],
        ref: '0UT9',
        kind: 'code',
        via: 'see',
        target: 'Resection, Uterus',
        line: 7,
      },
      { path: ['Abortion', 'Products of Conception'], ref: '10A0', kind: 'code', via: 'term', line: 13 },
      { path: ['Abortion', 'Abortifacient'], ref: '10A07ZX', kind: 'code', via: 'term', line: 17 },
      {
        path: ['Activa PC neurostimulator'],
        ref: '0JH',
        kind: 'tab',
        via: 'use',
        target: 'Stimulator Generator, Multiple Array in',
        line: 22,
      },
      { path: ['Alteration', 'Abdominal Wall'], ref: '0W0F', kind: 'code', via: 'term', line: 28 },
      { path: ['Alteration', 'Ear', 'External', 'Bilateral'], ref: '0902', kind: 'code', via: 'term', line: 36 },
      { path: ['Alteration', 'Skipped a level'], ref: '0W0', kind: 'tab', via: 'term', line: 42 },
    ]);
  });

  test('the tables file is CODESET_NOT_RECOGNIZED; a cut-off index is CODESET_MALFORMED', () => {
    assert.throws(
      () => parsePcsIndex(readFixture('tables-small.xml'), 'tables-small.xml'),
      (e) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED',
    );
    const cut = readFixture('index-small.xml').split('\n').slice(0, 20).join('\n');
    assert.throws(
      () => parsePcsIndex(cut, 'cut.xml'),
      (e) => e instanceof AppError && e.code === 'CODESET_MALFORMED' && (e.params as { line: number }).line === 20,
    );
  });
});

const FY2025_INDEX = 'icd10pcs/2025/icd10pcs_index_2025.xml';
const FY2025_TABLES = 'icd10pcs/2025/icd10pcs_tables_2025.xml';
const FY2023_INDEX = 'icd10pcs/2023/icd10pcs_index_2023.xml';

describe('FY2025 index (official file)', { skip: skipUnlessCodesets(FY2025_INDEX, FY2025_TABLES) }, () => {
  const index = lazyParse(FY2025_INDEX, parsePcsIndex);
  const tables = lazyParse(FY2025_TABLES, parsePcsTables);
  const main = (title: string) => index().value.index.mainTerms.find((m) => m.title === title);

  test('3,215 main terms and 21,269 terms, without an issue', (t) => {
    const { value, parseMs } = index();
    t.diagnostic(`parse ${parseMs} ms`);
    assert.deepEqual(value.issues, []);
    assert.equal(value.index.version, '2025');
    assert.equal(value.index.mainTerms.length, 3215);
    assert.equal(countTerms(value.index.mainTerms.flatMap((m) => m.subterms)), 21269);
  });

  test('use, see and tab references', () => {
    assert.equal(main('Abdominal aortic plexus')?.use, 'Abdominal Sympathetic Nerve');
    assert.equal(main('Abrasion')?.see, 'Extraction');
    assert.equal(main('Abdominohysterectomy')?.see, 'Resection, Uterus');
    assert.deepEqual(main('Abdominohysterectomy')?.seeCodes, ['0UT9']);
    assert.equal(main('Activities of Daily Living Assessment')?.tab, 'F02');
    assert.equal(main('Activa PC neurostimulator')?.useTab, '0JH');
  });

  test('every reference resolves in the FY2025 tables but two DownStream(R) System codes', (t) => {
    const { value: refs, ms } = timed(() => flattenPcsIndexPaths(index().value.index));
    t.diagnostic(`flatten ${ms} ms, ${refs.length} references`);
    assert.equal(refs.length, 16361);
    assert.deepEqual(
      refs.find((r) => r.ref === '10A07ZX'),
      { path: ['Abortion', 'Abortifacient'], ref: '10A07ZX', kind: 'code', via: 'term', line: 74 },
    );
    const codes = expandPcsTables(tables().value.tables).map((c) => c.code);
    const full = new Set(codes);
    const partial = new Set(codes.flatMap((c) => [3, 4, 5, 6].map((n) => c.slice(0, n))));
    const unresolved = refs.filter((r) => !(r.ref.length === 7 ? full : partial).has(r.ref));
    assert.deepEqual(
      unresolved.map((r) => [r.ref, r.path.join(' > ')]),
      [
        ['5A0512C', 'DownStream(R) System'],
        ['5A0522C', 'DownStream(R) System'],
      ],
    );
  });
});

describe('FY2023 index (official file)', { skip: skipUnlessCodesets(FY2023_INDEX) }, () => {
  const index = lazyParse(FY2023_INDEX, parsePcsIndex);

  test('3,023 main terms and 21,179 terms, without an issue', (t) => {
    const { value, parseMs } = index();
    t.diagnostic(`parse ${parseMs} ms`);
    assert.deepEqual(value.issues, []);
    assert.equal(value.index.version, '2023');
    assert.equal(value.index.mainTerms.length, 3023);
    assert.equal(countTerms(value.index.mainTerms.flatMap((m) => m.subterms)), 21179);
  });
});
