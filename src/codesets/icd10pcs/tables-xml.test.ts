import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../shared/errors.js';
import { lazyParse, skipUnlessCodesets, timed } from '../../shared/test-support/codesets.js';
import { parsePcsOrder } from './order-file.js';
import { buildPcsTitleIndex, expandPcsTables } from './tables-expand.js';
import { parsePcsTables } from './tables-xml.js';
import { readFixture } from './test-support/fixtures.js';

/** Asserts that f throws the AppError `code` and returns its params for further checks. */
function appErrorParams(f: () => unknown, code: string): Record<string, unknown> {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof AppError, `expected an AppError, got ${String(e)}`);
    assert.equal(e.code, code);
    return e.params as Record<string, unknown>;
  }
  assert.fail(`expected ${code}, nothing was thrown`);
}

describe('parsePcsTables on the hand-made two-row table', () => {
  const { tables, issues } = parsePcsTables(readFixture('tables-small.xml'), 'tables-small.xml');
  const table = tables.tables[0];

  test('reads the version, the table head with its operation definition, and both rows', () => {
    assert.deepEqual(issues, []);
    assert.equal(tables.version, '2026');
    assert.equal(tables.tables.length, 1);
    assert.ok(table);
    assert.deepEqual(table.section, { code: '0', label: 'Medical and Surgical' });
    assert.deepEqual(table.bodySystem, { code: 'D', label: 'Gastrointestinal System' });
    assert.deepEqual(table.operation, { code: 'B', label: 'Excision' });
    assert.equal(table.operationDefinition, 'Cutting out or off, without replacement, a portion of a body part');
    assert.deepEqual(
      table.headerAxes?.map((a) => a.title),
      ['Section', 'Body System', 'Operation'],
    );
    assert.equal(table.line, 5);
    assert.deepEqual(
      table.rows.map((r) => r.line),
      [19, 40],
    );
    assert.deepEqual(table.rows[1]?.axes[0], {
      pos: 4,
      title: 'Body Part',
      values: [
        { code: '1', label: 'Esophagus, Upper' },
        { code: '2', label: 'Esophagus, Middle' },
      ],
    });
  });

  test('expands to the 10 codes of the two rows, titled as in the FY2026 order file', () => {
    assert.deepEqual(expandPcsTables(tables), [
      { code: '0DB60Z3', title: 'Excision of Stomach, Open Approach, Vertical' },
      { code: '0DB60ZX', title: 'Excision of Stomach, Open Approach, Diagnostic' },
      { code: '0DB60ZZ', title: 'Excision of Stomach, Open Approach' },
      { code: '0DB68Z3', title: 'Excision of Stomach, Via Natural or Artificial Opening Endoscopic, Vertical' },
      { code: '0DB68ZX', title: 'Excision of Stomach, Via Natural or Artificial Opening Endoscopic, Diagnostic' },
      { code: '0DB68ZZ', title: 'Excision of Stomach, Via Natural or Artificial Opening Endoscopic' },
      { code: '0DB14ZX', title: 'Excision of Upper Esophagus, Percutaneous Endoscopic Approach, Diagnostic' },
      { code: '0DB14ZZ', title: 'Excision of Upper Esophagus, Percutaneous Endoscopic Approach' },
      { code: '0DB24ZX', title: 'Excision of Middle Esophagus, Percutaneous Endoscopic Approach, Diagnostic' },
      { code: '0DB24ZZ', title: 'Excision of Middle Esophagus, Percutaneous Endoscopic Approach' },
    ]);
  });

  test('the title index titles a valid code and refuses one no row allows', () => {
    const index = buildPcsTitleIndex(tables);
    assert.equal(index.title('0db14zz'), 'Excision of Upper Esophagus, Percutaneous Endoscopic Approach');
    assert.equal(index.isValid('0DB68Z3'), true);
    assert.equal(index.isValid('0DB14Z3'), false, 'qualifier 3 is only in the stomach row');
    assert.equal(index.title('0DB64ZZ'), undefined, 'approach 4 is only in the esophagus row');
    assert.equal(index.title('0DT60ZZ'), undefined, 'no table 0DT');
    assert.equal(index.title('0DB6'), undefined);
  });
});

