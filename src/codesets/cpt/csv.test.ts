import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitCsvLine } from './csv.js';

test('splitCsvLine splits on commas and keeps empty fields', () => {
  assert.deepEqual(splitCsvLine('a,,b,'), { fields: ['a', '', 'b', ''] });
  assert.deepEqual(splitCsvLine(''), { fields: [''] });
});

test('splitCsvLine reads quoted fields with commas and doubled quotes', () => {
  assert.deepEqual(splitCsvLine('A4719,,"""y set"" tubing",X'), { fields: ['A4719', '', '"y set" tubing', 'X'] });
  assert.deepEqual(splitCsvLine('J2505,"Injection, pegfilgrastim 6mg",E'), {
    fields: ['J2505', 'Injection, pegfilgrastim 6mg', 'E'],
  });
  assert.deepEqual(splitCsvLine('"ends with a quote"""'), { fields: ['ends with a quote"'] });
  assert.deepEqual(splitCsvLine('"",x'), { fields: ['', 'x'] });
});

test('splitCsvLine reports an unclosed quote and text after a closing quote', () => {
  assert.match(splitCsvLine('G0417,"Sat biopsy,A').error ?? '', /not closed/);
  assert.match(splitCsvLine('"a"b,c').error ?? '', /after the closing quote of field 1/);
});

test('splitCsvLine takes another separator', () => {
  assert.deepEqual(splitCsvLine('a;"b;c";d', ';'), { fields: ['a', 'b;c', 'd'] });
});
