// The general request limit, RATE_LIMIT_PER_MINUTE per client address on every page and API route, through
// @fastify/rate-limit with a store every app instance shares: Redis when REDIS_URL is set (the plugin's own Redis
// store: one INCR per request, exact), the database otherwise (database-counter.ts: counted in memory, synced
// every RATE_LIMIT_SYNC_MS). A store that fails lets requests through rather than answering 500: the limit is a
// guard against floods, not something a page should fail for.
import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import { AppError } from '../../shared/index.js';
import { createDatabaseCounter, type RateLimitCounter } from './database-counter.js';

export const RATE_LIMIT_WINDOW_MS = 60_000;

type Limits = Pick<Config, 'rateLimitPerMinute' | 'rateLimitSyncMs' | 'redisUrl'>;

/** @fastify/rate-limit's store interface over a counter (the plugin constructs the store itself) */
function storeOver(counter: RateLimitCounter) {
  return class implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void): void {
      const hit = counter.hit(key);
      // counted in memory: answered at once, without a turn of the event loop on every request
      if (!(hit instanceof Promise)) callback(null, hit);
      else
        hit.then(
          (h) => callback(null, h),
          (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
        );
    }
    child(): FastifyRateLimitStore {
      return this;
    }
  };
}

/** Registers the limit on `app`; a counter given (tests: two instances synced by hand) replaces the configured store. */
export async function registerRateLimit(
  app: FastifyInstance,
  config: Readonly<Limits>,
  database: Database,
  counter?: RateLimitCounter,
): Promise<void> {
  const common = {
    max: config.rateLimitPerMinute,
    timeWindow: RATE_LIMIT_WINDOW_MS,
    skipOnError: true,
    errorResponseBuilder: (_req: unknown, ctx: { ttl: number }) => {
      const err = new AppError('RATE_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(ctx.ttl / 1000)) });
      return Object.assign(err, { statusCode: 429 });
    },
  };
  if (!counter && config.redisUrl) {
    // loaded only where Redis is used
    const { Redis } = await import('ioredis');
    const redis = new Redis(config.redisUrl, {
      // a Redis that is away fails the count at once (and the request goes through) instead of queueing it
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
    });
    let reported = false;
    redis.on('error', (err: Error) => {
      if (reported) return;
      reported = true;
      app.log.error({ err }, 'the rate limit cannot reach Redis; requests are not counted until it is back');
    });
    redis.on('ready', () => {
      reported = false;
    });
    app.addHook('onClose', async () => {
      redis.disconnect();
    });
    // counted from the first request: the app starts once Redis answers (or has failed once, and is logged)
    await new Promise<void>((resolve) => {
      redis.once('ready', resolve);
      redis.once('error', () => resolve());
    });
    await app.register(rateLimit, { ...common, redis, nameSpace: 'codedesk-rate-limit:' });
    return;
  }
  const shared =
    counter ??
    createDatabaseCounter(database.db, {
      windowMs: RATE_LIMIT_WINDOW_MS,
      syncMs: config.rateLimitSyncMs,
      onError: (err) => app.log.error({ err }, 'rate limit counts not saved; kept for the next try'),
    });
  // the requests are answered (onClose runs after the server stopped): their counts go before the database closes
  app.addHook('onClose', async () => {
    await shared.close();
  });
  await app.register(rateLimit, { ...common, store: storeOver(shared) });
}
