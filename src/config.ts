// The one configuration object: built from the environment once, validated (every problem reported at
// once), frozen, and passed in. Names and defaults follow the external contract (docs/operations.md).
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from './shared/index.js';

/** The project folder (where package.json lives), whether running from src/ through tsx or from dist/. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Config {
  /** folder of official files; undefined when none is configured and the default is absent */
  codesetsDir: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  host: string;
  port: number;
  guestCodeViews: number;
  freeCodeViews: number;
  guestAssistantQuestions: number;
  freeAssistantQuestions: number;
  /** requests per minute per client address (pages and API), counted across every app instance */
  rateLimitPerMinute: number;
  /** how often an instance adds its request counts to the shared ones in the database; 0: on every request */
  rateLimitSyncMs: number;
  /** redis://… to count the request limit in Redis instead of the database */
  redisUrl: string | undefined;
  /** guest code-page views per client address per UTC day, whatever the guest cookies say */
  guestViewsPerAddressPerDay: number;
  /** claims a guest may check per UTC day (Claim Check); accounts are not limited */
  guestClaimChecks: number;
  /** guest claim checks per client address per UTC day, whatever the guest cookies say */
  guestClaimChecksPerAddressPerDay: number;
  /** attempts per 15 minutes per client address, one budget for all the account forms */
  authAttemptsPer15Minutes: number;
  /** failed log ins for one account before each further try waits (1 s, doubling, at most a minute) */
  loginFailuresPerAccount: number;
  /** password-reset mails for one account per hour */
  resetMailsPerAccountPerHour: number;
  /** user agents (a regular expression) whose code-page views are not metered; none unless configured */
  meterExemptUserAgents: RegExp | undefined;
  /**
   * Where a free account whose code-page views are used up gets more (PLANS_URL): the operator's page about paid
   * plans (https://…) or the administrator's address (mailto:…). Unset: the lock says to ask the site's
   * administrator, without a link.
   */
  plansUrl: string | undefined;
  /** outbound mail relay, smtp://host:port */
  smtpRelayUrl: string;
  /** From: of the mail the app sends */
  mailFrom: string;
  /** the address users reach the app at, for links in mail; defaults to http://HOST:PORT */
  publicUrl: string;
  /** secret for signed cookies; when unset, one is generated and kept in the database */
  sessionSecret: string | undefined;
  /** which X-Forwarded-* hops to believe (needed to see TLS and client addresses behind a proxy) */
  trustProxy: TrustProxy;
  /** web server processes sharing HOST:PORT (node:cluster); each loads its own copy of the catalog */
  webWorkers: number;
  /** whether `codedesk serve` runs a task worker in each process beside the web server (TASK_WORKER, default on) */
  taskWorker: boolean;
  /**
   * An optional OpenAI-compatible model endpoint for CasePilot (ASSISTANT_MODEL_URL, e.g. https://host/v1, with
   * ASSISTANT_MODEL and ASSISTANT_MODEL_KEY): it may only rephrase a composed answer, and its output is checked
   * against the answer's facts. Off when unset; CasePilot is complete without it.
   */
  assistantModel: { url: string; model: string; key: string | undefined; timeoutMs: number } | undefined;
}

/**
 * Which X-Forwarded-* entries to believe. Only what the trusted proxies themselves appended can be believed:
 * the client writes whatever it likes to the left of it. `hops`: the nearest N proxies, whatever their
 * addresses (the app must then be reachable only through them); `addresses`: the proxies at these IP
 * addresses or CIDR ranges (or proxy-addr's names loopback, linklocal, uniquelocal), wherever they are in the
 * chain. Either way the client address is the right-most entry not written by a trusted proxy.
 */
export type TrustProxy = false | { hops: number } | { addresses: string[] };

type Env = Record<string, string | undefined>;

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** TRUST_PROXY: unset, 0 or false (nobody), 1 or true (one proxy), N hops, or proxy addresses separated by commas */
function parseTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || value === '0' || value === 'false') return false;
  if (value === 'true') return { hops: 1 };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops <= 32) return { hops };
    problems.push(`TRUST_PROXY=${value}: at most 32 proxy hops`);
    return false;
  }
  const addresses = value.split(',').map((a) => a.trim());
  const bad = addresses.filter((a) => !isAddressOrRange(a));
  for (const a of bad)
    problems.push(
      `TRUST_PROXY: "${a}" is neither a number of proxy hops nor an IP address or CIDR range (e.g. TRUST_PROXY=1, or TRUST_PROXY=10.0.0.1,192.168.0.0/16)`,
    );
  return bad.length > 0 ? false : { addresses };
}

