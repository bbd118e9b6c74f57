// Regression: `curl /codes/icd10cm/ZZZ.99` (Accept: */*) got the JSON error, because only an Accept header naming
// text/html got the HTML page. A page URL now answers an unknown code, a missing page or bad input with the HTML
// error page unless the client asks for JSON; the API under /api keeps answering JSON errors.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startMiniApp, type TestApp } from './test-support/test-app.js';

const CURL = '*/*';
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('error pages and JSON errors by Accept header', () => {
  let t: TestApp;
  before(async () => {
    t = await startMiniApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
  });
  after(async () => {
    await t?.close();
  });

  const get = (url: string, accept: string) => t.app.inject({ url, headers: { accept } });
  const isPage = (r: { headers: Record<string, unknown>; body: string }) =>
    /^text\/html/.test(String(r.headers['content-type'])) && /<!doctype html>/i.test(r.body);

  test('curl /codes/icd10cm/ZZZ.99 got JSON: a page URL answers the HTML 404 unless JSON is asked for', async () => {
    for (const accept of [CURL, BROWSER]) {
      const r = await get('/codes/icd10cm/ZZZ.99', accept);
      assert.equal(r.statusCode, 404, accept);
      assert.ok(isPage(r), `${accept}: ${r.body.slice(0, 100)}`);
      assert.match(r.body, /<h1>Not found<\/h1>/);
    }
    const json = await get('/codes/icd10cm/ZZZ.99', 'application/json');
    assert.equal(json.statusCode, 404);
    assert.equal(json.json().error.code, 'CATALOG_UNKNOWN_CODE');
  });

  test('a missing page and bad input on a page: the HTML page for curl, JSON when asked for', async () => {
    const missing = await get('/no-such-page', CURL);
    assert.equal(missing.statusCode, 404);
    assert.ok(isPage(missing));
    assert.equal((await get('/no-such-page', 'application/json')).json().error.code, 'NOT_FOUND');
    const badPage = await get('/search?q=x&page=0', CURL);
    assert.equal(badPage.statusCode, 400);
    assert.ok(isPage(badPage));
    const unknownSystem = await get('/browse/nope', CURL);
    assert.ok(unknownSystem.statusCode >= 400 && isPage(unknownSystem));
  });

  test('the API answers JSON errors whatever the Accept header says', async () => {
    for (const accept of [CURL, BROWSER, 'text/html']) {
      for (const url of ['/api/v1/codes/icd10cm/ZZZ.99', '/api/v1/no-such-route']) {
        const r = await get(url, accept);
        assert.equal(r.statusCode, 404, `${url} ${accept}`);
        assert.match(String(r.headers['content-type']), /^application\/json/);
        assert.ok(r.json().error.code, url);
      }
    }
  });
});
