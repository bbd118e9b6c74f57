// A task worker in a process of its own, for the test of two processes racing on one queue (race.test.ts).
// Opens the database named by CODEDESK_DATA_DIR or DATABASE_URL, says "ready", starts on "go", runs `race`
// tasks until it finds none left, then reports the payloads it ran and exits.
import { openDatabase } from '../../db/index.js';
import { startTaskWorker } from '../index.js';

const send = (message: unknown) => process.send?.(message);
const database = await openDatabase({
  dataDir: process.env.CODEDESK_DATA_DIR ?? '.',
  databaseUrl: process.env.DATABASE_URL || undefined,
});
const ran: number[] = [];
const errors: string[] = [];
process.once('message', async () => {
  const worker = startTaskWorker(database, {
    types: {
      race: {
        async run(payload) {
          // a turn of the event loop, so that tasks of both processes interleave
          await new Promise((resolve) => setImmediate(resolve));
          ran.push((payload as { n: number }).n);
        },
      },
    },
    log: {
      info: () => {},
      warn: (o, m) => errors.push(`${m} ${JSON.stringify(o)}`),
      error: (o, m) => errors.push(`${m} ${String((o as { err?: unknown }).err ?? JSON.stringify(o))}`),
    },
    pollMs: 5,
    concurrency: 4,
  });
  await worker.idle();
  await worker.stop();
  await database.close();
  send({ ran, errors });
  process.disconnect?.();
});
send('ready');
