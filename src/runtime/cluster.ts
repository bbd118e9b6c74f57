// WEB_WORKERS > 1: several server processes share HOST:PORT through node:cluster (the primary hands out
// connections), so one machine's cores all serve. Each worker runs the process's services (process.ts: its web
// server, its task worker, its housekeeping) with its own copy of the read-only catalog and search index (about
// 1 GB each with the full data); user data, the task queue and the rate-limit counts are shared through the
// database (or Redis). The primary checks the catalog and runs the migrations once before forking, replaces a
// worker that dies, and on SIGINT/SIGTERM asks every worker to stop and exits 0 when they have.
import cluster from 'node:cluster';
import { assertCatalogIntact, Catalog } from '../catalog/index.js';
import type { Config } from '../config.js';
import { openDatabase } from '../db/index.js';
import type { ProcessLog } from './log.js';

export async function startClusterPrimary(config: Readonly<Config>, log: ProcessLog): Promise<void> {
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
        log.info({}, 'all workers stopped');
        process.exit(0);
      }
      return;
    }
    log.warn({ worker: worker.process.pid, code, signal }, 'worker died; starting another');
    cluster.fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      log.info({ signal, workers: config.webWorkers }, 'shutting down');
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    });
  }
  log.info({ workers: config.webWorkers }, 'CodeDesk primary started');
}
