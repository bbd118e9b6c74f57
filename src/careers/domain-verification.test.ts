// Domain verification on SQLite and PostgreSQL: an address at the organization's domain or a subdomain gets one
// mail with the link, any other address (and a profile without a domain) is refused naming the field; following
// the link verifies the domain, changing the domain un-verifies it; an altered, expired or other-domain token
// changes nothing; the sixth mail in a UTC day is refused and the next day allows mail again.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { appSecret } from '../accounts/index.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import {
  type Actor,
  type CareersDeps,
  confirmDomainVerification,
  DOMAIN_VERIFICATION_MAILS_PER_DAY,
  myOrganization,
  requestDomainVerification,
  saveOrganization,
  signDomainToken,
} from './index.js';
import { makeUser, PUBLIC_URL, queuedMails, refusal, TestClock, testDeps } from './test-support/careers-fixtures.js';

/** the token of the verification link in the last mail to `to` */
async function linkToken(t: Parameters<typeof queuedMails>[0], to: string): Promise<string> {
  const mails = await queuedMails(t, to);
  const last = mails.at(-1);
  assert.ok(last, `a mail to ${to}`);
  const m = new RegExp(`${PUBLIC_URL}/employer/verify-domain\\?token=([^\\s]+)`).exec(last.text);
  assert.ok(m?.[1], last.text);
  return decodeURIComponent(m[1]);
}

