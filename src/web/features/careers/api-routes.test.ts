// CareerCenter's route table without a server: every route that reads a body states its limit, the upload route
// the résumé's, every route is in the OpenAPI document with its security and a unique operationId; the pieces that
// read input (a schema error's field, the two forms of answers) say what they should.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isAppError } from '../../../shared/index.js';
import { CAREERS_JSON_BODY_LIMIT, RESUME_UPLOAD_BODY_LIMIT } from '../../body-limits.js';
import { openApiDocument } from '../api/openapi.js';
import { documentPath } from '../api/route-docs.js';
import { CAREERS_API_DOCS } from './api.js';
import { APPLICATION_ROUTES, answersOf } from './api-applications.js';
import { JOB_ROUTES } from './api-jobs.js';
import { fieldOfPath } from './api-route.js';

const ROUTES = [...JOB_ROUTES, ...APPLICATION_ROUTES];

describe("CareerCenter's API routes", () => {
  test('every route that may carry a body states its limit; the application route the résumé upload limit', () => {
    for (const route of ROUTES) {
      if (route.method === 'GET') continue;
      const where = `${route.method} ${route.url}`;
      assert.ok(route.bodyLimit, `${where} states no body limit`);
      assert.equal(
        route.bodyLimit,
        route.body?.type === 'multipart' ? RESUME_UPLOAD_BODY_LIMIT : CAREERS_JSON_BODY_LIMIT,
      );
    }
  });

  test('every route is in the OpenAPI document once, with its security and responses', () => {
    const doc = openApiDocument(CAREERS_API_DOCS) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const ids = new Set<string>();
    for (const route of ROUTES) {
      const op = doc.paths[documentPath(route.url)]?.[route.method.toLowerCase()];
      assert.ok(op, `${route.method} ${route.url}`);
      assert.equal(op.operationId, route.operationId);
      assert.ok(!ids.has(route.operationId), `${route.operationId} twice`);
      ids.add(route.operationId);
      assert.ok(Array.isArray(op.security) && op.security.length >= 2);
      const responses = op.responses as Record<string, { description: string }>;
      if (route.access !== 'public') assert.match(responses['401']?.description ?? '', /AUTH_REQUIRED/);
      if (route.access === 'employer' || route.access === 'admin')
        assert.match(responses['403']?.description ?? '', /FORBIDDEN/);
    }
  });

  test("a schema error's path as the field is named in messages", () => {
    assert.equal(fieldOfPath('/salaryMin'), 'salaryMin');
    assert.equal(fieldOfPath('/screeningQuestions/0/question'), 'screeningQuestions[0].question');
    assert.equal(fieldOfPath('/location/state'), 'location.state');
    assert.equal(fieldOfPath(''), '');
  });

  test('answers as one JSON field or as answers[i] fields, never both', () => {
    assert.deepEqual(answersOf({ answers: '["a","b"]' }), ['a', 'b']);
    assert.deepEqual(answersOf({ 'answers[1]': 'b', 'answers[0]': 'a' }), ['a', 'b']);
    assert.deepEqual(answersOf({ 'answers[1]': 'b' }), ['', 'b']);
    assert.equal(answersOf({ coverNote: 'x' }), undefined);
    const refused: Record<string, string>[] = [
      { answers: 'nope' },
      { answers: '[]', 'answers[0]': 'a' },
      { 'answers[10]': 'a' },
      { 'answers[x]': 'a' },
    ];
    for (const fields of refused) {
      try {
        answersOf(fields);
        assert.fail(JSON.stringify(fields));
      } catch (e) {
        assert.ok(isAppError(e) && e.code === 'CAREERS_INVALID', JSON.stringify(fields));
      }
    }
  });
});
