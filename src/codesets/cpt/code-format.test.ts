import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCptCode } from './code-format.js';

test('isCptCode: 5 digits, or 4 digits and F, T, U or M', () => {
  for (const code of ['99990', '00100', '9999F', '9999T', '9999U', '9999M']) assert.equal(isCptCode(code), true, code);
  for (const code of ['J2505', '9999', '999900', '9999f', '9999X', 'GXXX1', ' 9999']) {
    assert.equal(isCptCode(code), false, code);
  }
});
