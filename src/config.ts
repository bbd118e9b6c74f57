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
  };
  if (problems.length > 0) throw new AppError('CONFIG_INVALID', { problems });
  return Object.freeze(config);
}
