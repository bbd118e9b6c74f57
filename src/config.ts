// The one configuration object: built from the environment once, validated (every problem reported at
// once), frozen, and passed in. Names and defaults follow the external contract (docs/operations.md).
import { existsSync } from 'node:fs';
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
  /** requests per minute per client address (pages and API) */
  rateLimitPerMinute: number;
  /** guest code-page views per client address per UTC day, whatever the guest cookies say */
  guestViewsPerAddressPerDay: number;
  /** attempts per 15 minutes per client address, one budget for all the account forms */
  authAttemptsPer15Minutes: number;
  /** failed log ins for one account before each further try waits (1 s, doubling, at most a minute) */
  loginFailuresPerAccount: number;
  /** password-reset mails for one account per hour */
  resetMailsPerAccountPerHour: number;
  /** user agents (a regular expression) whose code-page views are not metered; none unless configured */
  meterExemptUserAgents: RegExp | undefined;
  /** outbound mail relay, smtp://host:port */
  smtpRelayUrl: string;
  /** From: of the mail the app sends */
  mailFrom: string;
  /** the address users reach the app at, for links in mail; defaults to http://HOST:PORT */
  publicUrl: string;
  /** secret for signed cookies; when unset, one is generated and kept in the database */
  sessionSecret: string | undefined;
  /** trust X-Forwarded-* from a reverse proxy (needed to see TLS and client addresses behind one) */
  trustProxy: boolean;
  /** web server processes sharing HOST:PORT (node:cluster); each loads its own copy of the catalog */
  webWorkers: number;
}

type Env = Record<string, string | undefined>;

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
    guestViewsPerAddressPerDay: int('GUEST_VIEWS_PER_ADDRESS_PER_DAY', 20, 0, 1_000_000),
    authAttemptsPer15Minutes: int('AUTH_ATTEMPTS_PER_15_MINUTES', 10, 1, 1_000_000),
    loginFailuresPerAccount: int('LOGIN_FAILURES_PER_ACCOUNT', 5, 1, 1_000_000),
    resetMailsPerAccountPerHour: int('RESET_MAILS_PER_ACCOUNT_PER_HOUR', 3, 1, 1_000_000),
    meterExemptUserAgents: undefined,
    smtpRelayUrl: env.SMTP_RELAY_URL || 'smtp://127.0.0.1:2526',
    mailFrom: env.MAIL_FROM || 'CodeDesk <no-reply@codedesk.localhost>',
    publicUrl: '',
    sessionSecret: env.SESSION_SECRET || undefined,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    webWorkers: int('WEB_WORKERS', 1, 1, 64),
  };
  if (env.METER_EXEMPT_USER_AGENTS) {
    try {
      config.meterExemptUserAgents = new RegExp(env.METER_EXEMPT_USER_AGENTS, 'i');
    } catch {
      problems.push(`METER_EXEMPT_USER_AGENTS=${env.METER_EXEMPT_USER_AGENTS} is not a regular expression`);
    }
  }
  if (!/^smtps?:\/\/[^/]+/.test(config.smtpRelayUrl)) problems.push('SMTP_RELAY_URL must look like smtp://host:port');
  if (config.sessionSecret !== undefined && config.sessionSecret.length < 32)
    problems.push('SESSION_SECRET must be at least 32 characters');
  config.publicUrl = (env.PUBLIC_URL || `http://${config.host}:${config.port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(config.publicUrl)) problems.push('PUBLIC_URL must start with http:// or https://');
  if (problems.length > 0) throw new AppError('CONFIG_INVALID', { problems });
  return Object.freeze(config);
}
