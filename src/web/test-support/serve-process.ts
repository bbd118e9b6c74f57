// `codedesk serve` as a child process on a free loopback port, for tests and benchmarks that need the real
// server (its event loop, its memory) rather than inject().
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../../config.js';
import { freePort } from '../../shared/test-support/free-port.js';

export interface ServeProcess {
  child: ChildProcess;
  base: string;
  /** resident memory of the server process, bytes (Linux /proc) */
  rss(): number;
  /** SIGTERM, and the exit code */
  stop(): Promise<number | null>;
}

/** Starts `codedesk serve` (through tsx) on CODEDESK_DATA_DIR=dataDir and waits until /ready answers 200. */
export async function startServeProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(projectRoot, 'src/cli/main.ts'), 'serve'], {
    env: { ...process.env, CODEDESK_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  const base = `http://127.0.0.1:${port}`;
  const server: ServeProcess = {
    child,
    base,
    rss: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/ready`)).status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await server.stop();
  throw new Error('codedesk serve did not get ready');
}

export interface DatedSearchProbe {
  /** /health round trips while the searches ran, ms, sorted */
  healthMs: number[];
  p99: number;
  max: number;
  rssStart: number;
  rssEnd: number;
}

/**
 * Runs one search per date in a row (none: the same undated search as often, the baseline) while /health is
 * probed, and reports the probes' latencies and the server's memory before and after.
 */
export async function probeDatedSearches(
  server: ServeProcess,
  dates: (string | undefined)[],
): Promise<DatedSearchProbe> {
  const search = async (date: string | undefined): Promise<void> => {
    const r = await fetch(`${server.base}/api/v1/search?q=diabetes+with+hyperglycemia${date ? `&date=${date}` : ''}`);
    if (r.status !== 200) throw new Error(`search on ${date}: HTTP ${r.status}`);
    const body = (await r.json()) as { results: unknown[] };
    if (body.results.length === 0) throw new Error(`search on ${date}: no results`);
  };
  const rssStart = server.rss();
  let searching = true;
  const healthMs: number[] = [];
  // the probe's failure is kept and thrown once the searches stop, never left as an unhandled rejection
  const probe = (async (): Promise<Error | undefined> => {
    while (searching) {
      const t = performance.now();
      const r = await fetch(`${server.base}/health`).catch((e: Error) => e);
      if (r instanceof Error) return r;
      if (r.status !== 200) return new Error(`/health: HTTP ${r.status}`);
      healthMs.push(performance.now() - t);
      await new Promise((ok) => setTimeout(ok, 5));
    }
    return undefined;
  })();
  try {
    for (const date of dates) {
      await search(date);
      await new Promise((ok) => setTimeout(ok, 20));
    }
  } finally {
    searching = false;
  }
  const failed = await probe;
  if (failed) throw failed;
  healthMs.sort((a, b) => a - b);
  return {
    healthMs,
    p99: healthMs[Math.min(healthMs.length - 1, Math.floor(healthMs.length * 0.99))] ?? 0,
    max: healthMs[healthMs.length - 1] ?? 0,
    rssStart,
    rssEnd: server.rss(),
  };
}

/** n distinct dates of service, 61 days apart from mid-2018: they cross every loaded release's boundaries. */
export function distinctDates(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    new Date(Date.UTC(2018, 5, 1) + i * 61 * 86_400_000).toISOString().slice(0, 10),
  );
}
