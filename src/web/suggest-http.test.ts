// GET /api/v1/suggest over HTTP (inject) on the hand-made indexes of the type-ahead tests: the answer, the system
// and limit parameters with the API's refusals, bad text refused as /api/v1/search refuses it, and the route in
// the OpenAPI document.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { projectRoot } from '../config.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';

describe('GET /api/v1/suggest', () => {
  const dir = tempDir();
  let t: TestApp;

  before(async () => {
    await importCatalog({ from: resolve(projectRoot, 'src/search/fixtures/suggest'), dataDir: dir.path });
    t = await startTestApp({ catalogDir: dir.path });
  });
  after(async () => {
    await t?.close();
    dir.remove();
  });

  const suggest = async (query: string) => {
    const r = await t.get(`/api/v1/suggest?${query}`);
    return { status: r.statusCode, body: r.json() };
  };

  test('the phrases that complete the words, with their codes', async () => {
    const { status, body } = await suggest('q=heart%20a');
    assert.equal(status, 200);
    assert.equal(body.query, 'heart a');
    assert.deepEqual(
      body.suggestions.find((s: { text: string }) => s.text === 'heart attack'),
      {
        text: 'heart attack',
        system: 'icd10cm',
        code: 'I21.9',
        title: 'Acute myocardial infarction, unspecified',
        billable: true,
        // the lay-term dictionary has the phrase too: the lay one is offered, with the index's code
        source: 'lay',
      },
    );
    const pcs = await suggest('q=chole&system=icd10pcs&limit=1');
    assert.deepEqual(pcs.body.suggestions, [
      {
        text: 'Cholecystectomy',
        system: 'icd10pcs',
        code: null,
        prefix: '0FB4',
        title: null,
        billable: false,
        source: 'pcs-index',
      },
    ]);
    assert.deepEqual((await suggest('q=')).body, { query: '', suggestions: [] });
    assert.deepEqual((await suggest('')).body, { query: '', suggestions: [] });
  });

  test('bad parameters: 400 BAD_INPUT naming the field; bad text as search refuses it', async () => {
    for (const [query, field] of [
      ['q=x&limit=21', 'limit'],
      ['q=x&limit=0', 'limit'],
      ['q=x&limit=abc', 'limit'],
      ['q=x&system=icd9', 'system'],
    ]) {
      const { status, body } = await suggest(query as string);
      assert.equal(status, 400, query);
      assert.equal(body.error.code, 'BAD_INPUT', query);
      assert.match(body.error.message, new RegExp(field as string), query);
    }
    for (const text of ['heart\u0000', 'heart\u0007a', 'he\u202eart', 'heart\u0085']) {
      const q = encodeURIComponent(text);
      const { status, body } = await suggest(`q=${q}`);
      const search = await t.get(`/api/v1/search?q=${q}`);
      assert.equal(status, search.statusCode, JSON.stringify(text));
      assert.deepEqual(body, search.json(), JSON.stringify(text));
      if (status === 400) assert.equal(body.error.code, 'TEXT_INVALID');
    }
    const control = await suggest(`q=${encodeURIComponent('heart\u0007')}`);
    assert.equal(control.status, 400);
    assert.match(control.body.error.message, /q: contains a control character \(U\+0007\) at character 6/);
    // over 1,000 characters: cut, with search's warning
    const long = await suggest(`q=${'a'.repeat(5000)}`);
    const searched = (await t.get(`/api/v1/search?q=${'a'.repeat(5000)}`)).json();
    assert.equal(long.status, 200);
    assert.equal(long.body.query.length, 1000);
    assert.deepEqual(long.body.warnings, searched.warnings);
  });

  test('the OpenAPI document and /docs list it', async () => {
    const doc = (await t.get('/api/v1/openapi.json')).json();
    const op = doc.paths['/suggest']?.get;
    assert.equal(op?.operationId, 'suggest');
    assert.deepEqual(
      op.parameters.map((p: { name: string }) => p.name),
      ['q', 'system', 'limit'],
    );
    assert.match((await t.get('/docs', true)).body, /GET \/api\/v1\/suggest/);
  });
});
