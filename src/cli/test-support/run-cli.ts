// For CLI tests: run `codedesk` (src/cli/main.ts through tsx) as a child process on a data folder, as users do,
// optionally watching its memory.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

export interface WatchedRun extends CliRun {
  /** the child's peak resident memory in MB, sampled from /proc; undefined where /proc is not available */
  peakRssMb: number | undefined;
  /** set when the child was killed for going over `killAboveMb` */
  killedForMemory: boolean;
}

function procStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `codedesk ...args` like runCli, watching its memory: the peak resident size (VmHWM) is sampled while it
 * runs, and the child is killed if it grows past `killAboveMb`, so a test of unbounded input cannot exhaust the
 * machine when the bound is missing. `input` (a string or chunks) goes to stdin; the child may stop reading it.
 */
export function runCliWatched(
  args: string[],
  dataDir: string,
  options: { input?: string | Buffer[]; killAboveMb?: number } = {},
): Promise<WatchedRun> {
  const killAboveKb = (options.killAboveMb ?? 1024) * 1024;
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cliMain, ...args], {
      env: { ...process.env, CODEDESK_DATA_DIR: dataDir },
    });
    let stdout = '';
    let stderr = '';
    let peakKb: number | undefined;
    let killedForMemory = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const sample = (): void => {
      const pid = child.pid;
      if (pid === undefined) return;
      const hwm = procStatusKb(pid, 'VmHWM');
      if (hwm !== undefined) peakKb = Math.max(peakKb ?? 0, hwm);
      if ((procStatusKb(pid, 'VmRSS') ?? 0) > killAboveKb) {
        killedForMemory = true;
        child.kill('SIGKILL');
      }
    };
    const watch = setInterval(sample, 25);
    child.on('error', failed);
    child.on('exit', () => clearInterval(watch));
    child.on('close', (status) =>
      done({
        status,
        stdout,
        stderr,
        peakRssMb: peakKb === undefined ? undefined : peakKb / 1024,
        killedForMemory,
      }),
    );
    // the child may stop reading once it has refused the input: a broken pipe here is expected
    child.stdin.on('error', () => {});
    const input = options.input;
    if (input === undefined) child.stdin.end();
    else if (typeof input === 'string') child.stdin.end(input);
    else {
      for (const chunk of input) child.stdin.write(chunk);
      child.stdin.end();
    }
  });
}
