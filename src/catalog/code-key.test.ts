import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeKey } from './code-key.js';

test('codeKey drops dots and whitespace and upper-cases', () => {
  assert.equal(codeKey('e11.9'), 'E119');
  assert.equal(codeKey(' S72.001a\t'), 'S72001A');
  assert.equal(codeKey('0DTJ4ZZ'), '0DTJ4ZZ');
  assert.equal(codeKey('j1100'), 'J1100');
});
