import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelFromName } from './import/classify.js';
import { effectiveRange, isValidIsoDate, releaseTitle } from './releases.js';

test('fiscal-year systems run October to September; updates start in their month', () => {
  assert.deepEqual(effectiveRange('icd10cm', { year: 2026 }), { from: '2025-10-01', to: '2026-09-30' });
  assert.deepEqual(effectiveRange('icd10cm', { year: 2026, month: 4 }), { from: '2026-04-01', to: '2026-09-30' });
  assert.equal(releaseTitle('icd10pcs', { year: 2026, month: 4 }), 'ICD-10-PCS FY2026 (2026-04 update)');
});

test('quarterly and annual releases', () => {
  assert.deepEqual(effectiveRange('hcpcs', { year: 2026, month: 1 }), { from: '2026-01-01', to: '2026-03-31' });
  assert.deepEqual(effectiveRange('hcpcs', { year: 2020, month: 10 }), { from: '2020-10-01', to: '2020-12-31' });
  assert.deepEqual(effectiveRange('cpt', { year: 2026, month: 7 }), { from: '2026-07-01', to: '2026-09-30' });
  assert.deepEqual(effectiveRange('hcpcs', { year: 2019 }), { from: '2019-01-01', to: '2019-12-31' });
});

test('release labels from official file names, whatever the year', () => {
  assert.deepEqual(labelFromName('icd10cm-drug-April-1-2026-XML.xml', 'x'), { year: 2026, month: 4 });
  assert.deepEqual(labelFromName('icd10cm-order-Jan-2021.txt', 'x'), { year: 2021, month: 1 });
  assert.deepEqual(labelFromName('icd10cm_order_2031.txt', 'x'), { year: 2031 });
  assert.deepEqual(labelFromName('anweb.xlsx', '2020-10'), { year: 2020, month: 10 });
});

test('dates are checked for real calendar days', () => {
  assert.equal(isValidIsoDate('2024-02-29'), true);
  assert.equal(isValidIsoDate('2023-02-29'), false);
  assert.equal(isValidIsoDate('2026-5-1'), false);
});
