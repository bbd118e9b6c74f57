// For tests of domain functions: the AppError code a promise rejects with, or 'no error'; any other rejection
// is rethrown, so a bug does not pass as a refusal.
import { isAppError } from '../errors.js';

export async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
  return 'no error';
}
