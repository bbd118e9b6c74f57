// CSV cells: quoted when needed, and never read as a formula by a spreadsheet.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, csvLine } from './csv.js';

test('cells starting with = + - @ (or a tab or carriage return) are prefixed with an apostrophe', () => {
  assert.equal(csvCell('=HYPERLINK("https://evil.test","click")'), '"\'=HYPERLINK(""https://evil.test"",""click"")"');
  assert.equal(csvCell('+1 555 0100'), "'+1 555 0100");
  assert.equal(csvCell('-2+3'), "'-2+3");
  assert.equal(csvCell('@SUM(A1:A2)'), "'@SUM(A1:A2)");
  assert.equal(csvCell('\tcmd'), "'\tcmd");
  assert.equal(csvCell('a=b'), 'a=b');
  assert.equal(csvCell('CPC, CCS'), '"CPC, CCS"');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell(null), '');
});

test('a line is comma-separated and ends with CRLF', () => {
  assert.equal(csvLine(['a', 'b "c"', 3]), 'a,"b ""c""",3\r\n');
});
