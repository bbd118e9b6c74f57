import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readYyyymmdd } from './anweb-dates.js';

test('readYyyymmdd turns YYYYMMDD into YYYY-MM-DD and tells blank from invalid', () => {
  assert.deepEqual(readYyyymmdd('20260101'), { kind: 'date', iso: '2026-01-01' });
  assert.deepEqual(readYyyymmdd(' 20240229 '), { kind: 'date', iso: '2024-02-29' });
  assert.deepEqual(readYyyymmdd('        '), { kind: 'blank' });
  assert.deepEqual(readYyyymmdd(''), { kind: 'blank' });
  for (const bad of ['20230229', '20261301', '20260100', '2026011', '2026-01-01', '0000000X']) {
    assert.deepEqual(readYyyymmdd(bad), { kind: 'invalid' }, bad);
  }
});
