import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvRows, tabRows } from './table-rows.js';

describe('table rows', () => {
  test('a quoted CSV cell spanning lines is one cell; the record keeps the line it starts on', () => {
    const rows = csvRows('"notice\n\nmore",,\n"HCPCS/\r\nCPT Code",B\nA0425,250\n');
    assert.deepEqual(
      rows.map((r) => [r.line, r.fields]),
      [
        [1, ['notice\n\nmore', '', '']],
        [4, ['HCPCS/\nCPT Code', 'B']],
        [6, ['A0425', '250']],
      ],
    );
  });

  test('doubled quotes inside a quoted cell do not end it', () => {
    const rows = csvRows('"say ""hi""\nthere",x\n');
    assert.deepEqual(rows[0]?.fields, ['say "hi"\nthere', 'x']);
  });

  test('a quote never closed costs its own line only, reported as an error', () => {
    const lines = ['A0425,250', '"J1100,120', ...Array.from({ length: 60 }, (_, i) => `X${i},1`)];
    const rows = csvRows(lines.join('\n'));
    assert.equal(rows.length, 62);
    assert.equal(rows[1]?.line, 2);
    assert.match(rows[1]?.error ?? '', /not closed/);
    assert.deepEqual(rows[2], { fields: ['X0', '1'], line: 3 });
  });

  test('tab rows keep empty cells', () => {
    assert.deepEqual(
      [...tabRows('a\t\tb\r\n\t\nlast')],
      [
        { fields: ['a', '', 'b'], line: 1 },
        { fields: ['', ''], line: 2 },
        { fields: ['last'], line: 3 },
      ],
    );
  });
});
