// The catalog data the claim edits read, picked by date of service and indexed once per loaded layer. Layers are
// immutable and the catalog keeps one object per layer, so a WeakMap keyed by the layer object is a per-catalog,
// per-release cache that goes away with the catalog. Every map is built on first use, never per claim.
import type {
  Catalog,
  HcpcsRecordsLayer,
  LayerKind,
  LayerPayloads,
  NcciAocLayer,
  NcciMueLayer,
  NcciPtpLayer,
  PfsRvuLayer,
  ReleaseInfo,
  ReleasePick,
  SourceId,
} from '../catalog/index.js';
import type { HcpcsRecord } from '../codesets/hcpcs/index.js';
import type { AddOnEdit, MueRow, PtpEdit } from '../codesets/ncci/index.js';
import type { PfsRvuRow } from '../codesets/pfs/index.js';
import type { Claim } from './types.js';

export interface PickedLayer<K extends LayerKind> {
  release: ReleaseInfo;
  layer: LayerPayloads[K];
  /** set when no loaded release covers the date (the nearest one is used) */
  stale?: string;
}

// Catalog.pick is memoised in the catalog (per source, layer and date) and hands back the same frozen object for
// the same question, so that object keys the layer joined to it: a hit allocates nothing, per claim line.
const pickedLayers = new WeakMap<ReleasePick, PickedLayer<LayerKind>>();

/** The release in force on a date for one kind of fact, with its layer; undefined when none is loaded. */
export function pickLayer<K extends LayerKind>(
  catalog: Catalog,
  source: SourceId,
  kind: K,
  date: string,
): PickedLayer<K> | undefined {
  const pick = catalog.pick(source, kind, date);
  if (!pick) return undefined;
  let picked = pickedLayers.get(pick);
  if (!picked) {
    const layer = catalog.layer(pick.release, kind);
    picked = pick.stale ? { release: pick.release, layer, stale: pick.stale } : { release: pick.release, layer };
    pickedLayers.set(pick, picked);
  }
  return picked as PickedLayer<K>;
}

/** Whether any release of the catalog carries a layer (for the "not loaded" notes). */
export function isLoaded(catalog: Catalog, source: SourceId, kind: LayerKind): boolean {
  return catalog.releasesWith(source, kind).length > 0;
}

export type MueLayerKind = 'ncci-mue-practitioner' | 'ncci-mue-outpatient-hospital';
export type PtpLayerKind = 'ncci-ptp-practitioner' | 'ncci-ptp-outpatient-hospital';

/** The DME supplier MUE table is for DME MAC claims; neither setting of a claim here uses it. */
export function mueLayerFor(setting: Claim['setting']): MueLayerKind {
  return setting === 'practitioner' ? 'ncci-mue-practitioner' : 'ncci-mue-outpatient-hospital';
}

export function ptpLayerFor(setting: Claim['setting']): PtpLayerKind {
  return setting === 'practitioner' ? 'ncci-ptp-practitioner' : 'ncci-ptp-outpatient-hospital';
}

export const SETTING_NAMES: Record<Claim['setting'], string> = {
  practitioner: 'practitioner',
  'outpatient-hospital': 'outpatient hospital',
};

/**
 * Whether an NCCI edit applies on a date of service: the rule of codesets/ncci inForceOn (effective date through
 * deletion date, both included; a deletion date not after the effective date means withdrawn, never applied),
 * without validating the date again — normalizeClaim did, and the validating version builds a Date per call while
 * an add-on code has up to a hundred rows. add-on.test.ts checks both agree on every row of the real table.
 */
export function editApplies(effectiveDate: string, deletionDate: string | undefined, date: string): boolean {
  if (date < effectiveDate) return false;
  return deletionDate === undefined || (deletionDate > effectiveDate && date <= deletionDate);
}

