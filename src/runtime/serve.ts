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
  // The signal handlers go in before the services start: a SIGTERM that arrives while they start (or right after
  // "services started" is logged) is a shutdown, not the default kill. One shutdown however many signals arrive
  // (Ctrl-C reaches cluster workers and their primary both).
  let running: Awaited<ReturnType<typeof startProcess>> | undefined;
  let shutdownAsked = false;
  const shutDown = () => {
    if (!running) return;
    running.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (shutdownAsked) return;
      shutdownAsked = true;
      log.info({ signal }, 'shutting down');
      shutDown();
    });
  }
  running = await startProcess(config, log);
  if (shutdownAsked) shutDown();
}
