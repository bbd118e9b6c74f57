// serve: starts the server processes' services (HOST, PORT, CODEDESK_DATA_DIR, DATABASE_URL; WEB_WORKERS
// processes, each with its web server and, unless TASK_WORKER=0, a task worker).
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { fail } from '../output.js';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('start the web application on HOST:PORT (default 127.0.0.1:3000) and the task worker')
    .action(async () => {
      try {
        const config = loadConfig();
        const { serve } = await import('../../runtime/index.js');
        await serve(config);
      } catch (e) {
        fail(e, false);
      }
    });
}
