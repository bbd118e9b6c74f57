// Where log in sends the visitor afterwards: the `next` its form carries, which whoever wrote the link controls.
// Only a path on this site is followed, and it goes into the Location header, which carries printable ASCII
// only: a control character there makes Node refuse the whole response, and a character above U+00FF too,
// while one in between would go out as a raw byte. So the path is checked, then percent-encoded.

const MAX_NEXT = 500;
/** characters that may stand in a URL as they are (RFC 3986 unreserved and reserved, and "%" of an escape) */
const UNSAFE = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu;
/** C0 controls, DEL and C1 controls: browsers drop tabs and newlines from URLs, so "/\t/host" would be "//host" */
const CONTROL = /\p{Cc}/u;
const BASE = 'http://codedesk.invalid';

/**
 * A same-site path to redirect to: `next` when it is one — a single "/" first (not "//host" or "/\host", which
 * browsers read as another site), no scheme, no control characters — with what a URL may not carry
 * percent-encoded ("/é" → "/%C3%A9"); otherwise the fallback.
 */
export function safeNext(next: string | undefined, fallback = '/account'): string {
  if (!next || next.length > MAX_NEXT || CONTROL.test(next)) return fallback;
  if (next[0] !== '/' || next[1] === '/' || next[1] === '\\') return fallback;
  let encoded: string;
  try {
    // encodeURIComponent refuses a lone surrogate (not text at all)
    encoded = next.replace(UNSAFE, (c) => encodeURIComponent(c));
  } catch {
    return fallback;
  }
  // what a browser makes of it, resolved against this site, must still be this site
  return new URL(encoded, BASE).origin === BASE ? encoded : fallback;
}
