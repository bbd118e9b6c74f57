// The short search-box queries set (../shared/eval/short-queries-dev, or SHORT_QUERIES=<file> for another file
// of the same format): loading, the tune/measure split, and scoring as its README defines it (every query as
// typed, no system filter, top 10; a result hits when its system is the entry's and its code, without dots and
// case, starts with the entry).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Catalog } from '../../src/catalog/index.js';
import { projectRoot } from '../../src/config.js';
import { type Baseline, type CorpusDoc, fnv1a } from './common.js';

export const SHORT_QUERIES_FILE = resolve(projectRoot, '../shared/eval/short-queries-dev/queries.jsonl');

export interface ShortQuery {
  q: string;
  kind: string;
  /** [system, code key without dot, upper case] */
  accept: [string, string][];
  best: [string, string][];
  part: 'tune' | 'measure';
}

const key = (code: string): string => code.replace(/\./g, '').toUpperCase();

/**
 * The split: by a hash of the query's accept set, so queries that share a concept ("DM2", "T2DM", "type 2
 * diabetes") fall on the same side. Failures of the "tune" part may be looked at while working on the engine;
 * the "measure" part is only ever scored (scripts/search-failures.ts --short shows tune failures only).
 */
export function shortQueryPart(accept: readonly [string, string][]): 'tune' | 'measure' {
  const concept = accept
    .map(([s, c]) => `${s}:${c}`)
    .sort()
    .join(' ');
  return fnv1a(`short|${concept}`) % 2 === 0 ? 'tune' : 'measure';
}

export function loadShortQueries(file = process.env.SHORT_QUERIES || SHORT_QUERIES_FILE): ShortQuery[] {
  if (!existsSync(file)) throw new Error(`short queries not found at ${file}`);
  const out: ShortQuery[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as {
      q: string;
      kind: string;
      accept: string[];
      accept_systems: string[];
      best?: string[];
      best_systems?: string[];
    };
    const accept = row.accept.map((c, i) => [row.accept_systems[i] as string, key(c)] as [string, string]);
    const best = (row.best ?? []).map((c, i) => [row.best_systems?.[i] as string, key(c)] as [string, string]);
    out.push({ q: row.q, kind: row.kind, accept, best, part: shortQueryPart(accept) });
  }
  return out;
}

export interface Ranked {
  system: string;
  code: string;
}

export interface ShortRates {
  queries: number;
  top1: number;
  top5: number;
  /** over the queries that name a best code */
  bestAt1: number;
  withBest: number;
  ms: number;
}

export interface ShortOutcome {
  q: ShortQuery;
  rank: number;
  bestAt1: boolean;
  top: Ranked[];
}

function hits(entries: readonly [string, string][], r: Ranked | undefined): boolean {
  if (!r) return false;
  const k = key(r.code);
  return entries.some(([s, c]) => s === r.system && k.startsWith(c));
}

export function rankOf(q: ShortQuery, results: readonly Ranked[]): number {
  return results.findIndex((r) => hits(q.accept, r)) + 1;
}

export function scoreShort(
  items: readonly ShortQuery[],
  run: (q: string) => Ranked[],
): { rates: ShortRates; outcomes: ShortOutcome[] } {
  const outcomes: ShortOutcome[] = [];
  const t = performance.now();
  for (const q of items) {
    const top = run(q.q).slice(0, 10);
    outcomes.push({ q, rank: rankOf(q, top), bestAt1: q.best.length > 0 && hits(q.best, top[0]), top });
  }
  return { rates: ratesOf(outcomes, performance.now() - t), outcomes };
}

export function ratesOf(outcomes: readonly ShortOutcome[], ms = 0): ShortRates {
  const n = outcomes.length;
  const withBest = outcomes.filter((o) => o.q.best.length > 0);
  const rate = (x: number, of: number): number => (of === 0 ? 0 : x / of);
  return {
    queries: n,
    top1: rate(outcomes.filter((o) => o.rank === 1).length, n),
    top5: rate(outcomes.filter((o) => o.rank >= 1 && o.rank <= 5).length, n),
    bestAt1: rate(withBest.filter((o) => o.bestAt1).length, withBest.length),
    withBest: withBest.length,
    ms,
  };
}

/**
 * Rates overall, per part, per kind, and per kind within each part. Keys, in this order: `all`, `part:tune`,
 * `part:measure`, `kind:K` (kinds in their order of first appearance), `part:tune/kind:K`, `part:measure/kind:K`.
 */
export function breakdown(outcomes: readonly ShortOutcome[]): Record<string, ShortRates> {
  const kinds = [...new Set(outcomes.map((o) => o.q.kind))];
  const parts = ['tune', 'measure'] as const;
  const keys = [
    'all',
    ...parts.map((p) => `part:${p}`),
    ...kinds.map((k) => `kind:${k}`),
    ...parts.flatMap((p) => kinds.map((k) => `part:${p}/kind:${k}`)),
  ];
  const groups = new Map<string, ShortOutcome[]>(keys.map((k) => [k, []]));
  for (const o of outcomes) {
    for (const k of ['all', `part:${o.q.part}`, `kind:${o.q.kind}`, `part:${o.q.part}/kind:${o.q.kind}`])
      groups.get(k)?.push(o);
  }
  const out: Record<string, ShortRates> = {};
  for (const [k, list] of groups) if (list.length > 0) out[k] = ratesOf(list);
  return out;
}

/** Query counts per part, per kind, and per kind within each part (and how many name a best code). */
export function shortCounts(items: readonly ShortQuery[]): {
  queries: number;
  withBest: number;
  parts: Record<string, number>;
  kinds: Record<string, { all: number; tune: number; measure: number }>;
} {
  const parts: Record<string, number> = { tune: 0, measure: 0 };
  const kinds: Record<string, { all: number; tune: number; measure: number }> = {};
  for (const q of items) {
    parts[q.part] = (parts[q.part] ?? 0) + 1;
    const k = kinds[q.kind] ?? { all: 0, tune: 0, measure: 0 };
    k.all++;
    k[q.part]++;
    kinds[q.kind] = k;
  }
  return { queries: items.length, withBest: items.filter((q) => q.best.length > 0).length, parts, kinds };
}

/** The split rule, in words (stored with the results). */
export const SHORT_SPLIT_RULE =
  'by concept: the accept set, written "system:code" per entry, sorted and joined with spaces; fnv1a("short|" + that) % 2 == 0 → tune (failures may be looked at while working on the engine, scripts/short-failures.ts), else measure (only ever scored); queries that share an accept set fall on the same side';

/** The baselines' corpus for short queries: the titles of every code in force of ICD-10-CM, ICD-10-PCS and HCPCS. */
export function allSystemsCorpus(catalog: Catalog): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const system of ['icd10cm', 'icd10pcs', 'hcpcs'] as const) {
    const pick = catalog.pick(system, 'codes');
    if (!pick) continue;
    const layer = catalog.layer(pick.release, 'codes');
    layer.codes.forEach((code, i) => {
      const title = layer.titles[i];
      if (title) docs.push({ id: docs.length, key: `${system}:${code}`, title });
    });
  }
  return docs;
}

/** "icd10cm:E11.9" → { system, code } */
export function splitKey(k: string): Ranked {
  const i = k.indexOf(':');
  return { system: k.slice(0, i), code: k.slice(i + 1) };
}

/** A baseline built over `allSystemsCorpus`, as a short-query runner: its "system:code" keys split back. */
export function baselineRanked(b: Baseline): (q: string) => Ranked[] {
  return (q) => b.search(q, 10).map(splitKey);
}
