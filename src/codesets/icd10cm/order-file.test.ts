import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../shared/errors.js';
import { lazyParse } from '../../shared/test-support/codesets.js';
import { describeOnFiles } from '../../shared/test-support/excerpts.js';
import { parseCmCodesFile } from './codes-file.js';
import { parseCmOrder } from './order-file.js';
import { readFixture } from './test-support/fixtures.js';

describe('parseCmOrder on the hand-made fixture', () => {
  const { records, issues } = parseCmOrder(readFixture('order-small.txt'), 'order-small.txt');

  test('reads every field by position, dotting the code', () => {
    assert.equal(records.length, 5);
    assert.deepEqual(records[1], {
      order: 2,
      code: 'A00.0',
      billable: true,
      shortTitle: 'Cholera due to Vibrio cholerae 01, biovar cholerae',
      longTitle: 'Cholera due to Vibrio cholerae 01, biovar cholerae',
      line: 2,
    });
    assert.deepEqual(
      records.map((r) => [r.code, r.billable]),
      [
        ['A00', false],
        ['A00.0', true],
        ['A00.9', true],
        ['S02.0', false],
        ['S02.0XXA', true],
      ],
    );
    assert.equal(records[4]?.shortTitle, 'Fracture of vault of skull, init encntr for closed fracture');
    assert.equal(records[4]?.longTitle, 'Fracture of vault of skull, initial encounter for closed fracture');
  });

  test('a bad line is an issue with its line number and the rest is read', () => {
    assert.deepEqual(issues, [
      { file: 'order-small.txt', line: 4, message: 'billable flag "2" is not 0 or 1' },
      { file: 'order-small.txt', line: 7, message: 'line is 33 characters, the layout needs at least 78' },
    ]);
  });

  test('a file with no line in the layout is not recognised', () => {
    assert.throws(
      () => parseCmOrder(readFixture('codes-small.txt'), 'codes-small.txt'),
      (e: unknown) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});

describe('parseCmCodesFile on the hand-made fixture', () => {
  test('reads code and title, reports the line that is neither', () => {
    const { records, issues } = parseCmCodesFile(readFixture('codes-small.txt'), 'codes-small.txt');
    assert.deepEqual(records[2], {
      code: 'S02.0XXA',
      title: 'Fracture of vault of skull, initial encounter for closed fracture',
      line: 3,
    });
    assert.deepEqual(
      records.map((r) => r.code),
      ['A00.0', 'A00.9', 'S02.0XXA', 'T07.XXXA'],
    );
    assert.deepEqual(issues, [{ file: 'codes-small.txt', line: 4, message: 'not "code  title": "not a code line"' }]);
  });

  test('an XML file is not recognised', () => {
    assert.throws(
      () => parseCmCodesFile(readFixture('index-small.xml'), 'index-small.xml'),
      (e: unknown) => e instanceof AppError && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});

const ORDER_2026 = 'icd10cm/2026/icd10cm_order_2026.txt';
const CODES_2026 = 'icd10cm/2026/icd10cm_codes_2026.txt';
// the codes file against the order file also on their excerpts (the valid codes of the one, listed by the other)
describeOnFiles('FY2026 order and codes files', [ORDER_2026, CODES_2026], (files) => {
  const order2026 = lazyParse(ORDER_2026, parseCmOrder, 'utf8', files.path);
  const codes2026 = lazyParse(CODES_2026, parseCmCodesFile, 'utf8', files.path);

  test('98,186 rows of which 74,719 valid codes, no issues', { skip: files.onlyOfficial }, (t) => {
    const { value, parseMs } = order2026();
    t.diagnostic(`icd10cm_order_2026.txt parsed in ${parseMs} ms`);
    assert.deepEqual(value.issues, []);
    assert.equal(value.records.length, 98_186);
    assert.equal(value.records.filter((r) => r.billable).length, 74_719);
    assert.deepEqual(
      value.records.slice(0, 2).map((r) => [r.order, r.code, r.billable, r.longTitle]),
      [
        [1, 'A00', false, 'Cholera'],
        [2, 'A00.0', true, 'Cholera due to Vibrio cholerae 01, biovar cholerae'],
      ],
    );
    const last = value.records[value.records.length - 1];
    assert.equal(last?.order, 98_186);
    assert.equal(last?.line, 98_186);
  });

  test('the codes file lists exactly the valid codes of the order file with their long titles', (t) => {
    const { value, parseMs } = codes2026();
    t.diagnostic(`icd10cm_codes_2026.txt parsed in ${parseMs} ms`);
    assert.deepEqual(value.issues, []);
    const valid = new Map(
      order2026()
        .value.records.filter((r) => r.billable)
        .map((r) => [r.code, r.longTitle]),
    );
    assert.equal(value.records.length, valid.size);
    for (const r of value.records) assert.equal(valid.get(r.code), r.title, r.code);
  });
});