describe('parsePcsTables on bad and broken input', () => {
  test('a file that breaks off is CODESET_MALFORMED naming the line where it ends', () => {
    const params = appErrorParams(
      () => parsePcsTables(readFixture('tables-truncated.xml'), 'tables-truncated.xml'),
      'CODESET_MALFORMED',
    );
    assert.equal(params.file, 'tables-truncated.xml');
    assert.equal(params.line, 48);
    assert.match(String(params.why), /unclosed tag/);
  });

  test('a mismatched end tag is CODESET_MALFORMED naming its line', () => {
    const xml = '<ICD10PCS.tabular>\n<version>2026</version>\n<pcsTable>\n<axis pos="1"></label>\n</pcsTable>\n';
    const params = appErrorParams(() => parsePcsTables(xml, 'mismatch.xml'), 'CODESET_MALFORMED');
    assert.equal(params.line, 4);
  });

  test('another XML file or a text file is CODESET_NOT_RECOGNIZED', () => {
    const other = appErrorParams(
      () => parsePcsTables(readFixture('definitions-small.xml'), 'definitions-small.xml'),
      'CODESET_NOT_RECOGNIZED',
    );
    assert.match(String(other.why), /<ICD10PCS\.definitions>, expected <ICD10PCS\.tabular>/);
    appErrorParams(() => parsePcsTables(readFixture('order-small.txt'), 'order-small.txt'), 'CODESET_NOT_RECOGNIZED');
    appErrorParams(() => parsePcsTables('', 'empty.xml'), 'CODESET_NOT_RECOGNIZED');
  });

  test('a bad label, a row missing an axis and a table missing an axis are issues; the rest is read', () => {
    const { tables, issues } = parsePcsTables(readFixture('tables-bad-elements.xml'), 'bad.xml');
    assert.deepEqual(issues, [
      {
        file: 'bad.xml',
        line: 9,
        field: 'label',
        message: 'label "Not a PCS character" has code "IO", not one PCS character; label skipped',
      },
      { file: 'bad.xml', line: 9, field: 'values', message: 'axis 4 declares values="2" but lists 1' },
      { file: 'bad.xml', line: 8, field: 'codes', message: 'row declares codes="3" but its axes give 1' },
      { file: 'bad.xml', line: 14, field: 'axis', message: 'row has no usable axis 6; row skipped' },
      { file: 'bad.xml', line: 20, field: 'axis', message: 'table has no usable axis 2; table skipped' },
    ]);
    assert.deepEqual(
      expandPcsTables(tables).map((c) => c.code),
      ['0DB60ZZ'],
    );
  });
});

const FY2026_TABLES = 'icd10pcs/2026/icd10pcs_tables_2026.xml';
const FY2026_ORDER = 'icd10pcs/2026/icd10pcs_order_2026.txt';
const FY2025_TABLES = 'icd10pcs/2025/icd10pcs_tables_2025.xml';
// Shared by both releases' tests, so the order file is parsed once in this file.
const order = lazyParse(FY2026_ORDER, parsePcsOrder, 'latin1');

