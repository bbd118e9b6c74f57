// The unsubscribe links of the job-alert digest: a token naming what to stop (one saved search, or all of a user's)
// and signed with an HMAC, so the link works without signing in and no one can make a link for a search that is
// not theirs. The key is derived from the application's secret (accounts' appSecret: SESSION_SECRET or the one
// kept in the database) for this purpose alone, so a token can never pass for a cookie signature or the reverse.
// Tokens do not expire: an unsubscribe link must keep working as long as the mail is read (RFC 8058); once the
// search is gone the link just says so.
import { AppError } from '../shared/index.js';
import { signatureMatches, signBody } from './signed-token.js';

const VERSION = 'u1';
const PURPOSE = 'codedesk careers unsubscribe v1';
/** a token is a few dozen characters; anything far longer is not one of ours and is not hashed */
export const UNSUBSCRIBE_TOKEN_MAX = 200;

export type UnsubscribeTarget = { kind: 'search'; searchId: string } | { kind: 'all'; userId: string };

const ID = /^[A-Za-z0-9-]{1,64}$/;

function bodyOf(target: UnsubscribeTarget): string {
  return target.kind === 'search' ? `${VERSION}.s.${target.searchId}` : `${VERSION}.a.${target.userId}`;
}

export function signUnsubscribeToken(secret: string, target: UnsubscribeTarget): string {
  const body = bodyOf(target);
  return `${body}.${signBody(secret, PURPOSE, body)}`;
}

/** What a token stops, or CAREERS_UNSUBSCRIBE_INVALID when it is malformed or its signature does not match. */
export function verifyUnsubscribeToken(secret: string, token: unknown): UnsubscribeTarget {
  const invalid = new AppError('CAREERS_UNSUBSCRIBE_INVALID', {});
  if (typeof token !== 'string' || token.length > UNSUBSCRIBE_TOKEN_MAX) throw invalid;
  const parts = token.split('.');
  if (parts.length !== 4) throw invalid;
  const [version, kind, id, sig] = parts as [string, string, string, string];
  if (version !== VERSION || (kind !== 's' && kind !== 'a') || !ID.test(id) || sig === '') throw invalid;
  if (!signatureMatches(secret, PURPOSE, `${version}.${kind}.${id}`, sig)) throw invalid;
  return kind === 's' ? { kind: 'search', searchId: id } : { kind: 'all', userId: id };
}
