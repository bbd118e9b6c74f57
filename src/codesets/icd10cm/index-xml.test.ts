import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../shared/errors.js';
import { lazyParse, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import { flattenIndexPaths, type IndexPath } from './index-paths.js';
import { parseCmIndex } from './index-xml.js';
import { readFixture } from './test-support/fixtures.js';
import type { CmIndexTerm } from './types.js';

function mainTerm(terms: CmIndexTerm[], title: string): CmIndexTerm {
  const found = terms.find((t) => t.title === title);
  assert.ok(found, `main term "${title}"`);
  return found;
}

function pathsTo(rows: IndexPath[], code: string): string[] {
  return rows.filter((r) => r.code === code).map((r) => r.path.join(' > '));
}

describe('parseCmIndex on the hand-made Alphabetic Index', () => {
  const { index, issues } = parseCmIndex(readFixture('index-small.xml'), 'index-small.xml');

  test('is an "index" with its version, title and main terms of every letter', () => {
    assert.equal(index.kind, 'index');
    assert.equal(index.version, '2099');
    assert.equal(index.title, 'ICD-10-CM INDEX TO DISEASES and INJURIES');
    assert.equal(index.columns, undefined);
    assert.deepEqual(
      index.mainTerms.map((t) => t.title),
      ['Abandonment', 'Abasia', 'Amyloidosis', "Bonnier's syndrome", 'Bursitis'],
    );
  });

  test('title and nemod apart, code normalised, see and seeAlso, manifestation codes', () => {
    assert.deepEqual(index.mainTerms[0], { title: 'Abandonment', see: 'Maltreatment', subterms: [], line: 8 });
    assert.deepEqual(index.mainTerms[1], {
      title: 'Abasia',
      nemod: '(-astasia) (hysterical)',
      code: 'F44.4',
      subterms: [],
      line: 12,
    });
    const amyloidosis = mainTerm(index.mainTerms, 'Amyloidosis');
    assert.equal(amyloidosis.seeAlso, 'condition');
    assert.deepEqual(amyloidosis.subterms[0], {
      title: 'with lung involvement',
      code: 'E85.4',
      codes: ['J99'],
      subterms: [],
      line: 20,
    });
  });

  test('text after a nemod stays in the title; dashed codes kept as printed', () => {
    const localized = mainTerm(index.mainTerms, 'Amyloidosis').subterms[1];
    assert.equal(localized?.subterms[0]?.code, 'C56.-');
    assert.equal(localized?.subterms[1]?.title, 'vein NEC');
    assert.equal(localized?.subterms[1]?.nemod, '(peripheral)');
    assert.equal(localized?.subterms[1]?.code, 'T36.0X-');
  });

  test('see-category and see-subcategory references', () => {
    const bonnier = mainTerm(index.mainTerms, "Bonnier's syndrome");
    assert.equal(bonnier.see, 'subcategory H81.8');
    assert.equal(bonnier.seeCode, 'H81.8');
    const infective = mainTerm(index.mainTerms, 'Bursitis').subterms[0];
    assert.equal(infective?.see, 'category M01');
    assert.equal(infective?.seeCode, 'M01');
  });

  test('a manifestation that is not a code is an issue, not a code', () => {
    assert.deepEqual(issues, [
      {
        file: 'index-small.xml',
        line: 34,
        field: 'manif',
        message: '<manif> "not a code" on "vein NEC" is not a code; skipped',
      },
    ]);
  });

  test('flattenIndexPaths gives each reference with its path from the main term', () => {
    const rows = flattenIndexPaths(index);
    assert.deepEqual(
      rows.map((r) => [r.path.join(' > '), r.code, r.kind]),
      [
        ['Abasia (-astasia) (hysterical)', 'F44.4', 'code'],
        ['Amyloidosis (generalized) (primary)', 'E85.9', 'code'],
        ['Amyloidosis (generalized) (primary) > with lung involvement', 'E85.4', 'code'],
        ['Amyloidosis (generalized) (primary) > with lung involvement', 'J99', 'extra'],
        ['Amyloidosis (generalized) (primary) > localized > theca cell', 'C56.-', 'code'],
        ['Amyloidosis (generalized) (primary) > localized > vein NEC (peripheral)', 'T36.0X-', 'code'],
        ["Bonnier's syndrome", 'H81.8', 'see'],
        ['Bursitis > infective', 'M01', 'see'],
      ],
    );
    assert.equal(rows[2]?.line, 20, 'the line of the <term> element');
  });
});

describe('parseCmIndex on the hand-made tables and external cause index', () => {
  test('neoplasm table: column heads, cells by column, empty "-" cells left out', () => {
    const { index, issues } = parseCmIndex(readFixture('neoplasm-small.xml'), 'neoplasm-small.xml');
    assert.deepEqual(issues, []);
    assert.equal(index.kind, 'neoplasm');
    assert.equal(index.title, 'ICD-10-CM Table of Neoplasms');
    assert.equal(index.columns?.length, 7);
    assert.equal(index.columns?.[0], 'Neoplasm');
    const abdomen = index.mainTerms[0]?.subterms[0];
    assert.deepEqual(abdomen?.cells, [
      { col: 2, code: 'C76.2' },
      { col: 3, code: 'C79.8-' },
      { col: 4, code: 'D09.8' },
      { col: 5, code: 'D36.7' },
      { col: 7, code: 'D49.89' },
    ]);
    const rows = flattenIndexPaths(index).filter((r) => r.code === 'C79.8-');
    assert.deepEqual(rows, [
      {
        path: ['Neoplasm, neoplastic', 'abdomen, abdominal'],
        code: 'C79.8-',
        kind: 'cell',
        column: 'Malignant Secondary',
        line: 24,
      },
    ]);
  });

  test('drug table told apart by its first column', () => {
    const { index } = parseCmIndex(readFixture('drug-small.xml'), 'drug-small.xml');
    assert.equal(index.kind, 'drug');
    assert.equal(index.columns?.[5], 'Adverse effect');
    assert.deepEqual(
      index.mainTerms[0]?.cells?.map((c) => c.col),
      [2, 3, 4, 5],
    );
    const acetaminophen = flattenIndexPaths(index).filter((r) => r.path[0] === 'Acetaminophen');
    assert.deepEqual(
      acetaminophen.map((r) => [r.column, r.code]),
      [
        ['Poisoning Accidental (unintentional)', 'T39.1X1'],
        ['Poisoning Intentional self-harm', 'T39.1X2'],
        ['Poisoning Assault', 'T39.1X3'],
        ['Poisoning Undetermined', 'T39.1X4'],
        ['Adverse effect', 'T39.1X5'],
        ['Underdosing', 'T39.1X6'],
      ],
    );
  });

  test('external cause index told apart by its title', () => {
    const { index } = parseCmIndex(readFixture('eindex-small.xml'), 'eindex-small.xml');
    assert.equal(index.kind, 'eindex');
    assert.deepEqual(pathsTo(flattenIndexPaths(index), 'V94.4'), ['Accident (to) > barefoot water skier']);
  });

  test('not an index, or broken XML, throws', () => {
    assert.throws(
      () => parseCmIndex(readFixture('tabular-small.xml'), 'tabular-small.xml'),
      (e: unknown) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED',
    );
    assert.throws(
      () => parseCmIndex('<ICD10CM.index>\n<letter>\n<mainTerm>\n', 'cut.xml'),
      (e: unknown) =>
        e instanceof AppError && e.code === 'CODESET_MALFORMED' && (e.params as { line: number }).line === 4,
    );
  });
});

const INDEX_2023 = 'icd10cm/2023/icd10cm_index_2023.xml';
const index2023 = lazyParse(INDEX_2023, parseCmIndex);

describe('FY2023 Alphabetic Index', { skip: skipUnlessCodesets(INDEX_2023) }, () => {
  test('8,060 main terms, 72,058 nested terms, 61,983 <code> references', (t) => {
    const { value, parseMs } = index2023();
    t.diagnostic(`icd10cm_index_2023.xml parsed in ${parseMs} ms`);
    const { index, issues } = value;
    assert.equal(index.kind, 'index');
    assert.equal(index.version, '2023');
    assert.equal(index.mainTerms.length, 8_060);
    let nested = 0;
    const count = (term: CmIndexTerm): void => {
      nested += term.subterms.length;
      term.subterms.forEach(count);
    };
    index.mainTerms.forEach(count);
    assert.equal(nested, 72_058);
    // The one data error CDC's file has: a manifestation written as text.
    assert.deepEqual(
      issues.map((i) => i.message),
      ['<manif> "SCFE" on "capital femoral" is not a code; skipped'],
    );
    const rows = flattenIndexPaths(index);
    const byKind = new Map<string, number>();
    for (const r of rows) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    // MANIFEST's 61,983 "code references" are exactly the <code> elements (no term has two); on top of them
    // come 759 manifestation codes (760 <manif>, one of which is not a code) and 145 see-(sub)category codes.
    assert.deepEqual(Object.fromEntries(byKind), { code: 61_983, extra: 759, see: 145 });
  });

  test('the 4 references to E34.828 (not a valid FY2023 code) are kept', () => {
    const rows = flattenIndexPaths(index2023().value.index);
    const prefix =
      'Short, shortening, shortness > stature NEC (child) (hereditary) (idiopathic) > due to > genetic causes > ';
    assert.deepEqual(pathsTo(rows, 'E34.828'), [
      `${prefix}ACAN gene variant`,
      `${prefix}aggrecan deficiency`,
      `${prefix}NPR-2 gene variant`,
      `${prefix}specified genetic cause NEC`,
    ]);
  });

  test('paths with nemod, see, seeAlso, manifestation and dashed codes', () => {
    const { index } = index2023().value;
    const rows = flattenIndexPaths(index);
    assert.ok(pathsTo(rows, 'F44.4').includes('Abasia (-astasia) (hysterical)'));
    assert.equal(mainTerm(index.mainTerms, 'Abandonment').see, 'Maltreatment');
    assert.equal(mainTerm(index.mainTerms, 'Abdomen, abdominal').seeAlso, 'condition');
    const lung = rows.filter(
      (r) => r.path.join(' > ') === 'Amyloidosis (generalized) (primary) > with lung involvement',
    );
    assert.deepEqual(
      lung.map((r) => [r.code, r.kind]),
      [
        ['E85.4', 'code'],
        ['J99', 'extra'],
      ],
    );
    const thecaCell = rows.find((r) => r.code === 'C56.-' && r.path[r.path.length - 1] === 'theca cell');
    assert.ok(thecaCell, 'C56.- under "theca cell"');
    assert.ok(
      rows.some((r) => r.code.endsWith('X-')),
      'codes like "S05.8X-" are kept with the dash',
    );
    const bonnier = mainTerm(index.mainTerms, "Bonnier's syndrome");
    assert.deepEqual([bonnier.see, bonnier.seeCode], ['subcategory H81.8', 'H81.8']);
  });
});

const TABLES = {
  neoplasm: 'icd10cm/2026-04/icd10cm-neoplasm-April-1-2026-XML.xml',
  drug: 'icd10cm/2026-04/icd10cm-drug-April-1-2026-XML.xml',
  eindex: 'icd10cm/2026-04/icd10cm-eindex-April-1-2026-XML.xml',
};

describe('April 2026 index tables and external cause index', {
  skip: skipUnlessCodesets(...Object.values(TABLES)),
}, () => {
  const neoplasm = lazyParse(TABLES.neoplasm, parseCmIndex);
  const drug = lazyParse(TABLES.drug, parseCmIndex);
  const eindex = lazyParse(TABLES.eindex, parseCmIndex);

  test('neoplasm table: 6 value columns and the cells of "abdomen, abdominal"', (t) => {
    const { value, parseMs } = neoplasm();
    t.diagnostic(`icd10cm-neoplasm-April-1-2026-XML.xml parsed in ${parseMs} ms`);
    const { index } = value;
    assert.equal(index.kind, 'neoplasm');
    assert.deepEqual(index.columns, [
      'Neoplasm',
      'Malignant Primary',
      'Malignant Secondary',
      'Ca in situ',
      'Benign',
      'Uncertain Behavior',
      'Unspecified Behavior',
    ]);
    const neoplasmTerm = mainTerm(index.mainTerms, 'Neoplasm, neoplastic');
    assert.equal(neoplasmTerm.subterms.length, 593);
    const abdomen = neoplasmTerm.subterms.find((s) => s.title === 'abdomen, abdominal');
    assert.deepEqual(
      abdomen?.cells?.map((c) => [index.columns?.[c.col - 1], c.code]),
      [
        ['Malignant Primary', 'C76.2'],
        ['Malignant Secondary', 'C79.8-'],
        ['Ca in situ', 'D09.8'],
        ['Benign', 'D36.7'],
        ['Uncertain Behavior', 'D48.7'],
        ['Unspecified Behavior', 'D49.89'],
      ],
    );
    // 10,922 <cell> elements of which 1,902 are "-" (no code)
    assert.equal(flattenIndexPaths(index).length, 9_020);
    assert.deepEqual(
      value.issues.map((i) => i.message),
      ['<manif> "ventral surface of tongue and floor of mouth" on "book-leaf" is not a code; skipped'],
    );
  });

  test('drug table: columns and Acetaminophen', (t) => {
    const { value, parseMs } = drug();
    t.diagnostic(`icd10cm-drug-April-1-2026-XML.xml parsed in ${parseMs} ms`);
    const { index, issues } = value;
    assert.deepEqual(issues, []);
    assert.equal(index.kind, 'drug');
    assert.equal(index.mainTerms.length, 5_179);
    assert.deepEqual(index.columns?.slice(1), [
      'Poisoning Accidental (unintentional)',
      'Poisoning Intentional self-harm',
      'Poisoning Assault',
      'Poisoning Undetermined',
      'Adverse effect',
      'Underdosing',
    ]);
    assert.deepEqual(mainTerm(index.mainTerms, 'Acetaminophen').cells, [
      { col: 2, code: 'T39.1X1' },
      { col: 3, code: 'T39.1X2' },
      { col: 4, code: 'T39.1X3' },
      { col: 5, code: 'T39.1X4' },
      { col: 6, code: 'T39.1X5' },
      { col: 7, code: 'T39.1X6' },
    ]);
    // 43,224 <cell> elements of which 3,188 are "--" (no code)
    assert.equal(flattenIndexPaths(index).length, 40_036);
  });

  test('external cause index: kind, counts and a known term', (t) => {
    const { value, parseMs } = eindex();
    t.diagnostic(`icd10cm-eindex-April-1-2026-XML.xml parsed in ${parseMs} ms`);
    const { index, issues } = value;
    assert.deepEqual(issues, []);
    assert.equal(index.kind, 'eindex');
    assert.equal(index.mainTerms.length, 314);
    const rows = flattenIndexPaths(index);
    assert.equal(rows.filter((r) => r.kind === 'code').length, 6_671);
    assert.ok(pathsTo(rows, 'V94.4').includes('Accident (to) > barefoot water skier'));
    const abandonment = index.mainTerms[0];
    assert.equal(abandonment?.title, 'Abandonment NEC');
    assert.equal(abandonment?.nemod, '(causing exposure to weather conditions) (with intent to injure or kill)');
  });
});
