// npm run bench:medicare — import time of the Medicare sources (each parser on its real file), fee
// calculations per second in-process (target ≥ 500,000/s) against a bare computePayment baseline, and the
// catalog's cold start with these sources loaded (foundation target: < 1.5 s).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importCatalog } from '../src/catalog/import/index.js';
import { Catalog } from '../src/catalog/index.js';
import { parseGem } from '../src/codesets/gems/index.js';
import { parseLabNcdSpreadsheet } from '../src/codesets/mcd/index.js';
import { decodeCp1252, parseMceDefinitions } from '../src/codesets/mce/index.js';
import { parseAddOnCodeEdits, parseMueCsv } from '../src/codesets/ncci/index.js';
import { computePayment, parseGpci, parsePfsRvu } from '../src/codesets/pfs/index.js';
import { loadConfig, projectRoot } from '../src/config.js';

const config = loadConfig();
if (!config.codesetsDir) throw new Error('No code-set folder: set CODESETS_DIR');
const dir = config.codesetsDir;
const file = (p: string): Buffer => readFileSync(join(dir, p));
const latin1 = (p: string): string => file(p).toString('latin1');

async function timeIt(f: () => unknown): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

const parse: Record<string, number> = {
  'PFS RVU csv': await timeIt(() => parsePfsRvu(latin1('pfs/2026-rvu26c/PPRRVU2026_Jul_nonQPP.csv'), 'rvu')),
  'GPCI csv': await timeIt(() => parseGpci(latin1('pfs/2026-rvu26c/GPCI2026.csv'), 'gpci')),
  'AOC xlsx': await timeIt(() => parseAddOnCodeEdits(file('ncci/2026Q2/AOC_V2026Q2-MCR.xlsx'), 'aoc')),
  'MUE practitioner csv': await timeIt(() =>
    parseMueCsv(latin1('ncci/2026Q2/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv'), 'mue'),
  ),
  'GEM ICD-10→ICD-9': await timeIt(() => parseGem(latin1('gems/2018/2018_I10gem.txt'), 'gem')),
  'MCE v43.1': await timeIt(() =>
    parseMceDefinitions(decodeCp1252(file('mce/v43.1/Definitions of Medicare Code Edits_v_43_1.txt')), 'mce'),
  ),
  'lab NCD xlsx': await timeIt(() =>
    parseLabNcdSpreadsheet(file('mcd/lab-ncd-2026100/2026100-Initial-ICD10-NCD-Spreadsheet-20250721.xlsx'), 'ncd'),
  ),
};

const dataDir = mkdtempSync(join(tmpdir(), 'codedesk-bench-medicare-'));
try {
  const importMs = await timeIt(() => importCatalog({ from: dir, dataDir }));
  const catalog = Catalog.open(dataDir);
  const rvu = catalog.layer(catalog.pick('pfs', 'pfs-rvu')?.release as never, 'pfs-rvu');
  const gpci = catalog.layer(catalog.pick('pfs', 'pfs-gpci')?.release as never, 'pfs-gpci');
  const probe = resolve(projectRoot, 'bench/child-probe.mjs');
  const feeRun = spawnSync(process.execPath, [probe, 'fee', dataDir], { encoding: 'utf8' });
  if (feeRun.status !== 0) throw new Error(feeRun.stderr);
  const feeRounds = JSON.parse(feeRun.stdout) as { firstRound: number; laterRounds: number[] };
  const feePerSecond = [...feeRounds.laterRounds].sort((a, b) => a - b)[1] as number;
  // Baseline: the arithmetic alone on pre-resolved rows.
  const rows = rvu.rows.filter((r) => r.modifier === '');
  const t = performance.now();
  let n = 0;
  for (let i = 0; i < 200_000; i++) {
    computePayment(rows[i % rows.length] as never, gpci.localities[i % gpci.localities.length] as never, 33.4009);
    n++;
  }
  const baselineMs = performance.now() - t;
  // Cold start with the Medicare layers: a fresh process, a CPT lookup that reads the fee schedule, NCCI and NCD layers.
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    const r = spawnSync(process.execPath, [probe, 'cold', dataDir, '99213'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    cold.push(performance.now() - s);
  }
  cold.sort((a, b) => a - b);
  const results = {
    date: new Date().toISOString(),
    parseMs: parse,
    fullImportSeconds: importMs / 1000,
    fee: {
      perSecond: feePerSecond,
      firstRoundPerSecond: feeRounds.firstRound,
      computePaymentBaselinePerSecond: n / (baselineMs / 1000),
      ratioToBaseline: feePerSecond / (n / (baselineMs / 1000)),
      target: '>= 500,000 per second',
    },
    coldStartCptLookupMsMedian: cold[2],
  };
  for (const [k, v] of Object.entries(parse)) process.stdout.write(`parse ${k.padEnd(24)} ${v.toFixed(0)} ms\n`);
  process.stdout.write(`full import (all sources)      ${results.fullImportSeconds.toFixed(1)} s\n`);
  process.stdout.write(`fee calculations/s             ${Math.round(results.fee.perSecond).toLocaleString('en-US')}\n`);
  process.stdout.write(
    `computePayment baseline/s      ${Math.round(results.fee.computePaymentBaselinePerSecond).toLocaleString('en-US')}\n`,
  );
  process.stdout.write(`cold start → CPT lookup        ${results.coldStartCptLookupMsMedian?.toFixed(0)} ms\n`);
  const out = resolve(projectRoot, 'bench/results/medicare-latest.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nwritten ${out}\n`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
