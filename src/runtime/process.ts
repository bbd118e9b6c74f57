// One server process: opens the database (migrations run), starts the process's services in order, and stops
// them in reverse before closing the database (see process-services.ts for the order and why).
import type { Config } from '../config.js';
import { type Database, openDatabase } from '../db/index.js';
import type { ProcessLog } from './log.js';
import { processServices } from './process-services.js';
import { type Service, startServices } from './services.js';

export interface RunningProcess {
  /** the services running, in start order */
  services: readonly string[];
  /** stops the services (last started first), then closes the database */
  stop(): Promise<void>;
}

export async function startProcess(
  config: Readonly<Config>,
  log: ProcessLog,
  services: (database: Database) => Service[] = (database) => processServices(config, database, log),
): Promise<RunningProcess> {
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  let running: Awaited<ReturnType<typeof startServices>>;
  try {
    running = await startServices(services(database), log);
  } catch (e) {
    await database.close();
    throw e;
  }
  log.info({ services: running.names, database: database.dialect }, 'services started');
  let stopping: Promise<void> | undefined;
  return {
    services: running.names,
    stop() {
      stopping ??= (async () => {
        await running.stop();
        await database.close();
        log.info({}, 'database closed');
      })();
      return stopping;
    },
  };
}