describeEachDatabase('CareerCenter domain verification', (t) => {
  const clock = new TestClock();
  let deps: CareersDeps;
  let employer: Actor;
  let secret: string;

  before(async () => {
    deps = testDeps(t.database, clock);
    employer = await makeUser(t.database, 'employer', 'verifier');
    secret = await appSecret(t.database.db, undefined);
    await saveOrganization(deps, employer, { name: 'Acme Health', domain: 'https://www.Acme-Health.com/careers' });
  });

  test('a new profile is not verified; an address elsewhere is refused naming the field and the domain', async () => {
    assert.equal((await myOrganization(deps, employer))?.domainVerified, false);
    const r = await refusal(requestDomainVerification(deps, employer, { secret, address: 'hr@acme-jobs-hiring.top' }));
    assert.equal(r.code, 'CAREERS_INVALID');
    assert.deepEqual(
      r.problems.map((p) => p.field),
      ['address'],
    );
    assert.match(r.message, /must be a mailbox at acme-health\.com/);
    // a look-alike that merely ends with the name is not a subdomain
    const alike = await refusal(
      requestDomainVerification(deps, employer, { secret, address: 'hr@evilacme-health.com' }),
    );
    assert.equal(alike.code, 'CAREERS_INVALID');
    const notMail = await refusal(requestDomainVerification(deps, employer, { secret, address: 'acme-health.com' }));
    assert.match(notMail.message, /address: is not an email address/);
    assert.deepEqual(await queuedMails(t.database, 'hr@acme-jobs-hiring.top'), []);
  });

  test('an address at a subdomain gets one mail with the link, and the link verifies the domain', async () => {
    const sent = await requestDomainVerification(deps, employer, { secret, address: ' HR@Mail.Acme-Health.com ' });
    assert.deepEqual(sent, { address: 'hr@mail.acme-health.com', domain: 'acme-health.com' });
    const mails = await queuedMails(t.database, 'hr@mail.acme-health.com');
    assert.equal(mails.length, 1);
    assert.match(mails[0]?.subject ?? '', /acme-health\.com/);
    const token = await linkToken(t.database, 'hr@mail.acme-health.com');
    const profile = await confirmDomainVerification(deps, { secret, token });
    assert.equal(profile.domainVerified, true);
    assert.equal((await myOrganization(deps, employer))?.domainVerified, true);
  });

  test('changing the domain un-verifies it, and the old link cannot verify the new domain', async () => {
    await requestDomainVerification(deps, employer, { secret, address: 'hr@acme-health.com' });
    const oldToken = await linkToken(t.database, 'hr@acme-health.com');
    await saveOrganization(deps, employer, { name: 'Acme Health', domain: 'acmehealth.org' });
    assert.equal((await myOrganization(deps, employer))?.domainVerified, false);
    const r = await refusal(confirmDomainVerification(deps, { secret, token: oldToken }));
    assert.equal(r.code, 'CAREERS_VERIFICATION_INVALID');
    assert.match(r.message, /no longer gives/);
    assert.equal((await myOrganization(deps, employer))?.domainVerified, false);
    // back to the proved domain: verified again without a new mail (the proof was for that domain)
    await saveOrganization(deps, employer, { name: 'Acme Health', domain: 'acme-health.com' });
    assert.equal((await myOrganization(deps, employer))?.domainVerified, true);
  });

  test('an altered, forged or expired token is refused and verifies nothing', async () => {
    const other = await makeUser(t.database, 'employer', 'other');
    await saveOrganization(deps, other, { name: 'Other Clinic', domain: 'other-clinic.com' });
    await requestDomainVerification(deps, other, { secret, address: 'it@other-clinic.com' });
    const token = await linkToken(t.database, 'it@other-clinic.com');
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    for (const bad of [
      `${token.slice(0, -1)}${last}`,
      token.replace(/^d1\./, 'd2.'),
      'd1.x.y.z.w',
      '',
      'x'.repeat(5000),
    ]) {
      const r = await refusal(confirmDomainVerification(deps, { secret, token: bad }));
      assert.equal(r.code, 'CAREERS_VERIFICATION_INVALID', bad.slice(0, 40));
      assert.match(r.message, /^token: /);
    }
    const forged = await refusal(confirmDomainVerification(deps, { secret: 'another secret', token }));
    assert.equal(forged.code, 'CAREERS_VERIFICATION_INVALID');
    // the same organization and domain with a later expiry but the old signature
    const parts = token.split('.');
    parts[3] = String(Number(parts[3]) + 86_400);
    assert.equal(
      (await refusal(confirmDomainVerification(deps, { secret, token: parts.join('.') }))).code,
      'CAREERS_VERIFICATION_INVALID',
    );
    assert.equal((await myOrganization(deps, other))?.domainVerified, false);
    const later = new TestClock(new Date(clock.at.getTime() + 49 * 3_600_000));
    const expired = await refusal(confirmDomainVerification(testDeps(t.database, later), { secret, token }));
    assert.equal(expired.code, 'CAREERS_VERIFICATION_INVALID');
    assert.match(expired.message, /expired/);
    assert.equal((await myOrganization(deps, other))?.domainVerified, false);
    // a token signed right but for an organization that does not exist
    const ghost = signDomainToken(secret, { organizationId: 'no-such-org', domain: 'other-clinic.com', expires: 4e9 });
    assert.equal(
      (await refusal(confirmDomainVerification(deps, { secret, token: ghost }))).code,
      'CAREERS_VERIFICATION_INVALID',
    );
  });

  test(`at most ${DOMAIN_VERIFICATION_MAILS_PER_DAY} mails per organization a day; the next day allows more`, async () => {
    const busy = await makeUser(t.database, 'employer', 'busy');
    await saveOrganization(deps, busy, { name: 'Busy Billing', domain: 'busy-billing.com' });
    for (let i = 0; i < DOMAIN_VERIFICATION_MAILS_PER_DAY; i++)
      await requestDomainVerification(deps, busy, { secret, address: `a${i}@busy-billing.com` });
    const r = await refusal(requestDomainVerification(deps, busy, { secret, address: 'a5@busy-billing.com' }));
    assert.equal(r.code, 'CAREERS_VERIFICATION_LIMIT');
    assert.match(r.message, /5 verification mails were sent for this organization today/);
    assert.deepEqual(await queuedMails(t.database, 'a5@busy-billing.com'), []);
    const tomorrow = new TestClock(new Date(clock.at.getTime() + 86_400_000));
    await requestDomainVerification(testDeps(t.database, tomorrow), busy, { secret, address: 'a5@busy-billing.com' });
    assert.equal((await queuedMails(t.database, 'a5@busy-billing.com')).length, 1);
  });

  test('a profile without a domain, no profile, and a coder are refused', async () => {
    const bare = await makeUser(t.database, 'employer', 'bare');
    const none = await refusal(requestDomainVerification(deps, bare, { secret, address: 'a@b.com' }));
    assert.equal(none.code, 'CAREERS_NOT_FOUND');
    await saveOrganization(deps, bare, { name: 'No Domain Inc' });
    const r = await refusal(requestDomainVerification(deps, bare, { secret, address: 'a@b.com' }));
    assert.equal(r.code, 'CAREERS_INVALID');
    assert.deepEqual(
      r.problems.map((p) => p.field),
      ['domain'],
    );
    const coder = await makeUser(t.database, 'member', 'coder');
    assert.equal(
      (await refusal(requestDomainVerification(deps, coder, { secret, address: 'a@b.com' }))).code,
      'FORBIDDEN',
    );
  });
});
