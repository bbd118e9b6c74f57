import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lazyParse } from '../../shared/test-support/codesets.js';
import { describeOnFiles } from '../../shared/test-support/excerpts.js';
import { parseCmOrder } from './order-file.js';
import { parseCmTabular } from './tabular-xml.js';
import type { CmOrderRecord, CmTabularCode } from './types.js';
import { compareWithOrder } from './verify.js';

function code(code: string, title: string, billable: boolean): CmTabularCode {
  return { code, title, billable, parent: null, section: 'A00-A09', chapter: '1', notes: {}, line: 1 };
}

function row(code: string, longTitle: string, billable: boolean): CmOrderRecord {
  return { order: 1, code, billable, shortTitle: longTitle, longTitle, line: 1 };
}

describe('compareWithOrder', () => {
  test('reports missing, extra and differing titles of billable codes', () => {
    const result = compareWithOrder(
      [
        code('A00', 'Cholera', false),
        code('A00.0', 'Cholera one', true),
        code('A00.1', 'Extra', true),
        code('A00.9', 'Other', true),
      ],
      [
        row('A00', 'Cholera (header titles are not compared)', false),
        row('A00.0', 'Cholera one', true),
        row('A00.8', 'Missing', true),
        row('A00.9', 'Cholera, unspecified', true),
      ],
    );
    assert.deepEqual(result, {
      missing: ['A00.8'],
      extra: ['A00.1'],
      titleMismatches: [{ code: 'A00.9', tabular: 'Other', order: 'Cholera, unspecified' }],
    });
  });

  test('a code billable on one side only is missing or extra', () => {
    const result = compareWithOrder([code('A00', 'Cholera', true)], [row('A00', 'Cholera', false)]);
    assert.deepEqual(result, { missing: [], extra: ['A00'], titleMismatches: [] });
  });
});

const TABULAR_2021 = 'icd10cm/2021/icd10cm_tabular_2021.xml';
const ORDER_2021 = 'icd10cm/2021/icd10cm-order-Jan-2021.txt';
// and their excerpts, which keep the same codes in both
describeOnFiles('FY2021 tabular against the January 2021 order file', [TABULAR_2021, ORDER_2021], (files) => {
  const tabular2021 = lazyParse(TABULAR_2021, parseCmTabular, 'utf8', files.path);
  const order2021 = lazyParse(ORDER_2021, parseCmOrder, 'utf8', files.path);

  test('72,621 billable codes after expansion, exactly the order file’s, with the same long titles', (t) => {
    const tabular = tabular2021();
    const order = order2021();
    t.diagnostic(`icd10cm_tabular_2021.xml parsed in ${tabular.parseMs} ms`);
    t.diagnostic(`icd10cm-order-Jan-2021.txt parsed in ${order.parseMs} ms`);
    assert.deepEqual(tabular.value.issues, []);
    assert.deepEqual(order.value.issues, []);
    if (files.official) {
      assert.equal(order.value.records.length, 95_358);
      assert.equal(tabular.value.tabular.codes.filter((c) => c.billable).length, 72_621);
    }
    assert.deepEqual(compareWithOrder(tabular.value.tabular.codes, order.value.records), {
      missing: [],
      extra: [],
      titleMismatches: [],
    });
  });

  test('headers match too: every order-file row is a tabular code with the same title and billable flag', () => {
    const codes = new Map(tabular2021().value.tabular.codes.map((c) => [c.code, c]));
    const rows = order2021().value.records;
    assert.equal(codes.size, rows.length);
    for (const r of rows) {
      const c = codes.get(r.code);
      assert.ok(c, r.code);
      assert.equal(c.title, r.longTitle, r.code);
      assert.equal(c.billable, r.billable, r.code);
    }
  });
});
