import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError, errorCatalogue } from './errors.js';

test('every error code has an HTTP status, an exit status and a message', () => {
  for (const [code, entry] of Object.entries(errorCatalogue)) {
    assert.ok(entry.status >= 400 && entry.status < 600, `${code} status`);
    assert.ok(entry.exit === 1 || entry.exit === 2, `${code} exit`);
    assert.equal(typeof entry.message, 'function', `${code} message`);
  }
});

test('AppError serialises to the contract shape', () => {
  const e = new AppError('CATALOG_UNKNOWN_CODE', { code: 'Q99.9', system: 'ICD-10-CM' });
  assert.deepEqual(e.toJSON(), {
    error: { code: 'CATALOG_UNKNOWN_CODE', message: 'No ICD-10-CM code Q99.9 in any loaded release' },
  });
  assert.equal(e.exitCode, 2);
  assert.equal(e.status, 404);
});
