// The CMS clinical diagnostic laboratory NCD ICD-10 coding spreadsheet (Medicare Coverage Database "Lab NCDs -
// ICD-10", release 2026100 in the staged data), indexed for the coverage rule: which NCD lists govern a CPT/HCPCS
// code (with the code's own dates), and for each list the resolution of each ICD-10-CM code with its dates —
// 1 covered, 2 denied, 3 does not support medical necessity — and its covered codes in key order for "nearest
// covered" suggestions. Indexed per layer (a WeakMap on the layer, so per Catalog) on first use.
//
// Codes a list does not print take the resolution of the sheet's "@@@@@@@" row. The catalog layer does not keep that
// row (src/catalog/import/compile-medicare.ts drops rows without an ICD-10-CM code), so it is inferred: a list that
// prints covered codes covers only those (its "@@@@@@@" row is 3, as in 25 of the 26 lists of release 2026100); a
// list that prints no covered code lists the exceptions (190.15 Blood Counts: its "@@@@@@@" row is 1, covered).

import type { LabNcdLayer } from '../../catalog/index.js';
import { type Catalog, codeKey, type ReleaseInfo } from '../../catalog/index.js';

export interface NcdDxEntry {
  resolution: number;
  effective: string | null;
  termination: string | null;
  line: number;
}

export interface NcdList {
  ncd: string;
  title: string;
  line: number;
  byDx: Map<string, NcdDxEntry[]>;
  /** keys of the codes with a "covered" entry, sorted */
  coveredKeys: string[];
  /** dotted codes of coveredKeys, same order */
  coveredCodes: string[];
  /** the resolution of a code the list does not print (inferred, see above) */
  otherCodes: 1 | 3;
}

export interface NcdForCode {
  list: NcdList;
  code: string;
  effective?: string;
  termination?: string;
  line: number;
}

export interface LabNcdIndex {
  release: ReleaseInfo;
  layer: LabNcdLayer;
  byHcpcs: Map<string, NcdForCode[]>;
}

const indexes = new WeakMap<LabNcdLayer, Omit<LabNcdIndex, 'release'>>();

function build(layer: LabNcdLayer): Omit<LabNcdIndex, 'release'> {
  const lists = new Map<string, NcdList>();
  const byHcpcs = new Map<string, NcdForCode[]>();
  for (const n of layer.ncds) {
    const list: NcdList = {
      ncd: n.ncd,
      title: n.title,
      line: n.line,
      byDx: new Map(),
      coveredKeys: [],
      coveredCodes: [],
      otherCodes: 3,
    };
    lists.set(n.ncd, list);
    for (const h of n.hcpcs) {
      const entry: NcdForCode = {
        list,
        code: h.code,
        ...(h.effective ? { effective: h.effective } : {}),
        ...(h.termination ? { termination: h.termination } : {}),
        line: h.line,
      };
      const existing = byHcpcs.get(h.code);
      if (existing) existing.push(entry);
      else byHcpcs.set(h.code, [entry]);
    }
  }
  // dxKeys are sorted: coveredKeys come out sorted too
  for (let i = 0; i < layer.dxKeys.length; i++) {
    const list = lists.get(layer.dxNcds[i] as string);
    if (!list) continue;
    const key = layer.dxKeys[i] as string;
    const entry: NcdDxEntry = {
      resolution: layer.dxResolutions[i] as number,
      effective: layer.dxEffective[i] ?? null,
      termination: layer.dxTermination[i] ?? null,
      line: layer.dxLines[i] as number,
    };
    const existing = list.byDx.get(key);
    if (existing) existing.push(entry);
    else list.byDx.set(key, [entry]);
    if (entry.resolution === 1 && list.coveredKeys[list.coveredKeys.length - 1] !== key) {
      list.coveredKeys.push(key);
    }
  }
  for (const list of lists.values()) {
    list.otherCodes = list.coveredKeys.length > 0 ? 3 : 1;
    list.coveredCodes = list.coveredKeys.map(dotted);
  }
  return { layer, byHcpcs };
}

function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "E119" -> "E11.9" (ICD-10-CM: a dot after the third character). */
function dotted(key: string): string {
  return key.length > 3 ? `${key.slice(0, 3)}.${key.slice(3)}` : key;
}

export function labNcdIndex(catalog: Catalog, date: string): LabNcdIndex | undefined {
  const pick = catalog.pick('mcd', 'mcd-lab-ncd', date);
  if (!pick) return undefined;
  const layer = catalog.layer(pick.release, 'mcd-lab-ncd');
  let idx = indexes.get(layer);
  if (!idx) {
    idx = build(layer);
    indexes.set(layer, idx);
  }
  return { release: pick.release, ...idx };
}

function inForce(e: { effective?: string | null; termination?: string | null }, date: string): boolean {
  return !((e.effective && e.effective > date) || (e.termination && e.termination < date));
}

/** The NCD lists governing a CPT/HCPCS code on a date. */
export function ncdsForProcedure(idx: LabNcdIndex, code: string, date: string): NcdForCode[] {
  return (idx.byHcpcs.get(code.toUpperCase()) ?? []).filter((e) => inForce(e, date));
}

export interface DxResolution {
  resolution: number;
  /** the entry printed for the code, or undefined when the list does not print it */
  entry?: NcdDxEntry;
}

/** How a list resolves a diagnosis on a date: its printed entry in force, else the list's "all other codes". */
export function resolveDx(list: NcdList, code: string, date: string): DxResolution {
  const entries = list.byDx.get(codeKey(code));
  const entry = entries?.find((e) => inForce(e, date));
  return entry ? { resolution: entry.resolution, entry } : { resolution: list.otherCodes };
}

/**
 * Covered codes of a list nearest a diagnosis: those sharing its longest prefix, down to its 3-character category
 * (same subcategory first, then the category), in force on the date, at most `max`. Nothing outside the category:
 * a code of another category is another condition, and naming it would invite coding what is not documented.
 */
const nearestCache = new WeakMap<NcdList, Map<string, string[]>>();

export function nearestCovered(list: NcdList, code: string, date: string, max: number): string[] {
  let cache = nearestCache.get(list);
  if (!cache) {
    cache = new Map();
    nearestCache.set(list, cache);
  }
  const cacheKey = `${code}|${date}|${max}`;
  let near = cache.get(cacheKey);
  if (!near) {
    near = findNearest(list, codeKey(code), date, max);
    if (cache.size > 20_000) cache.clear();
    cache.set(cacheKey, near);
  }
  return near;
}

function findNearest(list: NcdList, key: string, date: string, max: number): string[] {
  for (let len = key.length; len >= 3; len--) {
    const prefix = key.slice(0, len);
    const out: string[] = [];
    for (let p = lowerBound(list.coveredKeys, prefix); p < list.coveredKeys.length && out.length < max; p++) {
      const k = list.coveredKeys[p] as string;
      if (!k.startsWith(prefix)) break;
      if (k === key) continue;
      if (resolveDx(list, k, date).resolution === 1) out.push(list.coveredCodes[p] as string);
    }
    if (out.length > 0) return out;
  }
  return [];
}
