// The loaded catalog: the manifest of a build plus its layers, read lazily and kept in memory. Picks the
// release in force for a date and builds the per-release code indexes the lookups use. A layer read on first
// use is checked against the size the import recorded; warm() checks every layer's sha256 (see checksum.ts).
import { AppError, rememberBounded } from '../shared/index.js';
import type { CheckDepth } from './checksum.js';
import { codeKey } from './code-key.js';
import { computeParents } from './derived.js';
import type { CatalogManifest, CodesLayer, FileChecksum, LayerKind, LayerPayloads, ReleaseInfo } from './model.js';
import { type CodeSystem, SOURCE_NAMES, type SourceId } from './releases.js';
import { currentBuildDir, layerFile, readBuildFile, readLayer, readManifest } from './store.js';

export { codeKey };

/** codeKey for codes as the catalog stores them (already upper case, at most one dot): no regex, for start-up. */
function storedCodeKey(code: string): string {
  const dot = code.indexOf('.');
  return dot < 0 ? code : code.slice(0, dot) + code.slice(dot + 1);
}

/** One code of a release's code list, as the list gives it. */
export interface CodeEntry {
  system: CodeSystem;
  /** as printed: dotted for ICD-10-CM, as published otherwise */
  code: string;
  /** '' where the list has none (CPT numbers without a licensed descriptor file) */
  title: string;
  /** a code that may be reported (ICD-10: valid for submission); false for a header */
  billable: boolean;
  release: ReleaseInfo;
  /** position of the code in the release's code list (CodeIndex) */
  position: number;
  /** the line of the source file that lists the code, 0 when derived */
  line: number;
  /** the file the code list came from */
  sourceFile: string;
}

export interface CodeIndex {
  release: ReleaseInfo;
  layer: CodesLayer;
  byKey: Map<string, number>;
  /** index of the parent code in the same list, -1 for none */
  parent: Int32Array;
  children(index: number): readonly number[];
  /** whether the code at a position may be reported; reads the layer's flags without building an entry */
  billableAt(position: number): boolean;
  entryAt(position: number): CodeEntry;
  /** the list's keys in sorted order with their positions (a category is then one range); made once, by warm() */
  sortedKeys(): SortedCodeKeys;
}

export interface SortedCodeKeys {
  keys: readonly string[];
  positions: Int32Array;
}

export interface CatalogOptions {
  firstUseCheck?: CheckDepth;
}

export interface ReleasePick {
  release: ReleaseInfo;
  /** set when the date is outside the release's dates: no loaded release covers it */
  stale?: string;
}

/** Dates remembered per (source, layer) by Catalog.pick: every request may name a new date of service. */
const PICK_DATES_KEPT = 4096;
/** Catalog.pick's memo key for "no date" (the newest release), which no date of service can equal. */
const NEWEST = '';

/** Systems whose codes nest by prefix (a parent is a shorter code of the same list). */
const PREFIX_HIERARCHY: ReadonlySet<CodeSystem> = new Set(['icd10cm', 'icd10pcs']);

export class Catalog {
  private readonly layers = new Map<string, unknown>();
  /** layers whose file's sha256 has been compared with the manifest (the others: their size only) */
  private readonly hashChecked = new Set<string>();
  private readonly codeIndexes = new Map<ReleaseInfo, CodeIndex>();
  private readonly byLayer = new Map<string, ReleaseInfo[]>();
  /** (source, layer, date) -> the release picked, null for none: nested maps, so a hit allocates nothing */
  private readonly picks = new Map<SourceId, Map<LayerKind, Map<string, ReleasePick | null>>>();
  readonly releasesById: ReadonlyMap<string, ReleaseInfo>;

  /** How a layer read on first use is checked: its size by default (free), or its sha256 (about 5% of a cold start). */
  private readonly firstUseCheck: CheckDepth;

  constructor(
    readonly manifest: CatalogManifest,
    readonly buildDir: string,
    options: CatalogOptions = {},
  ) {
    this.releasesById = new Map(manifest.releases.map((r) => [r.id, r]));
    this.firstUseCheck = options.firstUseCheck ?? 'size';
  }

  static open(dataDir: string, options: CatalogOptions = {}): Catalog {
    const dir = currentBuildDir(dataDir);
    if (!dir) throw new AppError('CATALOG_NOT_BUILT', { dir: dataDir });
    return new Catalog(readManifest(dir), dir, options);
  }

  releases(system?: SourceId): ReleaseInfo[] {
    return this.manifest.releases.filter((r) => !system || r.system === system);
  }

