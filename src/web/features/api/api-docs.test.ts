// The API documents every operation and every parameter: a description and an example for each operation, each
// query or path parameter and each field of a POST body (nested fields too), taken from the operation definitions —
// the examples accepted by their own field's schema — and shown as such in the OpenAPI document and on /docs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Compile } from 'typebox/compile';
import { fieldDocs } from '../../../operations/index.js';
import { ApiDocs } from './api-docs.js';
import { API_OPERATIONS } from './api-operations.js';
import { OPENAPI } from './openapi.js';

interface DocOperation {
  operationId?: string;
  summary?: string;
  parameters?: { name: string; description?: string; example?: unknown; schema: { examples?: unknown[] } }[];
  requestBody?: { content: { 'application/json': { example?: unknown } } };
}

describe('API documentation: a description and an example for every operation and parameter', () => {
  test('every operation of the API and every field of its input, from the definitions', () => {
    for (const { operation } of API_OPERATIONS) {
      assert.match(operation.description, /\S{3}/, operation.name);
      assert.ok(operation.example !== undefined, `${operation.name}: example`);
      for (const field of fieldDocs(operation.input, operation.example)) {
        const where = `${operation.name}: ${field.path}`;
        assert.match(field.description ?? '', /\S{3}/, `${where} has no description`);
        assert.notEqual(field.example, undefined, `${where} has no example`);
        const { examples: _, ...schema } = field.schema;
        assert.ok(Compile(schema as never).Check(field.example), `${where}: its schema refuses its own example`);
      }
    }
  });

  test('the OpenAPI document: a summary per operation, a description and an example per parameter and body', () => {
    let parameters = 0;
    for (const [path, ops] of Object.entries(OPENAPI.paths as Record<string, Record<string, DocOperation>>))
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method.toUpperCase()} ${path}`;
        assert.match(op.summary ?? '', /\S{3}/, where);
        for (const p of op.parameters ?? []) {
          parameters++;
          assert.match(p.description ?? '', /\S{3}/, `${where} ${p.name}: description`);
          assert.ok(p.example !== undefined || p.schema.examples?.[0] !== undefined, `${where} ${p.name}: example`);
        }
        if (method === 'post') assert.ok(op.requestBody?.content['application/json'].example, `${where}: body example`);
      }
    assert.ok(parameters > 20, `${parameters} parameters`);
  });

  test('/docs shows each parameter and body field with its description and example: no empty cell', () => {
    const html = renderToString(h(ApiDocs, { document: OPENAPI }));
    assert.doesNotMatch(html, /<td><\/td>/);
    // a field only the field's own example documents, and a nested body field
    assert.match(
      html,
      /<code>billable<\/code><\/td><td>query<\/td><td>no<\/td><td>boolean<\/td><td>billable codes only<\/td><td><code>true<\/code>/,
    );
    assert.match(html, /<code>lines\[\]\.modifiers<\/code>.*?<td><code>\[&quot;25&quot;\]<\/code><\/td>/s);
    assert.match(html, /<code>patient\.age<\/code>.*?age in years.*?<code>45<\/code>/s);
  });
});