function memo<L extends object, V>(cache: WeakMap<L, V>, layer: L, build: (layer: L) => V): V {
  let value = cache.get(layer);
  if (value === undefined) {
    value = build(layer);
    cache.set(layer, value);
  }
  return value;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Builders are module functions, not closures, so a lookup allocates nothing once its map exists.
function mueMap(l: NcciMueLayer): Map<string, MueRow> {
  return new Map(l.rows.map((r) => [r.code, r]));
}
const mueMaps = new WeakMap<NcciMueLayer, Map<string, MueRow>>();
export function mueRow(layer: NcciMueLayer, code: string): MueRow | undefined {
  // written out rather than through memo(): this runs for every line of every claim
  let m = mueMaps.get(layer);
  if (!m) {
    m = mueMap(layer);
    mueMaps.set(layer, m);
  }
  return m.get(code);
}

function aocMap(l: NcciAocLayer): Map<string, AddOnEdit[]> {
  const m = new Map<string, AddOnEdit[]>();
  for (const e of l.edits) pushTo(m, e.addOnCode, e);
  return m;
}
const aocMaps = new WeakMap<NcciAocLayer, Map<string, AddOnEdit[]>>();
/** Every row of the AOC table for an add-on code (in force or not: callers filter by date). */
export function addOnEdits(layer: NcciAocLayer, code: string): readonly AddOnEdit[] | undefined {
  let m = aocMaps.get(layer);
  if (!m) {
    m = aocMap(layer);
    aocMaps.set(layer, m);
  }
  return m.get(code);
}

function ptpMap(l: NcciPtpLayer): Map<string, Map<string, PtpEdit[]>> {
  const m = new Map<string, Map<string, PtpEdit[]>>();
  for (const e of l.edits) {
    let byColumn2 = m.get(e.column1);
    if (!byColumn2) {
      byColumn2 = new Map();
      m.set(e.column1, byColumn2);
    }
    pushTo(byColumn2, e.column2, e);
  }
  return m;
}
const ptpMaps = new WeakMap<NcciPtpLayer, Map<string, Map<string, PtpEdit[]>>>();
/** The PTP rows with this column one and column two code (in force or not). */
export function ptpEdits(layer: NcciPtpLayer, column1: string, column2: string): readonly PtpEdit[] | undefined {
  return memo(ptpMaps, layer, ptpMap).get(column1)?.get(column2);
}

function rvuMap(l: PfsRvuLayer): Map<string, PfsRvuRow[]> {
  const m = new Map<string, PfsRvuRow[]>();
  for (const r of l.rows) pushTo(m, r.hcpcs, r);
  return m;
}
const rvuMaps = new WeakMap<PfsRvuLayer, Map<string, PfsRvuRow[]>>();
/** The RVU file's rows of a code, one per modifier ('' = global, 26, TC, 53). */
export function rvuRows(layer: PfsRvuLayer, code: string): readonly PfsRvuRow[] | undefined {
  return memo(rvuMaps, layer, rvuMap).get(code);
}

function hcpcsMap(l: HcpcsRecordsLayer): Map<string, HcpcsRecord> {
  return new Map(l.records.map((r) => [r.code, r]));
}
const hcpcsMaps = new WeakMap<HcpcsRecordsLayer, Map<string, HcpcsRecord>>();
const hcpcsLayers = new WeakMap<ReleaseInfo, HcpcsRecordsLayer | null>();
/**
 * The ANWEB record of a HCPCS Level II code or modifier in a release (codes have 5 characters, modifiers 2: no
 * clash); undefined when the release has no records layer or no such record.
 */
export function hcpcsRecord(catalog: Catalog, release: ReleaseInfo, code: string): HcpcsRecord | undefined {
  // release objects belong to one catalog's manifest, so they key a per-catalog cache
  let layer = hcpcsLayers.get(release);
  if (layer === undefined) {
    layer = release.layers.includes('hcpcs-records') ? catalog.layer(release, 'hcpcs-records') : null;
    hcpcsLayers.set(release, layer);
  }
  return layer ? memo(hcpcsMaps, layer, hcpcsMap).get(code) : undefined;
}
