import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeLayer, encodeLayer } from './table-codec.js';

test('large record arrays round-trip through the column encoding, nulls and absent fields kept apart', () => {
  const rows = Array.from({ length: 600 }, (_, i) => ({
    code: `C${i}`,
    target: i % 3 === 0 ? null : `T${i}`,
    ...(i % 2 === 0 ? { note: 'even' } : {}),
    flags: { approximate: i % 5 === 0 },
    list: [i, i + 1],
  }));
  const layer = { sourceFile: 'x', rows, small: [{ a: 1 }] };
  const encoded = JSON.parse(JSON.stringify(encodeLayer(layer)));
  assert.ok(encoded.rows.__table, 'encoded as a table');
  assert.deepEqual(encoded.small, [{ a: 1 }], 'small arrays stay as they are');
  assert.deepEqual(decodeLayer(encoded), layer);
});