  /** Releases of a system that carry a layer, oldest first. */
  releasesWith(system: SourceId, layer: LayerKind): ReleaseInfo[] {
    const key = `${system}|${layer}`;
    let list = this.byLayer.get(key);
    if (!list) {
      list = this.manifest.releases
        .filter((r) => r.system === system && r.layers.includes(layer))
        .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id));
      this.byLayer.set(key, list);
    }
    return list;
  }

  /**
   * The release in force on a date for one kind of fact: the newest that started on or before the date.
   * Without a date, the newest. When none covers the date, the nearest one, with a warning naming it.
   * Memoised per source, layer and date (the catalog never changes while loaded), so every caller — lookups,
   * browsing, search, Claim Check — shares one cache; the picks are frozen because they are shared.
   */
  pick(system: SourceId, layer: LayerKind, date?: string): ReleasePick | undefined {
    let byLayer = this.picks.get(system);
    if (!byLayer) {
      byLayer = new Map();
      this.picks.set(system, byLayer);
    }
    let byDate = byLayer.get(layer);
    if (!byDate) {
      byDate = new Map();
      byLayer.set(layer, byDate);
    }
    const key = date ?? NEWEST;
    let picked = byDate.get(key);
    if (picked === undefined) {
      const chosen = choose(this.releasesWith(system, layer), system, date);
      picked = rememberBounded(byDate, key, chosen ? Object.freeze(chosen) : null, PICK_DATES_KEPT);
    }
    return picked ?? undefined;
  }

  /** False for a build imported before checksums were recorded: it loads, but edits to it go unnoticed. */
  get hasChecksums(): boolean {
    return this.manifest.checksums !== undefined;
  }

  /** What the import recorded for a file of the build (relative path), if anything. */
  checksum(file: string): FileChecksum | undefined {
    return this.manifest.checksums?.[file];
  }

  layer<K extends LayerKind>(release: ReleaseInfo, kind: K): LayerPayloads[K] {
    const key = `${release.id}|${kind}`;
    let payload = this.layers.get(key) as LayerPayloads[K] | undefined;
    if (!payload) {
      const file = layerFile(release.id, kind);
      payload = readLayer(this.buildDir, release.id, kind, this.checksum(file), this.firstUseCheck);
      this.layers.set(key, payload);
      if (this.firstUseCheck === 'sha256') this.hashChecked.add(key);
    }
    return payload;
  }

  codeIndex(release: ReleaseInfo): CodeIndex {
    // keyed by the release object itself: identity lookups are the cheapest on this hot path
    let index = this.codeIndexes.get(release);
    if (!index) {
      index = buildCodeIndex(release, this.layer(release, 'codes'));
      this.codeIndexes.set(release, index);
    }
    return index;
  }

  /**
   * Read every layer now (used by the server at start-up, batches and benchmarks), instead of on first use, and
   * compare each file's sha256 with the manifest: CATALOG_CHECKSUM_MISMATCH names a file edited or damaged since
   * the import. A layer already read on first use has its file checked again, without parsing it twice.
   */
  warm(): void {
    for (const r of this.manifest.releases) {
      for (const l of r.layers) {
        const key = `${r.id}|${l}`;
        if (this.hashChecked.has(key)) continue;
        const recorded = this.checksum(layerFile(r.id, l));
        if (!this.layers.has(key)) this.layers.set(key, readLayer(this.buildDir, r.id, l, recorded, 'sha256'));
        else if (recorded) readBuildFile(this.buildDir, layerFile(r.id, l), recorded, 'sha256');
        this.hashChecked.add(key);
      }
      if (r.layers.includes('codes')) this.codeIndex(r).sortedKeys();
    }
  }
}

/** The release of a list (oldest first) in force on a date; see Catalog.pick. */
function choose(list: readonly ReleaseInfo[], system: SourceId, date: string | undefined): ReleasePick | undefined {
  if (list.length === 0) return undefined;
  if (!date) return { release: list[list.length - 1] as ReleaseInfo };
  let chosen: ReleaseInfo | undefined;
  for (const r of list) if (r.effectiveFrom <= date) chosen = r;
  if (!chosen) {
    const first = list[0] as ReleaseInfo;
    return {
      release: first,
      stale: `No loaded ${SOURCE_NAMES[system]} release is in force on ${date}; using ${first.title} (in force from ${first.effectiveFrom}, after that date)`,
    };
  }
  if (date > chosen.effectiveTo) {
    return {
      release: chosen,
      stale: `No loaded ${SOURCE_NAMES[system]} release covers ${date}; using the newest earlier one, ${chosen.title} (${chosen.effectiveFrom} to ${chosen.effectiveTo})`,
    };
  }
  return { release: chosen };
}

/** The codes layer flags a billable code with the character '1' (see CodesLayer.billable). */
const BILLABLE = 49;

function buildCodeIndex(release: ReleaseInfo, layer: CodesLayer): CodeIndex {
  const n = layer.codes.length;
  const byKey = new Map<string, number>();
  for (let i = 0; i < n; i++) byKey.set(storedCodeKey(layer.codes[i] as string), i);
  const parent = new Int32Array(n).fill(-1);
  if (PREFIX_HIERARCHY.has(release.system as CodeSystem)) parent.set(layer.parents ?? computeParents(layer.codes));
  let childLists: number[][] | undefined;
  const children = (index: number): readonly number[] => {
    if (!childLists) {
      childLists = Array.from({ length: n }, () => []);
      for (let i = 0; i < n; i++) {
        const p = parent[i] as number;
        if (p >= 0) (childLists[p] as number[]).push(i);
      }
    }
    return childLists[index] ?? [];
  };
  const billableAt = (position: number): boolean => layer.billable.charCodeAt(position) === BILLABLE;
  // made on first use and kept (frozen, shared): a claim asks about the same few codes again and again
  const entries: CodeEntry[] = [];
  const entryAt = (position: number): CodeEntry => {
    let entry = entries[position];
    if (!entry) {
      entry = Object.freeze({
        system: release.system as CodeSystem,
        code: layer.codes[position] as string,
        title: layer.titles[position] as string,
        billable: billableAt(position),
        release,
        position,
        line: layer.lines[position] ?? 0,
        sourceFile: layer.sourceFile,
      });
      entries[position] = entry;
    }
    return entry;
  };
  let sorted: SortedCodeKeys | undefined;
  const sortedKeys = (): SortedCodeKeys => {
    if (!sorted) {
      const order = [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      sorted = { keys: order.map((e) => e[0]), positions: Int32Array.from(order, (e) => e[1]) };
    }
    return sorted;
  };
  return { release, layer, byKey, parent, children, billableAt, entryAt, sortedKeys };
}