describe('FY2026 Code Tables (official file)', { skip: skipUnlessCodesets(FY2026_TABLES, FY2026_ORDER) }, () => {
  const tables = lazyParse(FY2026_TABLES, parsePcsTables);
  let expanded: ReturnType<typeof timed<ReturnType<typeof expandPcsTables>>> | undefined;
  const codes = () => {
    expanded ??= timed(() => expandPcsTables(tables().value.tables));
    return expanded;
  };

  test('reads 914 tables and 2,733 rows without an issue', (t) => {
    const { value, parseMs } = tables();
    assert.deepEqual(value.issues, []);
    assert.equal(value.tables.version, '2026');
    assert.equal(value.tables.tables.length, 914);
    assert.equal(
      value.tables.tables.reduce((n, table) => n + table.rows.length, 0),
      2733,
    );
    t.diagnostic(`parse ${parseMs} ms`);
  });

  test("expands to 79,115 codes: exactly the order file's valid codes, with its long titles", (t) => {
    const { value, ms } = codes();
    t.diagnostic(`expand ${ms} ms`);
    assert.equal(value.length, 79115);
    const valid = order().value.records.filter((r) => r.valid);
    assert.equal(valid.length, 79115);
    const want = new Map(valid.map((r) => [r.code, r.longTitle]));
    const wrong = value.filter((c) => want.get(c.code) !== c.title);
    assert.deepEqual(
      wrong.slice(0, 5).map((c) => [c.code, c.title, want.get(c.code)]),
      [],
      `${wrong.length} codes missing from the order file or titled differently`,
    );
  });

  test('titles a few known codes', () => {
    const titles = new Map(codes().value.map((c) => [c.code, c.title]));
    assert.equal(titles.get('0DTJ4ZZ'), 'Resection of Appendix, Percutaneous Endoscopic Approach');
    assert.equal(
      titles.get('02703DZ'),
      'Dilation of Coronary Artery, One Artery with Intraluminal Device, Percutaneous Approach',
    );
    assert.equal(
      titles.get('0SRC0J9'),
      'Replacement of Right Knee Joint with Synthetic Substitute, Cemented, Open Approach',
    );
    assert.equal(titles.get('3E0234Z'), 'Introduction of Serum, Toxoid and Vaccine into Muscle, Percutaneous Approach');
    assert.equal(titles.get('B030ZZZ'), 'Magnetic Resonance Imaging (MRI) of Brain');
    assert.equal(titles.get('GZ3ZZZZ'), 'Medication Management');
  });

  test('the title index agrees with the expansion for every code', (t) => {
    const built = timed(() => buildPcsTitleIndex(tables().value.tables));
    const index = built.value;
    const lookups = timed(() => codes().value.filter((c) => index.title(c.code) !== c.title));
    t.diagnostic(`index build ${built.ms} ms, 79,115 lookups ${lookups.ms} ms`);
    assert.deepEqual(lookups.value.slice(0, 5), []);
    assert.equal(index.isValid('0DTJ4ZZ'), true);
    assert.equal(index.isValid('0DTJ4ZX'), false);
  });
});

describe('FY2025 Code Tables (official file)', { skip: skipUnlessCodesets(FY2025_TABLES, FY2026_ORDER) }, () => {
  const tables = lazyParse(FY2025_TABLES, parsePcsTables);
  let expanded: ReturnType<typeof expandPcsTables> | undefined;

  test('expands to 78,948 codes without an issue', (t) => {
    const { value, parseMs } = tables();
    assert.deepEqual(value.issues, []);
    assert.equal(value.tables.version, '2025');
    const { value: codes, ms } = timed(() => expandPcsTables(value.tables));
    expanded = codes;
    t.diagnostic(`parse ${parseMs} ms, expand ${ms} ms`);
    assert.equal(codes.length, 78948);
    assert.equal(new Set(codes.map((c) => c.code)).size, 78948);
  });

  test('the title rules carry over: codes kept in FY2026 get its titles but where FY2026 renamed the label', () => {
    const codes = expanded ?? expandPcsTables(tables().value.tables);
    const fy2026 = new Map(order().value.records.map((r) => [r.code, r.longTitle]));
    const kept = codes.filter((c) => fy2026.has(c.code));
    assert.equal(kept.length, 78909);
    assert.deepEqual(
      kept.filter((c) => fy2026.get(c.code) !== c.title),
      [
        {
          code: 'XW133G8',
          title: 'Transfusion of OTL-200 into Peripheral Vein, Percutaneous Approach, New Technology Group 8',
        },
        {
          code: 'XW143G8',
          title: 'Transfusion of OTL-200 into Central Vein, Percutaneous Approach, New Technology Group 8',
        },
      ],
    );
  });
});
