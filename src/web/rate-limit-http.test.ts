// RATE_LIMIT_PER_MINUTE across two app instances (each with its own database connection), over HTTP: on one
// SQLite file and on one PostgreSQL, requests spread over both count together — exactly when every request is
// written through (RATE_LIMIT_SYNC_MS=0), at each instance's sync by default; and on one Redis (REDIS_URL),
// exactly, with requests still answered while Redis is away.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Redis } from 'ioredis';
import { importCatalog } from '../catalog/import/import-catalog.js';
import { miniCodesets } from '../catalog/test-support/mini-codesets.js';
import { tempDir } from '../shared/test-support/codesets.js';
import { type RedisServer, redisUnavailable, startRedis } from '../shared/test-support/redis-server.js';
import { createDatabaseCounter, type RateLimitCounter } from './rate-limit/database-counter.js';
import { describeEachApp } from './test-support/each-app.js';
import { startTestApp, type TestApp } from './test-support/test-app.js';

const LIMIT = 10;
const env = { RATE_LIMIT_PER_MINUTE: String(LIMIT) };

const hit = (app: FastifyInstance, address: string) =>
  app.inject({ method: 'GET', url: '/api/v1/search?q=e11', remoteAddress: address });

/** `n` requests from `address`, taking turns on the instances */
async function spread(apps: FastifyInstance[], address: string, n: number): Promise<LightMyRequestResponse[]> {
  const answers: LightMyRequestResponse[] = [];
  for (let i = 0; i < n; i++) answers.push(await hit(apps[i % apps.length] as FastifyInstance, address));
  return answers;
}

function assertLimitedAfter(answers: LightMyRequestResponse[], allowed: number): void {
  assert.deepEqual(
    answers.map((r) => r.statusCode),
    answers.map((_, i) => (i < allowed ? 200 : 429)),
  );
  const refused = answers[allowed];
  assert.equal(refused?.json().error.code, 'RATE_LIMITED');
  assert.ok(Number(refused?.headers['retry-after']) > 0);
}

describeEachApp('the request limit written through', { env: { ...env, RATE_LIMIT_SYNC_MS: '0' } }, (u) => {
  test('was counted per process (10 a minute per instance): requests spread over two instances count together', async () => {
    const apps = [u.t.app, (await u.another()).app];
    const answers = await spread(apps, '10.30.0.1', LIMIT + 2);
    assertLimitedAfter(answers, LIMIT);
    // each answer's remaining count is the shared one, whichever instance gave it
    assert.deepEqual(
      answers.slice(0, 4).map((r) => r.headers['x-ratelimit-remaining']),
      ['9', '8', '7', '6'],
    );
    // another client has its own count
    assert.equal((await hit(apps[1] as FastifyInstance, '10.30.0.2')).statusCode, 200);
  });
});

/** the counters the instances below were built with, in the order they were made */
const counters: RateLimitCounter[] = [];
describeEachApp(
  'the request limit counted in memory and synced',
  {
    env,
    // the syncs are the test's to make: the timer's interval is longer than the test
    rateLimit: (database) => {
      const counter = createDatabaseCounter(database.db, {
        windowMs: 60_000,
        syncMs: 3_600_000,
        onError: (err) => assert.fail(String(err)),
      });
      counters.push(counter);
      return counter;
    },
  },
  (u) => {
    test('an instance refuses a client once the total it learnt at its last sync passes the limit', async () => {
      const a = u.t.app;
      const b = (await u.another()).app;
      // this run's two: the first instance's (made when it started) and the second's
      const [counterA, counterB] = counters.slice(-2) as [RateLimitCounter, RateLimitCounter];
      const address = '10.31.0.1';
      assert.deepEqual(
        (await spread([a], address, 6)).map((r) => r.statusCode),
        Array(6).fill(200),
      );
      await counterA.sync();
      // b sees 4 of the client's requests itself; its sync tells it the total
      assert.deepEqual(
        (await spread([b], address, 4)).map((r) => r.statusCode),
        Array(4).fill(200),
      );
      await counterB.sync();
      const refused = await hit(b, address);
      assert.equal(refused.statusCode, 429, 'refused by the instance that saw 5 of the 11');
      assert.equal(refused.json().error.code, 'RATE_LIMITED');
      // a learns of b's requests at its next sync — until then it judges on what it knew (at most a sync late)
      assert.equal((await hit(a, address)).statusCode, 200);
      await counterA.sync();
      assert.equal((await hit(a, address)).statusCode, 429);
    });
  },
);

describe('the request limit in Redis (REDIS_URL)', { skip: redisUnavailable() ?? false }, () => {
  const dir = tempDir();
  let redis: RedisServer;
  const apps: TestApp[] = [];
  before(async () => {
    redis = await startRedis();
    await importCatalog({ from: miniCodesets, dataDir: dir.path });
    const first = await startTestApp({ catalogDir: dir.path, env: { ...env, REDIS_URL: redis.url } });
    apps.push(first);
    apps.push(
      await startTestApp({
        catalogDir: dir.path,
        dbDir: first.dbDir,
        search: first.search,
        env: { ...env, REDIS_URL: redis.url },
      }),
    );
  });
  after(async () => {
    for (const t of apps.reverse()) await t.close();
    await redis?.stop();
    dir.remove();
  });

  test('was counted per process: requests spread over two instances count together, exactly', async () => {
    const answers = await spread(
      apps.map((t) => t.app),
      '10.32.0.1',
      LIMIT + 2,
    );
    assertLimitedAfter(answers, LIMIT);
    const client = new Redis(redis.url);
    try {
      assert.deepEqual(await client.keys('codedesk-rate-limit:*'), ['codedesk-rate-limit:10.32.0.1']);
      assert.equal(await client.get('codedesk-rate-limit:10.32.0.1'), String(LIMIT + 2));
    } finally {
      client.disconnect();
    }
  });

  test('with Redis gone, requests are answered (not counted) rather than failed', async () => {
    await redis.stop();
    const answers = await spread(
      apps.map((t) => t.app),
      '10.32.0.2',
      LIMIT + 2,
    );
    assert.deepEqual(new Set(answers.map((r) => r.statusCode)), new Set([200]));
  });
});
