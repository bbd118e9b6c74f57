import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeNext } from './safe-next.js';

test('a log in next with control or non-Latin-1 characters went raw into Location: paths encoded, the rest refused', () => {
  const cases: [string | undefined, string][] = [
    [undefined, '/account'],
    ['', '/account'],
    ['/', '/'],
    ['/codes/icd10cm/E11.9?date=2026-01-01#notes', '/codes/icd10cm/E11.9?date=2026-01-01#notes'],
    ['/search?q=a%20b', '/search?q=a%20b'],
    ['/search?q=a b', '/search?q=a%20b'],
    ['/é', '/%C3%A9'],
    ['/\u0100', '/%C4%80'],
    ['/\u{1F600}', '/%F0%9F%98%80'],
    ['/100%', '/100%25'],
    ['/%zz', '/%25zz'],
    ['/a\\b', '/a%5Cb'],
    ['/"<x>"', '/%22%3Cx%3E%22'],
    ['/\u0000', '/account'],
    ['/\u001f', '/account'],
    ['/\u007f', '/account'],
    ['/\u0085', '/account'],
    ['/\t/evil.example', '/account'],
    ['/\n/evil.example', '/account'],
    ['/\ud800', '/account'],
    ['//evil.example', '/account'],
    ['/\\evil.example', '/account'],
    ['https://evil.example/', '/account'],
    ['javascript:alert(1)', '/account'],
    ['evil.example', '/account'],
    [' /account', '/account'],
    [`/${'a'.repeat(500)}`, '/account'],
  ];
  for (const [next, expected] of cases) assert.equal(safeNext(next), expected, JSON.stringify(next));
  assert.equal(safeNext('//x', '/'), '/', 'the fallback given');
});
