// The services a process runs, as one ordered list: each starts after the ones before it and stops before them,
// so the web server — last to start — is the first to stop (no new requests, those in flight finish) and what
// it depends on (the task worker, the database) goes after. A service that fails to start stops the ones
// already started before the error goes on; a service that fails to stop is logged and the others still stop.
import type { ProcessLog } from './log.js';

export interface Service {
  /** for the log: "web", "task worker", "housekeeping" */
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface RunningServices {
  /** the names of the services running, in start order */
  readonly names: readonly string[];
  /** stops every service, last started first */
  stop(): Promise<void>;
}

async function stopAll(services: readonly Service[], log: ProcessLog): Promise<void> {
  for (const service of [...services].reverse()) {
    try {
      await service.stop();
      log.info({ service: service.name }, 'service stopped');
    } catch (err) {
      log.error({ service: service.name, err }, 'service did not stop cleanly');
    }
  }
}

export async function startServices(services: readonly Service[], log: ProcessLog): Promise<RunningServices> {
  const started: Service[] = [];
  for (const service of services) {
    try {
      await service.start();
    } catch (err) {
      await stopAll(started, log);
      throw err;
    }
    started.push(service);
  }
  let stopping: Promise<void> | undefined;
  return {
    names: started.map((s) => s.name),
    stop() {
      stopping ??= stopAll(started, log);
      return stopping;
    },
  };
}
