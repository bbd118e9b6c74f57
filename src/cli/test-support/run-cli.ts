// For CLI tests: run `codedesk` (src/cli/main.ts through tsx) as a child process on a data folder, as users do.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { projectRoot } from '../../config.js';

export const cliMain = resolve(projectRoot, 'src/cli/main.ts');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `codedesk ...args` with CODEDESK_DATA_DIR set, and `input` on stdin when given; waits for it to exit. */
export function runCli(args: string[], dataDir: string, input?: string): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cliMain, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CODEDESK_DATA_DIR: dataDir },
    ...(input !== undefined ? { input } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
