// The task worker on SQLite and PostgreSQL: a task exists only when the transaction that enqueued it committed;
// it runs and is done; a failure is retried with backoff and ends dead once its attempts are used up (at once
// when retrying cannot help); a lease a killed process left behind is reclaimed; a long task's lease is renewed;
// stop() gives back what it still runs; operators list and retry tasks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeTransaction } from '../db/index.js';
import { describeEachDatabase } from '../db/test-support/each-database.js';
import { errorCode } from '../shared/test-support/error-code.js';
import {
  enqueue,
  listTasks,
  PermanentTaskFailure,
  retryDelayMs,
  retryTask,
  startTaskWorker,
  type Task,
  type TaskType,
  type TaskWorkerOptions,
} from './index.js';
import { claimDue } from './leases.js';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const fast = { pollMs: 10, backoff: { baseMs: 1, maxMs: 4 } };

test('the backoff doubles from its base, never beyond its maximum, and is at least half of it', () => {
  const backoff = { baseMs: 1000, maxMs: 6000 };
  assert.deepEqual(
    [1, 2, 3, 4, 5].map((n) => retryDelayMs(n, backoff, () => 1)),
    [1000, 2000, 4000, 6000, 6000],
  );
  assert.deepEqual(
    [1, 2, 3, 4, 5].map((n) => retryDelayMs(n, backoff, () => 0)),
    [500, 1000, 2000, 3000, 3000],
  );
});

