// `codedesk serve`: one process running its services (process.ts), or with WEB_WORKERS > 1 a node:cluster
// primary whose workers each do (cluster.ts). SIGINT/SIGTERM stop the services in order and exit 0.
import cluster from 'node:cluster';
import type { Config } from '../config.js';
import { startClusterPrimary } from './cluster.js';
import { createProcessLog } from './log.js';
import { startProcess } from './process.js';

export async function serve(config: Readonly<Config>): Promise<void> {
  const log = createProcessLog();
  if (config.webWorkers > 1 && cluster.isPrimary) return startClusterPrimary(config, log);
  const running = await startProcess(config, log);
  // one shutdown however many signals arrive (Ctrl-C reaches cluster workers and their primary both)
  let shuttingDown = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (shuttingDown) return;
      shuttingDown = true;
      log.info({ signal }, 'shutting down');
      running.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
