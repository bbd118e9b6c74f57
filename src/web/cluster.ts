// WEB_WORKERS > 1: several server processes share HOST:PORT through node:cluster (the primary hands out
// connections), so one machine's cores all serve. Each worker opens its own copy of the read-only catalog and
// search index (about 1 GB each with the full data); user data is shared through the database. The primary
// runs the migrations once before forking, replaces a worker that dies, and on SIGINT/SIGTERM asks every worker
// to finish its requests and exits 0 when they have. RATE_LIMIT_PER_MINUTE is counted per worker; the limits on
// the account forms are kept in the database and shared.
import cluster from 'node:cluster';
import { assertCatalogIntact, Catalog } from '../catalog/index.js';
import type { Config } from '../config.js';
import { openDatabase } from '../db/index.js';
import { startServer } from './server.js';

function log(msg: string, extra: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), pid: process.pid, ...extra, msg })}\n`);
}

export async function startCluster(config: Readonly<Config>): Promise<void> {
  if (!cluster.isPrimary) {
    await startServer(config);
    return;
  }
  // A missing or damaged catalog would make every worker fail at start and be replaced, forever: the primary checks
  // the files against their checksums first (well under a second, nothing parsed) and refuses to start.
  assertCatalogIntact(Catalog.open(config.dataDir));
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  await database.close();
  let stopping = false;
  for (let i = 0; i < config.webWorkers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        log('all workers stopped');
        process.exit(0);
      }
      return;
    }
    log('worker died; starting another', { worker: worker.process.pid, code, signal });
    cluster.fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      log('shutting down', { signal, workers: config.webWorkers });
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    });
  }
  log('CodeDesk primary started', { workers: config.webWorkers });
}
