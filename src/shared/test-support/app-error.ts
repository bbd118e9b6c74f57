// For tests: the AppError a call throws, as its code and message (fails the test when it throws none).
import assert from 'node:assert/strict';
import { isAppError } from '../errors.js';

export function appErrorOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isAppError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  assert.fail('expected an error');
}
