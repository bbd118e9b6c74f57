// npm run bench:http — throughput and latency of the real server over loopback HTTP, measured with autocannon:
// `node bin/codedesk.js serve` runs as a child process (the compiled code, as in production, request logging
// included) and the load generator runs here, in this process. Scenarios, each after a short warm-up, with 50
// connections for BENCH_HTTP_SECONDS (default 10, or --seconds=N):
//   health              GET /health, the baseline: the framework's floor and, on a small machine, the client's
//                       ceiling
//   codePages           GET /codes/{system}/{code} over a fixed sample of ICD-10-CM, ICD-10-PCS and HCPCS codes
//                       (HTML), as a browser without cookies: every request is a new guest's first view, so the
//                       code-page meter reads the guest's and the address's counts and records the view (a write)
//   codePagesUnmetered  the same pages for a user agent the meter exempts (METER_EXEMPT_USER_AGENTS): rendering
//                       and the editorial-text read without the meter, to tell the meter's cost from the page's
//   searchApi           GET /api/v1/search?q=… over a fixed list of queries (codes, short terms, misspellings,
//                       longer descriptions, and paths from the ICD-10-CM Alphabetic Index)
// The whole set runs twice: on the embedded SQLite database and on a throwaway PostgreSQL cluster (skipped, and
// said so, when PostgreSQL is not installed). Non-2xx responses, errors, timeouts or locked code pages fail the
// run (exit 1).
// Targets (issue): code page ≥ 1,500 req/s, search API ≥ 3,000 req/s, p99 < 50 ms at 50 connections, 0 errors.
// Writes bench/results/http-latest.json.
//
// The load generator shares the machine with the server: autocannon is one thread in this process, the server
// one Node process, so on a 2-core machine each has roughly one core. The /health row shows the ceiling of that
// set-up; the CPU columns (server process, PostgreSQL, this process, anything else) show which side was the limit.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import {
  cmCodesInForce,
  fnv1a,
  indexDerived,
  loadCatalog,
  table,
  writeResults,
} from '../scripts/eval-search/common.js';
import { projectRoot } from '../src/config.js';
import { type PgCluster, postgresUnavailable, startPostgres } from '../src/db/test-support/postgres.js';
import { freePort } from '../src/shared/test-support/free-port.js';
import { codePath } from '../src/web/paths.js';

// ---- settings ----

function setting(flag: string, env: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${flag}=`));
  const raw = arg ? arg.slice(flag.length + 3) : process.env[env];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${env} / --${flag} must be a positive number, not "${raw}"`);
  return n;
}

const SECONDS = setting('seconds', 'BENCH_HTTP_SECONDS', 10);
const WARMUP_SECONDS = setting('warmup', 'BENCH_HTTP_WARMUP_SECONDS', 2);
const CONNECTIONS = 50;
const CODE_SAMPLE = 200;
const INDEX_QUERIES = 24;
// The app limits each client address to 600 requests a minute by default (RATE_LIMIT_PER_MINUTE). The
// benchmark's clients are few addresses sending thousands of requests a minute each (127.0.0.1, or below one
// X-Forwarded-For address per connection and path: a single one per connection for /health), so the default
// would answer 429 within a second. The config accepts at most 1,000,000 a minute (≈ 16,700 req/s per address
// sustained over a minute), above anything measured here; a 429 would still show as non-2xx and fail the run.
const RATE_LIMIT_PER_MINUTE = 1_000_000;
const RATE_LIMIT_NOTE =
  'RATE_LIMIT_PER_MINUTE raised from the default 600 to 1,000,000 (the largest value the config accepts): ' +
  'the benchmark sends thousands of requests a minute from each of few client addresses (127.0.0.1, or one ' +
  'X-Forwarded-For address per connection and path) and the default would answer 429';