describeEachDatabase('background tasks', (t) => {
  const task = async (id: string): Promise<Task> => {
    const found = (await listTasks(t.database.db, { limit: 10_000 })).find((x) => x.id === id);
    assert.ok(found, `task ${id}`);
    return { ...found, payload: found.summary };
  };
  /** runs a worker with these types until it has nothing left to do */
  const runAll = async (types: Record<string, TaskType>, more: Partial<TaskWorkerOptions> = {}) => {
    const worker = startTaskWorker(t.database, { types, log: quiet, ...fast, ...more });
    try {
      await worker.idle();
    } finally {
      await worker.stop();
    }
  };

  test('a task enqueued in a transaction that rolled back does not exist; one that committed runs once', async () => {
    const db = t.database.db;
    const now = new Date();
    await assert.rejects(
      writeTransaction(db, [], async (trx) => {
        await enqueue(trx, { type: 'greet', payload: { who: 'nobody' } }, now);
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    const id = await writeTransaction(db, [], (trx) => enqueue(trx, { type: 'greet', payload: { who: 'ada' } }, now));
    const greeted: unknown[] = [];
    await runAll({ greet: { run: async (payload) => void greeted.push(payload) } });
    assert.deepEqual(greeted, [{ who: 'ada' }]);
    const done = await task(id);
    assert.equal(done.state, 'done');
    assert.equal(done.attempts, 1);
    assert.equal(done.leaseOwner, null);
    assert.ok(done.finishedAt);
  });

  test('a failing task is retried with backoff until it succeeds; its last error is kept', async () => {
    const id = await enqueue(t.database.db, { type: 'flaky', payload: null }, new Date());
    let runs = 0;
    const flaky: TaskType = {
      async run() {
        runs++;
        if (runs < 3) throw new Error(`relay busy (${runs})`);
      },
    };
    const worker = startTaskWorker(t.database, { types: { flaky }, log: quiet, ...fast });
    try {
      while ((await task(id)).state !== 'done') await worker.idle();
    } finally {
      await worker.stop();
    }
    const done = await task(id);
    assert.equal(runs, 3);
    assert.equal(done.attempts, 3);
    assert.equal(done.lastError, 'relay busy (2)');
  });

  test('after its last attempt a task is dead; a permanent failure is dead at once', async () => {
    const db = t.database.db;
    const tired = await enqueue(db, { type: 'fails', payload: null, maxAttempts: 2 }, new Date());
    const doomed = await enqueue(db, { type: 'refused', payload: null }, new Date());
    const types: Record<string, TaskType> = {
      fails: {
        run: async () => {
          throw new Error('still down');
        },
      },
      refused: {
        run: async () => {
          throw new PermanentTaskFailure(new Error('550 no such mailbox'));
        },
      },
    };
    const worker = startTaskWorker(t.database, { types, log: quiet, ...fast });
    try {
      while ((await task(tired)).state !== 'dead') await worker.idle();
    } finally {
      await worker.stop();
    }
    assert.equal((await task(tired)).attempts, 2);
    assert.equal((await task(tired)).lastError, 'still down');
    const dead = await task(doomed);
    assert.equal(dead.state, 'dead');
    assert.equal(dead.attempts, 1);
    assert.equal(dead.lastError, '550 no such mailbox');
    assert.deepEqual(
      (await listTasks(db, { state: 'dead' }))
        .map((x) => x.id)
        .filter((x) => x === tired || x === doomed)
        .sort(),
      [tired, doomed].sort(),
    );
  });

  test('a task whose worker was killed while running it is taken back when its lease expires, and runs', async () => {
    const db = t.database.db;
    const start = new Date('2026-11-10T12:00:00Z');
    const id = await enqueue(db, { type: 'orphan', payload: null }, start);
    // a worker that claimed it and died: nobody renews its lease
    const [claimed] = await claimDue(db, { owner: 'gone:1', types: ['orphan'], limit: 1, now: start, leaseMs: 60_000 });
    assert.equal(claimed?.id, id);
    let runs = 0;
    const types = { orphan: { run: async () => void runs++ } };
    // before the lease ends it is left alone
    await runAll(types, { now: () => new Date(start.getTime() + 59_000) });
    assert.equal(runs, 0);
    assert.equal((await task(id)).state, 'running');
    await runAll(types, { now: () => new Date(start.getTime() + 61_000) });
    assert.equal(runs, 1);
    const done = await task(id);
    assert.equal(done.state, 'done');
    assert.equal(done.attempts, 2, 'the lost run counts as an attempt');
    assert.match(done.lastError ?? '', /lease .* expired/);
  });

  test("a running task's lease is renewed, so no other worker takes it while it runs", async () => {
    const db = t.database.db;
    const id = await enqueue(db, { type: 'long', payload: null }, new Date());
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let runs = 0;
    let started: () => void = () => {};
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const long: TaskType = {
      async run() {
        runs++;
        started();
        await held;
      },
    };
    const first = startTaskWorker(t.database, { types: { long }, log: quiet, ...fast, leaseMs: 1500 });
    await running;
    // started once the first holds the task
    const second = startTaskWorker(t.database, { types: { long }, log: quiet, ...fast, leaseMs: 1500 });
    try {
      const { leaseExpiresAt: before } = await task(id);
      // the lease moves forward while the task runs, and the other worker keeps finding nothing to take
      let after = before;
      while (after === before) {
        await second.idle();
        after = (await task(id)).leaseExpiresAt;
      }
      assert.ok((after ?? '') > (before ?? ''), `${after} after ${before}`);
      await second.idle();
      assert.equal((await task(id)).state, 'running');
      release();
      while ((await task(id)).state !== 'done') await first.idle();
    } finally {
      release();
      await first.stop();
      await second.stop();
    }
    assert.equal(runs, 1);
  });

  test('stop() gives back a task still running after the grace period: queued, its attempt not counted', async () => {
    const db = t.database.db;
    const id = await enqueue(db, { type: 'stuck', payload: null }, new Date());
    let aborted = false;
    let started: () => void = () => {};
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const stuck: TaskType = {
      run: (_payload, context) =>
        new Promise<void>((resolve) => {
          started();
          context.signal.addEventListener('abort', () => {
            aborted = true;
            resolve();
          });
        }),
    };
    const worker = startTaskWorker(t.database, { types: { stuck }, log: quiet, ...fast, stopGraceMs: 20 });
    await running;
    await worker.stop();
    assert.ok(aborted, 'the handler was told');
    const back = await task(id);
    assert.equal(back.state, 'queued');
    assert.equal(back.attempts, 0);
    assert.equal(back.leaseOwner, null);
    // and the next worker runs it
    let runs = 0;
    await runAll({ stuck: { run: async () => void runs++ } });
    assert.equal(runs, 1);
    assert.equal((await task(id)).state, 'done');
  });

  test('an operator retries a dead task (queued now, attempts afresh); other states are refused', async () => {
    const db = t.database.db;
    const id = await enqueue(db, { type: 'once-broken', payload: { n: 1 }, maxAttempts: 1 }, new Date());
    let broken = true;
    const types = {
      'once-broken': {
        run: async () => {
          if (broken) throw new Error('broken');
        },
      },
    };
    await runAll(types);
    assert.equal((await task(id)).state, 'dead');
    const retried = await retryTask(db, id, new Date());
    assert.equal(retried.state, 'queued');
    assert.equal(retried.attempts, 0);
    broken = false;
    await runAll(types);
    assert.equal((await task(id)).state, 'done');
    assert.equal(await errorCode(retryTask(db, id, new Date())), 'TASK_NOT_RETRYABLE');
    assert.equal(await errorCode(retryTask(db, 'no-such-task', new Date())), 'NOT_FOUND');
  });

  test('a worker leaves tasks of types it does not know for workers that do', async () => {
    const db = t.database.db;
    const id = await enqueue(db, { type: 'somebody-else', payload: null }, new Date());
    await runAll({ greet: { run: async () => {} } });
    assert.equal((await task(id)).state, 'queued');
    await runAll({ 'somebody-else': { run: async () => {} } });
    assert.equal((await task(id)).state, 'done');
  });
});
