// Which Accept headers get the JSON error and which the HTML error page (content-negotiation.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acceptPrefersJson, wantsJson } from './content-negotiation.js';

test('Accept headers of browsers, curl and scripts: JSON only when it is preferred to HTML', () => {
  const html = [
    '*/*', // curl, fetch()
    'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', // browsers
    'text/html',
    'application/json, text/html', // both as wanted: the page's own type
    'application/json;q=0.5, text/html',
    'text/plain', // neither: the page
    'application/json;q=0',
    'application/json;q=abc',
  ];
  for (const accept of html) assert.equal(acceptPrefersJson(accept), false, accept);
  const json = [
    'application/json',
    'Application/JSON',
    'application/json, text/plain, */*', // axios
    'application/*',
    'text/html;q=0.5, application/json',
    'application/json; charset=utf-8',
  ];
  for (const accept of json) assert.equal(acceptPrefersJson(accept), true, accept);
});

test('the API answers JSON whatever is asked; a page without an Accept header keeps JSON', () => {
  assert.equal(wantsJson({ url: '/api/v1/codes/icd10cm/ZZZ.99', headers: { accept: 'text/html' } }), true);
  assert.equal(wantsJson({ url: '/codes/icd10cm/ZZZ.99', headers: {} }), true);
  assert.equal(wantsJson({ url: '/codes/icd10cm/ZZZ.99', headers: { accept: ' ' } }), true);
  assert.equal(wantsJson({ url: '/codes/icd10cm/ZZZ.99', headers: { accept: '*/*' } }), false);
  assert.equal(wantsJson({ url: '/codes/icd10cm/ZZZ.99', headers: { accept: 'application/json' } }), true);
});