// Guests: the code-page meter caps guest views per client address and day (GUEST_VIEWS_PER_ADDRESS_PER_DAY,
// default 20) and, for every new guest, counts that address's views of the day. Real guests come from many
// addresses; with one address for everything every page after the twentieth would be the locked variant, and
// with only the cap raised that count would grow with every request (a cost the cap bounds in production:
// 0.1 ms at 1,000 rows, 1 ms at 10,000 on SQLite). So the server runs with TRUST_PROXY=1, as behind a load
// balancer, and every request of a connection carries an X-Forwarded-For address of its own
// (10.<connection>.<n/256>.<n%256>: 10,000 addresses over the code sample); the cap is raised too, so that no
// guest is ever refused, and the code-page bodies are checked for the locked variant.
const GUEST_VIEWS_PER_ADDRESS_PER_DAY = 1_000_000;
const METER_NOTE =
  'TRUST_PROXY=1 and an X-Forwarded-For address per request and connection (10,000 client addresses over the ' +
  'code sample), GUEST_VIEWS_PER_ADDRESS_PER_DAY raised from 20 to 1,000,000 so that no guest is refused; ' +
  'codePages sends no cookie, so each request is a new guest whose first view is counted (meter reads + one insert); ' +
  'codePagesUnmetered sends a user agent matched by METER_EXEMPT_USER_AGENTS';
const BROWSER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) codedesk-http-bench';
const EXEMPT_AGENT = 'codedesk-http-bench-unmetered';
const TARGETS = { codePagesRps: 1500, searchApiRps: 3000, p99Ms: 50, errors: 0 };
/** share of one core above which a process counts as saturated */
const BUSY = 0.85;

const autocannonVersion = (
  JSON.parse(readFileSync(resolve(projectRoot, 'node_modules/autocannon/package.json'), 'utf8')) as {
    version: string;
  }
).version;

// ---- clean-up on every exit path: the server child, the PostgreSQL cluster, temp folders ----

const cleanups: (() => void)[] = [];
function cleanupAll(): void {
  while (cleanups.length > 0) {
    try {
      cleanups.pop()?.();
    } catch (e) {
      process.stderr.write(`clean-up: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
}
process.on('exit', cleanupAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping the server and cleaning up\n`);
    cleanupAll();
    process.exit(130);
  });
}

// ---- what to request: a fixed sample of codes and a fixed list of queries ----

const HAND_QUERIES = [
  // codes, as typed
  'E11.9',
  'I10',
  'S72.001A',
  'J1100',
  '0DTJ4ZZ',
  'G0008',
  'M54.50',
  'Z00.00',
  'E11',
  'A0428',
  // short terms and abbreviations
  'heart attack',
  'diabetes',
  'asthma',
  'hypertension',
  'appendectomy',
  'flu shot',
  'copd exac',
  'uti',
  'knee replacement',
  'ambulance',
  // misspellings
  'pnuemonia',
  'diabetis',
  'hypertention',
  'astma',
  'gastroentritis',
  'osteoarthritus',
  // longer descriptions
  'fracture of right femur',
  'type 2 diabetes mellitus with diabetic chronic kidney disease',
  'acute myocardial infarction of anterior wall',
  'laparoscopic removal of gallbladder',
  'chronic obstructive pulmonary disease with acute exacerbation',
  'injection adalimumab 20 mg',
  'pressure ulcer of sacral region stage 3',
  'fall from ladder initial encounter',
];

interface Prepared {
  dataDir: string;
  source: string;
  cleanup(): void;
  codes: { system: string; code: string }[];
  queries: string[];
}

/** Opens the catalog only to draw the samples; it is not kept (this process should hold the load generator only). */
async function prepare(): Promise<Prepared> {
  const loaded = await loadCatalog();
  try {
    const { catalog } = loaded;
    const codes: { system: string; code: string }[] = [];
    const systems = ['icd10cm', 'icd10pcs', 'hcpcs'] as const;
    systems.forEach((system, s) => {
      const pick = catalog.pick(system, 'codes');
      if (!pick) return;
      const n = Math.floor(CODE_SAMPLE / systems.length) + (s < CODE_SAMPLE % systems.length ? 1 : 0);
      const chosen = [...catalog.layer(pick.release, 'codes').codes]
        .map((code) => ({ code, h: fnv1a(`http|${system}|${code}`) }))
        .sort((a, b) => a.h - b.h || (a.code < b.code ? -1 : 1))
        .slice(0, n);
      for (const c of chosen) codes.push({ system, code: c.code });
    });
    if (codes.length === 0) throw new Error('The catalog has no ICD-10-CM, ICD-10-PCS or HCPCS code list');
    // longer, natural descriptions: term paths of the ICD-10-CM Alphabetic Index, a fixed hash sample
    const queries = [...HAND_QUERIES];
    if (catalog.pick('icd10cm', 'cm-index')) {
      const derived = indexDerived(catalog, cmCodesInForce(catalog));
      const paths = [...derived.tune, ...derived.heldOut]
        .map((q) => q.query)
        .filter((q) => q.length <= 80)
        .map((q) => ({ q, h: fnv1a(`http|${q}`) }))
        .sort((a, b) => a.h - b.h || (a.q < b.q ? -1 : 1))
        .slice(0, INDEX_QUERIES)
        .map((x) => x.q);
      queries.push(...paths);
    }
    return { dataDir: loaded.dataDir, source: loaded.source, cleanup: loaded.cleanup, codes, queries };
  } catch (e) {
    loaded.cleanup();
    throw e;
  }
}

