// Verifying an organization's website domain by mailbox control: the employer names an address at the domain (or a
// subdomain of it), a link goes there through the mail outbox, and following the link proves they read that mailbox.
// The link's token is signed (signed-token.ts, a key for this purpose alone) over the organization, the domain and
// an expiry, so it needs no table: it is void once it expires or once the organization's domain is another. What is
// kept is the proved domain (domain_verified): the profile is verified while it equals the current domain.
// Each mail costs a count against the organization for the UTC day, so the form cannot be used to spam an address.

import { writeTransaction } from '../db/index.js';
import { AppError } from '../shared/index.js';
import { enqueueMail } from '../tasks/index.js';
import { requireEmployer } from './access.js';
import { domainVerificationMail } from './careers-mail.js';
import type { Actor, CareersDeps } from './deps.js';
import { normalizeDomain, normalizeEmailAddress } from './domains.js';
import { type OrganizationProfile, toOrganizationProfile } from './organizations.js';
import { Problems } from './problems.js';
import { signatureMatches, signBody } from './signed-token.js';
import { readText } from './text-fields.js';

const PURPOSE = 'codedesk careers domain verification v1';
const VERSION = 'd1';
export const DOMAIN_VERIFICATION_HOURS = 48;
export const DOMAIN_VERIFICATION_MAILS_PER_DAY = 5;
/** a token is about 150 characters; anything far longer is not one of ours and is not hashed */
export const DOMAIN_TOKEN_MAX = 600;
const ADDRESS_MAX = 254;

const ID = /^[A-Za-z0-9-]{1,64}$/;
const B64URL = /^[A-Za-z0-9_-]{1,400}$/;
const SECONDS = /^\d{1,12}$/;

interface TokenBody {
  organizationId: string;
  domain: string;
  /** seconds since the epoch */
  expires: number;
}

function bodyText(b: TokenBody): string {
  return `${VERSION}.${b.organizationId}.${Buffer.from(b.domain).toString('base64url')}.${b.expires}`;
}

export function signDomainToken(secret: string, body: TokenBody): string {
  const text = bodyText(body);
  return `${text}.${signBody(secret, PURPOSE, text)}`;
}

function invalid(why: 'invalid' | 'expired' | 'domain changed'): AppError {
  return new AppError('CAREERS_VERIFICATION_INVALID', { why });
}

/** The token's organization, domain and expiry once its signature is checked (not yet its expiry). */
function readDomainToken(secret: string, token: unknown): TokenBody {
  if (typeof token !== 'string' || token.length > DOMAIN_TOKEN_MAX) throw invalid('invalid');
  const parts = token.split('.');
  if (parts.length !== 5) throw invalid('invalid');
  const [version, organizationId, domain64, expires, sig] = parts as [string, string, string, string, string];
  if (version !== VERSION || !ID.test(organizationId) || !B64URL.test(domain64) || !SECONDS.test(expires))
    throw invalid('invalid');
  if (sig === '' || !signatureMatches(secret, PURPOSE, `${version}.${organizationId}.${domain64}.${expires}`, sig))
    throw invalid('invalid');
  return { organizationId, domain: Buffer.from(domain64, 'base64url').toString(), expires: Number(expires) };
}

/** The address lower-cased, when it is a mailbox at `domain` or a subdomain of it; a problem on `address` otherwise. */
function readAddress(problems: Problems, value: unknown, domain: string): string | undefined {
  const text = readText(problems, 'address', value, { max: ADDRESS_MAX, required: true });
  if (text === undefined) return undefined;
  const address = normalizeEmailAddress(text);
  // compared in ASCII (punycode) like the stored domain; "www." is dropped on both sides
  const host = address ? normalizeDomain(address.slice(address.lastIndexOf('@') + 1)) : undefined;
  if (!address || !host) {
    problems.add('address', `is not an email address; give one at ${domain}, such as hr@${domain}`);
    return undefined;
  }
  if (host !== domain && !host.endsWith(`.${domain}`)) {
    problems.add('address', `must be a mailbox at ${domain} (or a subdomain of it), such as hr@${domain}`);
    return undefined;
  }
  return address;
}

/**
 * Sends a verification link to `address`, a mailbox at the employer's organization's domain. Refused with
 * CAREERS_INVALID (field `address`, or `domain` when the profile gives none), CAREERS_NOT_FOUND when there is no
 * profile, CAREERS_VERIFICATION_LIMIT after the day's mails.
 */
export async function requestDomainVerification(
  deps: CareersDeps,
  actor: Actor | undefined,
  input: { secret: string; address: unknown },
): Promise<{ address: string; domain: string }> {
  const who = requireEmployer(actor);
  const now = deps.now();
  const day = now.toISOString().slice(0, 10);
  return writeTransaction(deps.db, [`careers:organization:${who.id}`], async (trx) => {
    const org = await trx
      .selectFrom('careers_organizations')
      .selectAll()
      .where('owner_user_id', '=', who.id)
      .executeTakeFirst();
    if (!org) throw new AppError('CAREERS_NOT_FOUND', { what: 'organization', id: 'of yours' });
    const problems = new Problems();
    if (org.domain === null) problems.add('domain', 'is not given in the profile; save the website domain first');
    const address = org.domain === null ? undefined : readAddress(problems, input.address, org.domain);
    problems.throwIfAny('The verification link cannot be sent');
    const domain = org.domain as string;
    const sent = org.verification_mail_day === day ? org.verification_mails : 0;
    if (sent >= DOMAIN_VERIFICATION_MAILS_PER_DAY)
      throw new AppError('CAREERS_VERIFICATION_LIMIT', { max: DOMAIN_VERIFICATION_MAILS_PER_DAY });
    await trx
      .updateTable('careers_organizations')
      .set({ verification_mail_day: day, verification_mails: sent + 1 })
      .where('id', '=', org.id)
      .execute();
    const expires = Math.floor(now.getTime() / 1000) + DOMAIN_VERIFICATION_HOURS * 3600;
    const token = signDomainToken(input.secret, { organizationId: org.id, domain, expires });
    await enqueueMail(
      trx,
      domainVerificationMail(address as string, org.name, domain, token, DOMAIN_VERIFICATION_HOURS, deps.publicUrl),
      now,
    );
    return { address: address as string, domain };
  });
}

/**
 * Follows a verification link: no user needed, the signed token is the authority. Marks the organization's current
 * domain verified; CAREERS_VERIFICATION_INVALID when the token is altered or forged, expired, or for a domain the
 * organization no longer has.
 */
export async function confirmDomainVerification(
  deps: CareersDeps,
  input: { secret: string; token: unknown },
): Promise<OrganizationProfile> {
  const body = readDomainToken(input.secret, input.token);
  if (deps.now().getTime() / 1000 > body.expires) throw invalid('expired');
  const org = await deps.db
    .selectFrom('careers_organizations')
    .selectAll()
    .where('id', '=', body.organizationId)
    .executeTakeFirst();
  if (!org) throw invalid('invalid');
  if (org.domain !== body.domain) throw invalid('domain changed');
  // only while the domain is still the token's: a profile saved with another domain in between is not verified
  await deps.db
    .updateTable('careers_organizations')
    .set({ domain_verified: body.domain })
    .where('id', '=', org.id)
    .where('domain', '=', body.domain)
    .execute();
  return toOrganizationProfile({ ...org, domain_verified: body.domain });
}
