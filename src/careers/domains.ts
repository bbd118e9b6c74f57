// Domains: an organization's website domain as stored (lower-case ASCII, no scheme, path or "www."), the
// application target of a posting (an https address or an email address), and the show-beside rule — the
// application's domain next to the organization's, and whether they match, so a coder can see that "Acme Health"
// takes applications at acme-health.com and not at acme-jobs-hiring.top.
import { domainToASCII } from 'node:url';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * "https://www.Acme-Health.com/careers" → "acme-health.com"; international names in their ASCII (punycode) form.
 * undefined when it is not a public host name: an IP address, "localhost", a single label, a bad character.
 */
export function normalizeDomain(input: string): string | undefined {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  host = host.replace(/[/?#].*$/, '');
  if (host.includes('@') || host.includes(':')) return undefined;
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  const ascii = domainToASCII(host);
  if (!ascii || ascii.length > 253) return undefined;
  const labels = ascii.split('.');
  const top = labels.at(-1) ?? '';
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TOP_LABEL.test(top)) return undefined;
  return ascii;
}

const EMAIL = /^([^\s@<>()[\],;:"]+)@([^\s@<>()[\],;:"]+)$/;

/** The address lower-cased, or undefined when it is not one (its domain must be a public host name). */
export function normalizeEmailAddress(input: string): string | undefined {
  const m = EMAIL.exec(input.trim());
  if (!m?.[1] || !m[2] || input.length > 254) return undefined;
  const domain = normalizeDomain(m[2]);
  // the domain is checked as a host but kept as written (a "www." in an email domain is part of it)
  return domain ? `${m[1].toLowerCase()}@${m[2].toLowerCase().replace(/\.$/, '')}` : undefined;
}

/**
 * An https address with a public host name and no user name or password in it, as its normalized href; or the
 * reason it is refused.
 */
export function checkApplicationUrl(input: string): { url: string } | { why: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { why: 'is not a web address; write it in full, starting with https://' };
  }
  if (url.protocol !== 'https:') return { why: 'must start with https:// (applicants send personal details there)' };
  if (url.username || url.password) return { why: 'must not contain a user name or password' };
  if (!normalizeDomain(url.hostname)) return { why: `"${url.hostname}" is not a public web address` };
  return { url: url.href };
}

/** The host name of an application target (the URL's host or the email's domain), normalized like a website domain. */
export function applicationDomain(method: string, target: string | null | undefined): string | undefined {
  if (!target) return undefined;
  if (method === 'url') {
    try {
      return normalizeDomain(new URL(target).hostname);
    } catch {
      return undefined;
    }
  }
  if (method === 'email') return normalizeDomain(target.slice(target.lastIndexOf('@') + 1));
  return undefined;
}

export interface DomainComparison {
  /** where applications go: the URL's host or the email's domain */
  applicationDomain: string;
  /** the organization's website domain, when its profile gives one */
  organizationDomain: string | null;
  /** the same domain or one under it (jobs.acme.com for acme.com); false when the organization gives none */
  matches: boolean;
}

/**
 * The show-beside rule. undefined for applications on CodeDesk (there is no other domain to show). Subdomains of the
 * organization's domain match; anything else — an applicant tracking system's domain included — does not, and the
 * page shows both for the coder to judge.
 */
export function compareApplicationDomain(
  method: string,
  target: string | null | undefined,
  organizationDomain: string | null | undefined,
): DomainComparison | undefined {
  const domain = applicationDomain(method, target);
  if (!domain) return undefined;
  const org = organizationDomain ?? null;
  return {
    applicationDomain: domain,
    organizationDomain: org,
    matches: org !== null && (domain === org || domain.endsWith(`.${org}`)),
  };
}
