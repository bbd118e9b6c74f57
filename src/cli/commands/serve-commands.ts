// serve: starts the web application (HOST, PORT, CODEDESK_DATA_DIR, DATABASE_URL; WEB_WORKERS processes).
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { fail } from '../output.js';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('start the web application on HOST:PORT (default 127.0.0.1:3000)')
    .action(async () => {
      try {
        const config = loadConfig();
        if (config.webWorkers > 1) {
          const { startCluster } = await import('../../web/index.js');
          await startCluster(config);
        } else {
          const { startServer } = await import('../../web/index.js');
          await startServer(config);
        }
      } catch (e) {
        fail(e, false);
      }
    });
}
