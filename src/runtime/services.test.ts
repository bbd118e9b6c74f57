// The service list: started in order, stopped in reverse; a service that fails to start stops those started
// before it; a service that fails to stop does not keep the others running.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProcessLog } from './log.js';
import { type Service, startServices } from './services.js';

function recorder() {
  const events: string[] = [];
  const lines: string[] = [];
  const service = (name: string, fail: { start?: boolean; stop?: boolean } = {}): Service => ({
    name,
    async start() {
      if (fail.start) throw new Error(`${name} cannot start`);
      events.push(`start ${name}`);
    },
    async stop() {
      events.push(`stop ${name}`);
      if (fail.stop) throw new Error(`${name} cannot stop`);
    },
  });
  const log = createProcessLog((line) => lines.push(line));
  return { events, lines, service, log };
}

test('services start in order and stop in reverse, once however often stop is called', async () => {
  const { events, service, log } = recorder();
  const running = await startServices([service('task worker'), service('housekeeping'), service('web')], log);
  assert.deepEqual(running.names, ['task worker', 'housekeeping', 'web']);
  await Promise.all([running.stop(), running.stop()]);
  assert.deepEqual(events, [
    'start task worker',
    'start housekeeping',
    'start web',
    'stop web',
    'stop housekeeping',
    'stop task worker',
  ]);
});

test('a service that fails to start stops the ones started before it, and the error goes on', async () => {
  const { events, service, log } = recorder();
  await assert.rejects(
    startServices([service('task worker'), service('web', { start: true }), service('never')], log),
    /web cannot start/,
  );
  assert.deepEqual(events, ['start task worker', 'stop task worker']);
});

test('a service that fails to stop is logged; the services before it still stop', async () => {
  const { events, lines, service, log } = recorder();
  const running = await startServices([service('task worker'), service('web', { stop: true })], log);
  await running.stop();
  assert.deepEqual(events.slice(2), ['stop web', 'stop task worker']);
  const logged = lines.map((l) => JSON.parse(l) as { level: number; msg: string; service: string; err?: object });
  assert.deepEqual(
    logged.map((l) => [l.level, l.service, l.msg]),
    [
      [50, 'web', 'service did not stop cleanly'],
      [30, 'task worker', 'service stopped'],
    ],
  );
  assert.match(JSON.stringify(logged[0]?.err), /web cannot stop/);
});
