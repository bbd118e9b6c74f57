// The HMAC under CareerCenter's signed links (unsubscribe, domain verification): a key derived from the
// application's secret for one purpose each, so a token made for one use never passes for another (or for a cookie
// signature), and a comparison in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The signature of `body` for `purpose`, as base64url text. */
export function signBody(secret: string, purpose: string, body: string): string {
  const key = createHmac('sha256', secret).update(purpose).digest();
  return createHmac('sha256', key).update(body).digest('base64url');
}

/** Whether `sig` is the signature of `body` for `purpose`. */
export function signatureMatches(secret: string, purpose: string, body: string, sig: string): boolean {
  // compared as text: base64url decoding ignores a last character's spare bits, so an altered one could decode equal
  const given = Buffer.from(sig);
  const expected = Buffer.from(signBody(secret, purpose, body));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