// ---- CPU accounting: the server process (from /proc), this process, the whole machine ----

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds used so far by a process, from /proc (Linux); undefined elsewhere. */
function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return undefined;
  }
}

function processes(): { pid: number; ppid: number; args: string[] }[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const args = readFileSync(`/proc/${e}/cmdline`, 'utf8').split('\0');
      return [{ pid: Number(e), ppid, args }];
    } catch {
      return [];
    }
  });
}

/** A process and its children (the server's node:cluster workers when WEB_WORKERS > 1). */
function processTree(pid: number): number[] {
  return [
    pid,
    ...processes()
      .filter((p) => p.ppid === pid)
      .map((p) => p.pid),
  ];
}

/** The PostgreSQL processes listening on a port: the postmaster (found by its -p argument) and its children. */
function postgresPids(port: number): number[] {
  const info = processes();
  const postmaster = info.find(
    (p) =>
      (p.args[0] ?? '').endsWith('/postgres') && p.args.some((a, i) => a === '-p' && p.args[i + 1] === String(port)),
  );
  if (!postmaster) return [];
  return [postmaster.pid, ...info.filter((p) => p.ppid === postmaster.pid).map((p) => p.pid)];
}

function cpuSecondsOf(pids: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const pid of pids) {
    const s = processCpuSeconds(pid);
    if (s !== undefined) m.set(pid, s);
  }
  return m;
}

/** CPU seconds used between two readings; a process that started meanwhile counts from zero. */
function used(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, sec] of after) sum += sec - (before.get(pid) ?? 0);
  return sum;
}

function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const c of cpus()) {
    const t = c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle;
    total += t;
    busy += t - c.times.idle;
  }
  return { busy, total };
}

interface CpuShare {
  /** the server process (with its cluster workers, if any), share of one core (1 = one core fully busy) */
  server: number | null;
  /** server processes counted: 1, or the primary and its workers */
  serverProcesses: number;
  /** the PostgreSQL cluster's processes together, share of one core (null on SQLite) */
  database: number | null;
  /** this process (autocannon), share of one core */
  loadGenerator: number;
  /** all cores, share of the whole machine */
  machine: number;
  /** cores used by everything else (other processes, kernel work not charged to the processes above) */
  other: number | null;
  /** the wall-clock seconds measured */
  seconds: number;
}

function cpuMeter(serverPid: number, postgresPort?: number): () => CpuShare {
  const t0 = performance.now();
  const s0 = cpuSecondsOf(processTree(serverPid));
  const d0 = postgresPort === undefined ? undefined : cpuSecondsOf(postgresPids(postgresPort));
  const l0 = process.cpuUsage();
  const m0 = machineTimes();
  return () => {
    const wall = (performance.now() - t0) / 1000;
    const tree = processTree(serverPid);
    const s1 = cpuSecondsOf(tree);
    const l1 = process.cpuUsage(l0);
    const m1 = machineTimes();
    // no /proc (not Linux): the server's CPU is unknown
    const server = s0.size === 0 || s1.size === 0 ? null : used(s0, s1) / wall;
    const database =
      d0 !== undefined && postgresPort !== undefined ? used(d0, cpuSecondsOf(postgresPids(postgresPort))) / wall : null;
    const loadGenerator = (l1.user + l1.system) / 1e6 / wall;
    const machine = (m1.busy - m0.busy) / Math.max(1, m1.total - m0.total);
    const other =
      server === null ? null : Math.max(0, machine * cpus().length - server - (database ?? 0) - loadGenerator);
    return { server, serverProcesses: tree.length, database, loadGenerator, machine, other, seconds: wall };
  };
}

