// The services of one process, as the configuration asks: the task worker (unless TASK_WORKER=0), the
// housekeeping, and the web server — started in that order and stopped in the reverse (services.ts), so on
// shutdown the web server stops accepting and answers what is in flight, then the housekeeping stops, then the
// task worker finishes or gives back its tasks; the database, opened before them all, is closed after (process.ts).
// The consultant's SMTP listener joins this list when it lands. The worker runs the task types of tasks/ and of the
// product folders above it (CareerCenter's posting deadlines and saved-search digests), merged here where their
// dependencies are at hand.
import { careersTaskTypes } from '../careers/index.js';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import { createMailer, type Mailer } from '../mail/index.js';
import { uploadsDir } from '../storage/index.js';
import { startTaskWorker, type TaskWorker, type TaskWorkerOptions, taskTypes } from '../tasks/index.js';
import { startWebServer, type WebServer } from '../web/index.js';
import { startHousekeeping } from './housekeeping.js';
import type { ProcessLog } from './log.js';
import type { Service } from './services.js';

export function webService(config: Readonly<Config>, database: Database): Service {
  let server: WebServer | undefined;
  return {
    name: 'web',
    async start() {
      server = await startWebServer(config, database);
    },
    async stop() {
      await server?.close();
    },
  };
}

export function taskWorkerService(
  config: Readonly<Config>,
  database: Database,
  log: ProcessLog,
  options: Partial<Omit<TaskWorkerOptions, 'types' | 'log'>> = {},
): Service {
  let mailer: Mailer | undefined;
  let worker: TaskWorker | undefined;
  return {
    name: 'task worker',
    async start() {
      mailer = createMailer(config);
      // the task types of tasks/ and below, and those of the products above it, each given what it needs
      const types = {
        ...taskTypes({ mailer }),
        ...careersTaskTypes({
          db: database.db,
          now: options.now ?? (() => new Date()),
          publicUrl: config.publicUrl,
          sessionSecret: config.sessionSecret,
        }),
      };
      worker = startTaskWorker(database, { ...options, types, log });
      log.info({ owner: worker.owner }, 'task worker started');
    },
    async stop() {
      await worker?.stop();
      mailer?.close();
    },
  };
}

export function housekeepingService(config: Readonly<Config>, database: Database, log: ProcessLog): Service {
  let housekeeping: ReturnType<typeof startHousekeeping> | undefined;
  return {
    name: 'housekeeping',
    async start() {
      housekeeping = startHousekeeping(database, {
        now: () => new Date(),
        log,
        uploadsDir: uploadsDir(config.dataDir),
      });
    },
    async stop() {
      await housekeeping?.stop();
    },
  };
}

export function processServices(config: Readonly<Config>, database: Database, log: ProcessLog): Service[] {
  return [
    ...(config.taskWorker ? [taskWorkerService(config, database, log)] : []),
    housekeepingService(config, database, log),
    webService(config, database),
  ];
}
