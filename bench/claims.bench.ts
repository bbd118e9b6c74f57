// npm run bench:claims — Claim Check speed on the full catalog (targets: p99 < 2 ms for a 10-line claim with 5
// diagnoses; > 5,000 claims/s in a batch). Latency: one fixed claim checked over and over after a warm-up, each
// call timed. Batch: 5,000 different claims (codes drawn from the real lists, with deliberate errors mixed in)
// checked in a loop. Prints a table and writes bench/results/claims-latest.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Catalog } from '../src/catalog/index.js';
import { realCatalogDir } from '../src/catalog/test-support/real-catalog.js';
import { projectRoot } from '../src/config.js';
import { type ClaimInput, checkClaim } from '../src/rules/index.js';

const catalog = Catalog.open(await realCatalogDir());
const context = { catalog };

const tenLines: ClaimInput = {
  dateOfService: '2026-05-01',
  patient: { age: 67, sex: 'F' },
  placeOfService: '11',
  setting: 'practitioner',
  diagnoses: ['E11.65', 'I10', 'J45.41', 'M17.11', 'Z79.4'],
  lines: [
    { code: '99214', modifiers: ['25'], units: 1, diagnosisPointers: [1, 2] },
    { code: '93000', units: 1, diagnosisPointers: [2] },
    { code: '20610', modifiers: ['RT'], units: 1, diagnosisPointers: [4] },
    { code: 'J3301', units: 4, diagnosisPointers: [4] },
    { code: '36415', units: 1, diagnosisPointers: [1] },
    { code: '83036', units: 1, diagnosisPointers: [1] },
    { code: '80053', units: 1, diagnosisPointers: [1, 2] },
    { code: '94010', units: 1, diagnosisPointers: [3] },
    { code: '71046', modifiers: ['26'], units: 1, diagnosisPointers: [3] },
    { code: '96372', units: 1, diagnosisPointers: [4] },
  ],
};

/** A deterministic pseudo-random sequence (no Math.random: runs compare). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function batch(count: number, seed: number): ClaimInput[] {
  const codes = (id: string) => catalog.codeIndex(catalog.releasesById.get(id) as never).layer;
  const cm = codes('icd10cm:2026');
  const billableDx = cm.codes.filter((_, i) => cm.billable[i] === '1');
  const lineCodes = [...codes('cpt:2026-07').codes, ...codes('hcpcs:2026-01').codes.filter((c) => c.length === 5)];
  const junk = ['E11.6', 'S72.001', 'T36.01A', 'E11.99', '12345'];
  const rnd = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  return Array.from({ length: count }, () => {
    const diagnoses = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () =>
      rnd() < 0.05 ? pick(junk) : pick(billableDx),
    );
    return {
      dateOfService: '2026-05-01',
      patient: { age: Math.floor(rnd() * 100), sex: rnd() < 0.5 ? 'F' : 'M' },
      setting: rnd() < 0.8 ? 'practitioner' : 'outpatient-hospital',
      diagnoses,
      lines: Array.from({ length: 1 + Math.floor(rnd() * 10) }, () => ({
        code: pick(lineCodes),
        modifiers: rnd() < 0.2 ? [pick(['25', '26', 'TC', '59', 'RT', 'LT', '50', 'XS'])] : [],
        units: rnd() < 0.9 ? 1 : 1 + Math.floor(rnd() * 10),
        diagnosisPointers: [1 + Math.floor(rnd() * diagnoses.length)],
      })),
    } satisfies ClaimInput;
  });
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

// Latency of the fixed claim.
const coldStart = performance.now();
checkClaim(tenLines, context);
const firstCallMs = performance.now() - coldStart;
for (let i = 0; i < 2_000; i++) checkClaim(tenLines, context);
const N = 20_000;
const times = new Float64Array(N);
for (let i = 0; i < N; i++) {
  const t = performance.now();
  checkClaim(tenLines, context);
  times[i] = performance.now() - t;
}
times.sort();

// Batch throughput over 10,000 generated claims built from real codes. A different set of 2,000 warms the
// code paths first, so the measured claims are not ones already checked (their codes mostly are new too).
for (const c of batch(2_000, 1)) checkClaim(c, context);
const claims = batch(10_000, 20260501);
const rounds: number[] = [];
let findings = 0;
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  for (const c of claims) findings += checkClaim(c, context).findings.length;
  rounds.push((claims.length / (performance.now() - t)) * 1000);
}
// the first round meets every claim for the first time: that is the figure reported
const firstRound = rounds[0] as number;

const results = {
  date: new Date().toISOString(),
  node: process.version,
  firstCallMs,
  tenLineClaim: {
    calls: N,
    p50Ms: percentile(times, 0.5),
    p90Ms: percentile(times, 0.9),
    p99Ms: percentile(times, 0.99),
    maxMs: times[N - 1],
    targetP99Ms: 2,
  },
  batch: {
    claims: claims.length,
    claimsPerSecond: firstRound,
    /** first round (new claims), then the same claims again */
    rounds,
    findingsPerClaim: findings / (claims.length * rounds.length),
    target: 5_000,
  },
};
console.table({
  'first call (cold layers), ms': { value: firstCallMs.toFixed(1) },
  '10-line claim p50, ms': { value: results.tenLineClaim.p50Ms.toFixed(3) },
  '10-line claim p99, ms': { value: results.tenLineClaim.p99Ms.toFixed(3) },
  '10-line claim max, ms': { value: results.tenLineClaim.maxMs?.toFixed(3) },
  'batch claims/s (10,000 new claims)': { value: Math.round(results.batch.claimsPerSecond ?? 0) },
  'findings per claim': { value: results.batch.findingsPerClaim.toFixed(2) },
});
writeFileSync(join(projectRoot, 'bench/results/claims-latest.json'), `${JSON.stringify(results, null, 2)}\n`);