// ---- the server child ----

interface Server {
  url: string;
  pid: number;
  /** the PostgreSQL port when DATABASE_URL is set, to count the cluster's CPU */
  postgresPort?: number;
  startMs: number;
  logTail(): string;
  stop(): Promise<void>;
}

async function startServer(dataDir: string, databaseUrl: string | undefined, workDir: string): Promise<Server> {
  const port = await freePort();
  const logFile = join(workDir, `server-${port}.log`);
  const logFd = openSync(logFile, 'w');
  const t = performance.now();
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, [resolve(projectRoot, 'bin/codedesk.js'), 'serve'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        CODEDESK_DATA_DIR: dataDir,
        RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT_PER_MINUTE),
        GUEST_VIEWS_PER_ADDRESS_PER_DAY: String(GUEST_VIEWS_PER_ADDRESS_PER_DAY),
        TRUST_PROXY: '1',
        METER_EXEMPT_USER_AGENTS: `^${EXEMPT_AGENT}$`,
        DATABASE_URL: databaseUrl ?? '',
      },
      // pino's JSON lines (one per request and response) go to a file, so this process never reads them
      stdio: ['ignore', logFd, logFd],
    });
  } finally {
    closeSync(logFd);
  }
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((done) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      done();
    });
  });
  const kill = (): void => {
    if (!exited) child.kill('SIGKILL');
  };
  cleanups.push(kill);
  const logTail = (): string => {
    try {
      return readFileSync(logFile, 'utf8').slice(-3000);
    } catch {
      return '';
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`the server exited (${JSON.stringify(exited)}) before it was ready:\n${logTail()}`);
    try {
      const r = await fetch(`${url}/ready`);
      await r.arrayBuffer();
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      kill();
      throw new Error(`the server did not answer GET /ready with 200 within 120 s:\n${logTail()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const startMs = performance.now() - t;
  if (child.pid === undefined) throw new Error('the server child has no pid');
  return {
    url,
    pid: child.pid,
    ...(databaseUrl ? { postgresPort: Number(new URL(databaseUrl).port) } : {}),
    startMs,
    logTail,
    async stop() {
      if (exited) return;
      // graceful first (the server closes its database), then forced
      child.kill('SIGTERM');
      const timer = setTimeout(kill, 10_000);
      await exitPromise;
      clearTimeout(timer);
      const i = cleanups.indexOf(kill);
      if (i >= 0) cleanups.splice(i, 1);
    },
  };
}

// ---- one scenario ----

interface Scenario {
  name: 'health' | 'codePages' | 'codePagesUnmetered' | 'searchApi';
  what: string;
  requests: { path: string; accept: string; agent: string }[];
}

interface ScenarioResult {
  what: string;
  distinctPaths: number;
  durationSeconds: number;
  totalRequests: number;
  requestsPerSecond: number;
  /** responses in each whole second of the measured run, to show a drift (e.g. a table that grows) */
  perSecond: number[];
  latency: { p50Ms: number; p90Ms: number; p99Ms: number; meanMs: number; maxMs: number };
  throughputMBPerSecond: number;
  non2xx: number;
  /** code-page bodies that were the locked variant */
  mismatches: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  cpu: CpuShare;
  /**
   * CPU time the server process spent per request (ms), and the rate one full core would give at that cost:
   * much less sensitive than req/s to other load on the machine
   */
  serverCpuMsPerRequest: number | null;
  serverOneCoreRps: number | null;
  /** the same for the PostgreSQL processes (null on SQLite) */
  databaseCpuMsPerRequest: number | null;
  /** which side was the limit, from the CPU shares */
  limitedBy: string;
  ratioToHealth?: number;
}

function runAutocannon(opts: autocannon.Options): Promise<{ result: autocannon.Result; perSecond: number[] }> {
  return new Promise((done, fail) => {
    const perSecond: number[] = [];
    let count = 0;
    const ticker = setInterval(() => {
      perSecond.push(count);
      count = 0;
    }, 1000);
    const instance = autocannon(opts, (err: unknown, result: autocannon.Result) => {
      clearInterval(ticker);
      if (err) fail(err instanceof Error ? err : new Error(String(err)));
      else done({ result, perSecond });
    });
    instance.on('response', () => {
      count++;
    });
    const stop = (): void => {
      clearInterval(ticker);
      instance.stop();
    };
    cleanups.push(stop);
    instance.on('done', () => {
      const i = cleanups.indexOf(stop);
      if (i >= 0) cleanups.splice(i, 1);
    });
  });
}

/** Each connection walks the whole list, starting at its own offset, so the connections do not move in step. */
function options(url: string, scenario: Scenario, seconds: number): autocannon.Options {
  const list = scenario.requests;
  const request = (r: Scenario['requests'][number], address?: string): autocannon.Request => ({
    method: 'GET',
    path: r.path,
    headers: { accept: r.accept, 'user-agent': r.agent, ...(address ? { 'x-forwarded-for': address } : {}) },
  });
  let client = 0;
  return {
    url,
    connections: CONNECTIONS,
    pipelining: 1,
    duration: seconds,
    timeout: 10,
    requests: list.map((r) => request(r)),
    setupClient: (c) => {
      const n = client++;
      const offset = Math.floor((n * list.length) / CONNECTIONS) % list.length;
      const rotated = [...list.slice(offset), ...list.slice(0, offset)];
      c.setRequests(rotated.map((r, i) => request(r, `10.${n % 256}.${(i >> 8) % 256}.${i % 256}`)));
    },
    ...(scenario.name.startsWith('codePages') ? { verifyBody: (body) => !isLocked(String(body)) } : {}),
  };
}

/** the locked variant of a code page (meter used up): not the page meant here */
const isLocked = (body: string): boolean => body.includes('class="locked"') || body.includes('>Locked: ');

function limitedBy(cpu: CpuShare): string {
  const parts: string[] = [];
  const workers = Math.max(1, cpu.serverProcesses - 1);
  if (cpu.server !== null && cpu.server >= BUSY * workers) {
    parts.push(
      workers > 1
        ? `server (its ${workers} workers near a full core each)`
        : 'server (its Node thread near a full core)',
    );
  }
  if (cpu.loadGenerator >= BUSY) parts.push('load generator (autocannon thread near a full core)');
  if (cpu.machine >= 0.9) parts.push('machine (all cores busy)');
  return parts.length > 0 ? parts.join('; ') : 'neither process near a full core';
}

/** Every path once, alone, before any load: each must answer 200 (a redirect or a 404 is a broken sample). */
async function preflight(server: Server, scenario: Scenario): Promise<void> {
  for (const r of new Map(scenario.requests.map((x) => [x.path, x])).values()) {
    const res = await fetch(`${server.url}${r.path}`, {
      headers: { accept: r.accept, 'user-agent': r.agent },
      redirect: 'manual',
    });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${scenario.name}: GET ${r.path} answered ${res.status}, not 200`);
    if (isLocked(body)) throw new Error(`${scenario.name}: GET ${r.path} answered the locked page`);
  }
}

