// Website domains as stored, application addresses, and the show-beside rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkApplicationUrl, compareApplicationDomain, normalizeDomain, normalizeEmailAddress } from './domains.js';

test('a website domain is stored as a lower-case host name without scheme, path or www.', () => {
  assert.equal(normalizeDomain('https://www.Acme-Health.com/careers?x=1'), 'acme-health.com');
  assert.equal(normalizeDomain('acme-health.com.'), 'acme-health.com');
  assert.equal(normalizeDomain('jobs.acme-health.co.uk'), 'jobs.acme-health.co.uk');
  assert.equal(normalizeDomain('Bücher.example'), 'xn--bcher-kva.example');
  for (const bad of [
    'localhost',
    '10.0.0.1',
    'acme',
    'acme..com',
    '-acme.com',
    'acme.c0m',
    'acme.com:8080',
    'me@acme.com',
    '',
  ])
    assert.equal(normalizeDomain(bad), undefined, bad);
});

test('application addresses: https with a public host and no credentials; email with a real domain', () => {
  assert.deepEqual(checkApplicationUrl('https://Acme-Health.com/apply'), { url: 'https://acme-health.com/apply' });
  assert.match((checkApplicationUrl('ftp://acme-health.com') as { why: string }).why, /https/);
  assert.match((checkApplicationUrl('not a url') as { why: string }).why, /not a web address/);
  assert.equal(normalizeEmailAddress('Jobs@Acme-Health.com'), 'jobs@acme-health.com');
  assert.equal(normalizeEmailAddress('jobs@localhost'), undefined);
  assert.equal(normalizeEmailAddress('two@@acme.com'), undefined);
});

test("show-beside: the application's domain next to the organization's, matching for the same domain or one under it", () => {
  assert.deepEqual(compareApplicationDomain('url', 'https://jobs.acme-health.com/apply', 'acme-health.com'), {
    applicationDomain: 'jobs.acme-health.com',
    organizationDomain: 'acme-health.com',
    matches: true,
  });
  assert.deepEqual(compareApplicationDomain('email', 'hr@acme-health.com', 'acme-health.com')?.matches, true);
  // a look-alike is not a subdomain
  assert.equal(compareApplicationDomain('url', 'https://notacme-health.com/', 'acme-health.com')?.matches, false);
  assert.equal(compareApplicationDomain('url', 'https://acme-health.com.evil.top/', 'acme-health.com')?.matches, false);
  assert.deepEqual(compareApplicationDomain('email', 'recruiter@gmail.com', null), {
    applicationDomain: 'gmail.com',
    organizationDomain: null,
    matches: false,
  });
  assert.equal(compareApplicationDomain('codedesk', null, 'acme-health.com'), undefined);
});