function defaultCodesetsDir(): string | undefined {
  for (const candidate of [resolve(projectRoot, '../shared/data'), resolve(process.cwd(), '../shared/data')]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}=${raw} must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  /** 1/true/yes/on or 0/false/no/off */
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = (env[name] ?? '').trim().toLowerCase();
    if (raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name}=${env[name]} must be 1 or 0 (true or false)`);
    return fallback;
  };
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite database)');
  }
  const config: Config = {
    codesetsDir: env.CODESETS_DIR ? resolve(env.CODESETS_DIR) : defaultCodesetsDir(),
    dataDir: resolve(env.CODEDESK_DATA_DIR || './data'),
    databaseUrl,
    host: env.HOST || '127.0.0.1',
    port: int('PORT', 3000, 0, 65535),
    guestCodeViews: int('GUEST_CODE_VIEWS', 1, 0, 1_000_000),
    freeCodeViews: int('FREE_CODE_VIEWS', 5, 0, 1_000_000),
    guestAssistantQuestions: int('GUEST_ASSISTANT_QUESTIONS', 3, 0, 1_000_000),
    freeAssistantQuestions: int('FREE_ASSISTANT_QUESTIONS', 20, 0, 1_000_000),
    rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    rateLimitSyncMs: int('RATE_LIMIT_SYNC_MS', 1000, 0, 60_000),
    redisUrl: env.REDIS_URL || undefined,
    guestViewsPerAddressPerDay: int('GUEST_VIEWS_PER_ADDRESS_PER_DAY', 20, 0, 1_000_000),
    guestClaimChecks: int('GUEST_CLAIM_CHECKS', 10, 0, 1_000_000),
    guestClaimChecksPerAddressPerDay: int('GUEST_CLAIM_CHECKS_PER_ADDRESS_PER_DAY', 100, 0, 1_000_000),
    authAttemptsPer15Minutes: int('AUTH_ATTEMPTS_PER_15_MINUTES', 10, 1, 1_000_000),
    loginFailuresPerAccount: int('LOGIN_FAILURES_PER_ACCOUNT', 5, 1, 1_000_000),
    resetMailsPerAccountPerHour: int('RESET_MAILS_PER_ACCOUNT_PER_HOUR', 3, 1, 1_000_000),
    meterExemptUserAgents: undefined,
    plansUrl: env.PLANS_URL || undefined,
    smtpRelayUrl: env.SMTP_RELAY_URL || 'smtp://127.0.0.1:2526',
    mailFrom: env.MAIL_FROM || 'CodeDesk <no-reply@codedesk.localhost>',
    publicUrl: '',
    sessionSecret: env.SESSION_SECRET || undefined,
    trustProxy: parseTrustProxy(env.TRUST_PROXY, problems),
    webWorkers: int('WEB_WORKERS', 1, 1, 64),
    taskWorker: flag('TASK_WORKER', true),
    assistantModel: undefined,
  };
  if (env.ASSISTANT_MODEL_URL) {
    const url = env.ASSISTANT_MODEL_URL.replace(/\/+$/, '');
    if (!/^https?:\/\/[^/]/.test(url)) problems.push('ASSISTANT_MODEL_URL must look like https://host/v1');
    if (!env.ASSISTANT_MODEL) problems.push('ASSISTANT_MODEL must name the model when ASSISTANT_MODEL_URL is set');
    config.assistantModel = {
      url,
      model: env.ASSISTANT_MODEL ?? '',
      key: env.ASSISTANT_MODEL_KEY || undefined,
      timeoutMs: int('ASSISTANT_MODEL_TIMEOUT_MS', 8000, 100, 120_000),
    };
  }
  if (env.METER_EXEMPT_USER_AGENTS) {
    try {
      config.meterExemptUserAgents = new RegExp(env.METER_EXEMPT_USER_AGENTS, 'i');
    } catch {
      problems.push(`METER_EXEMPT_USER_AGENTS=${env.METER_EXEMPT_USER_AGENTS} is not a regular expression`);
    }
  }
  // a link on every locked page: only a web page or a mail address, never javascript: or a relative path
  if (config.plansUrl && !/^(https?:\/\/[^/\s]+\S*|mailto:[^@\s]+@[^@\s]+)$/.test(config.plansUrl))
    problems.push('PLANS_URL must be a web page (https://host/plans) or a mail address (mailto:admin@host)');
  if (config.redisUrl && !/^rediss?:\/\/[^/]/.test(config.redisUrl))
    problems.push('REDIS_URL must look like redis://host:port (rediss:// for TLS)');
  if (!/^smtps?:\/\/[^/]+/.test(config.smtpRelayUrl)) problems.push('SMTP_RELAY_URL must look like smtp://host:port');
  if (config.sessionSecret !== undefined && config.sessionSecret.length < 32)
    problems.push('SESSION_SECRET must be at least 32 characters');
  config.publicUrl = (env.PUBLIC_URL || `http://${config.host}:${config.port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(config.publicUrl)) problems.push('PUBLIC_URL must start with http:// or https://');
  if (problems.length > 0) throw new AppError('CONFIG_INVALID', { problems });
  return Object.freeze(config);
}