async function runScenario(server: Server, scenario: Scenario): Promise<ScenarioResult> {
  await runAutocannon(options(server.url, scenario, WARMUP_SECONDS));
  const meter = cpuMeter(server.pid, server.postgresPort);
  const { result: r, perSecond } = await runAutocannon(options(server.url, scenario, SECONDS));
  const cpu = meter();
  const statusCodes: Record<string, number> = {};
  const perRequest = (share: number | null): number | null =>
    share === null || r.requests.total === 0 ? null : (share * cpu.seconds * 1000) / r.requests.total;
  for (const [code, v] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = v.count ?? 0;
  return {
    what: scenario.what,
    distinctPaths: new Set(scenario.requests.map((x) => x.path)).size,
    durationSeconds: r.duration,
    totalRequests: r.requests.total,
    requestsPerSecond: r.requests.mean,
    perSecond,
    latency: {
      p50Ms: r.latency.p50,
      p90Ms: r.latency.p90,
      p99Ms: r.latency.p99,
      meanMs: r.latency.mean,
      maxMs: r.latency.max,
    },
    throughputMBPerSecond: r.throughput.mean / 1e6,
    non2xx: r.non2xx,
    mismatches: r.mismatches,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes,
    cpu,
    serverCpuMsPerRequest: perRequest(cpu.server),
    serverOneCoreRps: cpu.server === null || cpu.server === 0 ? null : r.requests.total / (cpu.server * cpu.seconds),
    databaseCpuMsPerRequest: perRequest(cpu.database),
    limitedBy: limitedBy(cpu),
  };
}

// ---- one database: a server, the scenarios ----

interface Run {
  database: 'sqlite' | 'postgres';
  serverStartMs: number;
  /** share of all cores busy over one second with the server idle, before the scenarios: other load */
  machineBusyAtRest: number;
  scenarios: Record<Scenario['name'], ScenarioResult>;
  targets: Record<string, { target: string; measured: number; met: boolean }>;
  notes: string[];
}

async function runDatabase(
  database: Run['database'],
  dataDir: string,
  databaseUrl: string | undefined,
  scenarios: Scenario[],
  workDir: string,
): Promise<Run> {
  process.stderr.write(`\n[${database}] starting the server ...\n`);
  const server = await startServer(dataDir, databaseUrl, workDir);
  try {
    process.stderr.write(`[${database}] ready in ${server.startMs.toFixed(0)} ms at ${server.url}\n`);
    const rest = cpuMeter(server.pid, server.postgresPort);
    await new Promise((r) => setTimeout(r, 1000));
    const machineBusyAtRest = rest().machine;
    for (const s of scenarios) await preflight(server, s);
    const results = {} as Record<Scenario['name'], ScenarioResult>;
    for (const s of scenarios) {
      process.stderr.write(`[${database}] ${s.name}: ${WARMUP_SECONDS} s warm-up, ${SECONDS} s measured ...\n`);
      results[s.name] = await runScenario(server, s);
    }
    const health = results.health.requestsPerSecond;
    for (const r of Object.values(results)) r.ratioToHealth = health > 0 ? r.requestsPerSecond / health : 0;
    const { codePages, searchApi } = results;
    const errors = Object.values(results).reduce((n, r) => n + r.non2xx + r.errors + r.timeouts + r.mismatches, 0);
    const targets = {
      codePagesRps: {
        target: `≥ ${TARGETS.codePagesRps} req/s`,
        measured: codePages.requestsPerSecond,
        met: codePages.requestsPerSecond >= TARGETS.codePagesRps,
      },
      searchApiRps: {
        target: `≥ ${TARGETS.searchApiRps} req/s`,
        measured: searchApi.requestsPerSecond,
        met: searchApi.requestsPerSecond >= TARGETS.searchApiRps,
      },
      codePagesP99: {
        target: `< ${TARGETS.p99Ms} ms`,
        measured: codePages.latency.p99Ms,
        met: codePages.latency.p99Ms < TARGETS.p99Ms,
      },
      searchApiP99: {
        target: `< ${TARGETS.p99Ms} ms`,
        measured: searchApi.latency.p99Ms,
        met: searchApi.latency.p99Ms < TARGETS.p99Ms,
      },
      errors: {
        target: '0 (non-2xx, errors, timeouts, locked code pages)',
        measured: errors,
        met: errors === TARGETS.errors,
      },
    };
    const notes: string[] = [];
    if (machineBusyAtRest >= 0.2) {
      notes.push(
        `before the scenarios, with the server idle, ${(machineBusyAtRest * 100).toFixed(0)}% of the machine was ` +
          'busy with other work: the figures below are lower than on a quiet machine',
      );
    }
    const h = results.health.cpu;
    if (h.loadGenerator >= BUSY) {
      notes.push(
        `/health: the load generator used ${(h.loadGenerator * 100).toFixed(0)}% of a core — ` +
          `${health.toFixed(0)} req/s is (close to) the ceiling of the single-threaded autocannon client on this machine, ` +
          'not of the server; ratios to /health understate the server’s headroom',
      );
    } else if (h.server !== null && h.server >= BUSY) {
      notes.push(
        `/health: the server used ${(h.server * 100).toFixed(0)}% of a core, the load generator ` +
          `${(h.loadGenerator * 100).toFixed(0)}% — the single-threaded client is not the bottleneck`,
      );
    }
    for (const [name, r] of Object.entries(results)) {
      notes.push(`${name}: limited by ${r.limitedBy}`);
      if (r.cpu.other !== null && r.cpu.other >= 0.25) {
        notes.push(
          `${name}: other processes used ${r.cpu.other.toFixed(2)} cores meanwhile — the machine was not quiet, ` +
            'the figures understate what the server can do',
        );
      }
    }
    return { database, serverStartMs: server.startMs, machineBusyAtRest, scenarios: results, targets, notes };
  } catch (e) {
    process.stderr.write(`[${database}] server log (tail):\n${server.logTail()}\n`);
    throw e;
  } finally {
    await server.stop();
  }
}

// ---- main ----

const prepared = await prepare();
cleanups.push(() => prepared.cleanup());
// The server gets a data folder of its own that links to the catalog: its SQLite database (codedesk.sqlite,
// created and migrated at start) and the server logs land there, never in a shared catalog folder.
const workDir = mkdtempSync(join(tmpdir(), 'codedesk-http-bench-'));
cleanups.push(() => rmSync(workDir, { recursive: true, force: true }));
symlinkSync(realpathSync(join(prepared.dataDir, 'catalog')), join(workDir, 'catalog'), 'dir');

const scenarios: Scenario[] = [
  {
    name: 'health',
    what: 'GET /health',
    requests: [{ path: '/health', accept: 'application/json', agent: BROWSER_AGENT }],
  },
  {
    name: 'codePages',
    what: `GET /codes/{system}/{code}, ${prepared.codes.length} codes (HTML), each request a new guest (metered)`,
    requests: prepared.codes.map((c) => ({
      path: codePath(c.system, c.code),
      accept: 'text/html',
      agent: BROWSER_AGENT,
    })),
  },
  {
    name: 'codePagesUnmetered',
    what: `GET /codes/{system}/{code}, ${prepared.codes.length} codes (HTML), user agent exempt from the meter`,
    requests: prepared.codes.map((c) => ({
      path: codePath(c.system, c.code),
      accept: 'text/html',
      agent: EXEMPT_AGENT,
    })),
  },
  {
    name: 'searchApi',
    what: `GET /api/v1/search?q=…, ${prepared.queries.length} queries (JSON)`,
    requests: prepared.queries.map((q) => ({
      path: `/api/v1/search?q=${encodeURIComponent(q)}`,
      accept: 'application/json',
      agent: BROWSER_AGENT,
    })),
  },
];

const runs: Run[] = [];
runs.push(await runDatabase('sqlite', workDir, undefined, scenarios, workDir));

let postgres: { available: true } | { available: false; reason: string } = { available: true };
const unavailable = postgresUnavailable();
let cluster: PgCluster | undefined;
if (unavailable) postgres = { available: false, reason: unavailable };
else {
  try {
    cluster = await startPostgres();
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    postgres = { available: false, reason: `the throwaway cluster did not start: ${why}` };
  }
}
if (cluster) {
  const started = cluster;
  const stopCluster = (): void => started.stop();
  cleanups.push(stopCluster);
  runs.push(await runDatabase('postgres', workDir, started.url, scenarios, workDir));
  cleanups.splice(cleanups.indexOf(stopCluster), 1);
  started.stop();
} else if (!postgres.available) process.stderr.write(`\n[postgres] skipped: ${postgres.reason}\n`);

// ---- report ----

const ms = (x: number): string => x.toFixed(1);
const pctCore = (x: number | null): string => (x === null ? 'n/a' : `${(x * 100).toFixed(0)}%`);
const rows: string[][] = [];
for (const run of runs) {
  for (const [name, r] of Object.entries(run.scenarios)) {
    rows.push([
      run.database,
      name,
      r.requestsPerSecond.toFixed(0),
      (r.ratioToHealth ?? 0).toFixed(2),
      ms(r.latency.p50Ms),
      ms(r.latency.p99Ms),
      `${r.non2xx}/${r.errors}/${r.timeouts}/${r.mismatches}`,
      pctCore(r.cpu.server),
      r.cpu.database === null ? '-' : pctCore(r.cpu.database),
      pctCore(r.cpu.loadGenerator),
      r.cpu.other === null ? 'n/a' : r.cpu.other.toFixed(2),
      r.serverCpuMsPerRequest === null ? 'n/a' : r.serverCpuMsPerRequest.toFixed(2),
      r.serverOneCoreRps === null ? 'n/a' : r.serverOneCoreRps.toFixed(0),
    ]);
  }
}
const header = [
  'database',
  'scenario',
  'req/s',
  '× /health',
  'p50 ms',
  'p99 ms',
  'non-2xx/err/t-o/locked',
  'server CPU',
  'PG CPU',
  'client CPU',
  'other cores',
  'server CPU ms/req',
  '1-core req/s',
];
const out: string[] = ['', table(header, rows), ''];
out.push(
  `${CONNECTIONS} connections, ${SECONDS} s per scenario after ${WARMUP_SECONDS} s warm-up; ` +
    `autocannon ${autocannonVersion} in this process, server a separate process, ${cpus().length} cores shared. ` +
    'CPU: server, PostgreSQL and client (autocannon) as share of one core; other: cores used by anything else ' +
    'meanwhile; 1-core req/s: the server process’s rate with a full core at the CPU cost per request measured.',
);
out.push(`${RATE_LIMIT_NOTE}.`, `${METER_NOTE}.`);
for (const run of runs) {
  out.push('', `[${run.database}] server ready in ${run.serverStartMs.toFixed(0)} ms; targets:`);
  for (const [name, t] of Object.entries(run.targets)) {
    const measured = name === 'errors' ? String(t.measured) : t.measured.toFixed(name.endsWith('P99') ? 1 : 0);
    out.push(`  ${t.met ? 'met    ' : 'NOT MET'}  ${name}: ${measured} (target ${t.target})`);
  }
  for (const note of run.notes) out.push(`  note: ${note}`);
}
if (!postgres.available) out.push('', `PostgreSQL: not measured — ${postgres.reason}`);
process.stdout.write(`${out.join('\n')}\n`);

const problems = runs.flatMap((run) =>
  Object.entries(run.scenarios)
    .filter(([, r]) => r.non2xx + r.errors + r.timeouts + r.mismatches > 0)
    .map(
      ([name, r]) =>
        `${run.database} ${name}: ${r.non2xx} non-2xx (${JSON.stringify(r.statusCodes)}), ${r.errors} errors, ` +
        `${r.timeouts} timeouts, ${r.mismatches} locked code pages` +
        (r.statusCodes['429'] ? ' (429: the per-client rate limit was reached)' : ''),
    ),
);
writeResults(resolve(projectRoot, 'bench/results/http-latest.json'), {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    os: `${process.platform} ${release()}`,
    memoryGb: Math.round(totalmem() / 1e8) / 10,
  },
  loadGenerator: `autocannon ${autocannonVersion}, one thread in the benchmark process, on the same machine as the server`,
  settings: {
    connections: CONNECTIONS,
    pipelining: 1,
    durationSeconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    rateLimitPerMinute: RATE_LIMIT_PER_MINUTE,
    rateLimitNote: RATE_LIMIT_NOTE,
    guestViewsPerAddressPerDay: GUEST_VIEWS_PER_ADDRESS_PER_DAY,
    meterNote: METER_NOTE,
    serverLogging: 'pino at info (one access line per request) to a file, as `codedesk serve` does',
    webWorkers: Number(process.env.WEB_WORKERS ?? 1),
    webWorkersNote:
      'WEB_WORKERS > 1 runs the server as a node:cluster primary with that many worker processes; the server CPU ' +
      'columns count the primary and its workers together (up to WEB_WORKERS cores)',
  },
  catalog: prepared.source,
  sample: {
    codes: prepared.codes.length,
    codesBySystem: Object.fromEntries(
      ['icd10cm', 'icd10pcs', 'hcpcs'].map((s) => [s, prepared.codes.filter((c) => c.system === s).length]),
    ),
    queries: prepared.queries,
  },
  targets: TARGETS,
  postgres,
  runs,
  ok: problems.length === 0,
  problems,
});
if (problems.length > 0) {
  process.stderr.write(`\nFAILED: responses other than 2xx, errors or timeouts:\n  ${problems.join('\n  ')}\n`);
  process.exitCode = 1;
}
