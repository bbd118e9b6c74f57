import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../shared/errors.js';
import { lazyParse, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import { parsePcsOrder } from './order-file.js';
import { readFixture } from './test-support/fixtures.js';

describe('parsePcsOrder on the hand-made fixture (CRLF, as CMS ships it)', () => {
  const { records, issues } = parsePcsOrder(readFixture('order-small.txt'), 'order-small.txt');

  test('reads every field by position', () => {
    assert.deepEqual(records[0], {
      order: 31010,
      code: '0DB',
      valid: false,
      shortTitle: 'Gastrointestinal System, Excision',
      longTitle: 'Gastrointestinal System, Excision',
      line: 1,
    });
    assert.deepEqual(records[4], {
      order: 31073,
      code: '0DB68Z3',
      valid: true,
      shortTitle: 'Excision of Stomach, Endo, Vert',
      longTitle: 'Excision of Stomach, Via Natural or Artificial Opening Endoscopic, Vertical',
      line: 7,
    });
    assert.deepEqual(
      records.map((r) => r.code),
      ['0DB', '0DB60Z3', '0DB60ZX', '0DB60ZZ', '0DB68Z3', '0DB68ZX', '0DB68ZZ'],
    );
  });

  test('a bad flag, a cut-off line and a repeated code are issues with their lines; the rest is read', () => {
    assert.deepEqual(issues, [
      { file: 'order-small.txt', line: 5, field: 'valid', message: 'valid flag "Y" is neither 0 nor 1; line skipped' },
      {
        file: 'order-small.txt',
        line: 6,
        field: 'layout',
        message: 'line does not follow the order-file layout (41 characters); skipped',
      },
      { file: 'order-small.txt', line: 10, field: 'code', message: '0DB68ZZ repeats line 9; the repeat is skipped' },
    ]);
  });

  test('a file of another layout is CODESET_NOT_RECOGNIZED', () => {
    for (const text of [readFixture('tables-small.xml'), '', 'A00.0 Cholera\n']) {
      assert.throws(
        () => parsePcsOrder(text, 'other.txt'),
        (e) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED',
      );
    }
  });
});

const FY2026_ORDER = 'icd10pcs/2026/icd10pcs_order_2026.txt';

describe('FY2026 order file (official file)', { skip: skipUnlessCodesets(FY2026_ORDER) }, () => {
  const order = lazyParse(FY2026_ORDER, parsePcsOrder, 'latin1');

  test('80,029 lines: 79,115 valid codes and 914 table headers, in order, without an issue', (t) => {
    const { value, parseMs } = order();
    t.diagnostic(`parse ${parseMs} ms`);
    assert.deepEqual(value.issues, []);
    assert.equal(value.records.length, 80029);
    assert.equal(value.records.filter((r) => r.valid).length, 79115);
    assert.equal(value.records.filter((r) => !r.valid && r.code.length === 3).length, 914);
    assert.equal(value.records[80028]?.order, 80029);
  });

  test('a known code', () => {
    const r = order().value.records.find((x) => x.code === '0016070');
    assert.deepEqual(r, {
      order: 2,
      code: '0016070',
      valid: true,
      shortTitle: 'Bypass Cereb Vent to Nasophar with Autol Sub, Open Approach',
      longTitle: 'Bypass Cerebral Ventricle to Nasopharynx with Autologous Tissue Substitute, Open Approach',
      line: 2,
    });
  });
});
