// What the Medicare files say about one ICD-10-CM or ICD-10-PCS code: its GEM crosswalks to and from ICD-9,
// the Medicare Code Editor lists it is on (with the editor's version; a code on no list is "not checked",
// never "passed"), and, for diagnoses, the clinical laboratory NCDs that list it.
import { groupMappings } from '../../codesets/gems/index.js';
import type { GemEntry, GemMappingGroup } from '../../codesets/gems/types.js';
import type { Catalog } from '../catalog.js';
import { codeKey } from '../code-key.js';
import type { GemsLayer, GemsLayerEntry, LabNcdLayer, LayerKind, MceLayer } from '../model.js';

export interface GemsForCode {
  release: string;
  file: string;
  /** the mappings from this code (ICD-10 → ICD-9) */
  toIcd9: GemMappingGroup | null;
  /** ICD-9 codes whose forward mapping (ICD-9 → ICD-10) lands on this code */
  fromIcd9: string[];
  note: string;
}

export interface MceListMembership {
  edit: number;
  editName: string;
  list: string;
  ageRange?: { min: number; max: number };
  sex?: string;
  inactive?: string;
  release: string;
  version: string;
  official: boolean;
  line: number;
}

export interface LabNcdMembership {
  ncd: string;
  title: string;
  coverage: string;
  meaning: string;
  release: string;
  line: number;
}

export interface IcdMedicare {
  gems: GemsForCode | { notLoaded: string };
  mce: { lists: MceListMembership[]; note: string } | { notLoaded: string };
  labNcds?: LabNcdMembership[];
}

const gemMaps = new WeakMap<GemsLayer, { bySource: Map<string, GemsLayerEntry[]>; byTarget: Map<string, string[]> }>();

/** The GEM row with its five flags decoded as the GEM guide defines them. */
function gemEntry(e: GemsLayerEntry): GemEntry {
  const f = e.flagsRaw;
  return {
    source: e.source,
    target: e.target,
    sourceRaw: codeKey(e.source),
    targetRaw: e.targetRaw,
    flags: {
      approximate: f[0] === '1',
      noMap: f[1] === '1',
      combination: f[2] === '1',
      scenario: Number(f[3]),
      choiceList: Number(f[4]),
    },
    flagsRaw: f,
    line: e.line,
  };
}

function gemIndex(layer: GemsLayer) {
  let m = gemMaps.get(layer);
  if (!m) {
    const bySource = new Map<string, GemsLayerEntry[]>();
    for (const e of layer.entries) {
      const k = codeKey(e.source);
      const list = bySource.get(k);
      if (list) list.push(e);
      else bySource.set(k, [e]);
    }
    const byTarget = new Map<string, string[]>();
    for (const e of layer.entries) {
      if (!e.target) continue;
      const k = codeKey(e.target);
      const list = byTarget.get(k);
      if (list) {
        if (!list.includes(e.source)) list.push(e.source);
      } else byTarget.set(k, [e.source]);
    }
    m = { bySource, byTarget };
    gemMaps.set(layer, m);
  }
  return m;
}

/** The GEM layer for a direction, newest first (GEMs ended in 2018; no date applies). */
export function gemLayer(catalog: Catalog, kind: 'dx' | 'pcs', direction: 'icd10-icd9' | 'icd9-icd10') {
  const pick = catalog.pick('gems', `gems-${kind}-${direction}` as LayerKind);
  return pick
    ? { release: pick.release, layer: catalog.layer(pick.release, `gems-${kind}-${direction}` as 'gems-dx-icd10-icd9') }
    : undefined;
}

export function gemsEntriesFor(layer: GemsLayer, code: string): GemEntry[] {
  return (gemIndex(layer).bySource.get(codeKey(code)) ?? []).map(gemEntry);
}

function gemsFor(catalog: Catalog, code: string, kind: 'dx' | 'pcs'): IcdMedicare['gems'] {
  const back = gemLayer(catalog, kind, 'icd10-icd9');
  const forward = gemLayer(catalog, kind, 'icd9-icd10');
  if (!back && !forward) return { notLoaded: 'No General Equivalence Mapping files are loaded' };
  const entries = back ? gemsEntriesFor(back.layer, code) : [];
  const from = forward ? (gemIndex(forward.layer).byTarget.get(codeKey(code)) ?? []) : [];
  const ref = (back ?? forward) as NonNullable<typeof back>;
  return {
    release: ref.release.id,
    file: ref.layer.sourceFile,
    toIcd9: entries.length > 0 ? groupMappings(entries) : null,
    fromIcd9: from,
    note: `From the ${ref.release.title} files: CMS last published GEMs for FY2018 (procedures: 2016), so a code created since has no mapping`,
  };
}

const mceMaps = new WeakMap<MceLayer, Map<string, MceListMembership[]>>();

function mceFor(catalog: Catalog, code: string, date?: string): IcdMedicare['mce'] {
  const pick = catalog.pick('mce', 'mce', date);
  if (!pick) return { notLoaded: 'No Medicare Code Editor definitions are loaded' };
  const layer = catalog.layer(pick.release, 'mce');
  let m = mceMaps.get(layer);
  if (!m) {
    m = new Map();
    for (const edit of layer.edits) {
      const inactive = edit.deactivated ?? edit.discontinued;
      for (const list of edit.lists) {
        for (const c of list.codes) {
          const k = codeKey(c.code);
          const entry: MceListMembership = {
            edit: edit.number,
            editName: edit.name,
            list: list.name,
            ...(list.ageRange ? { ageRange: list.ageRange } : {}),
            ...(list.sex ? { sex: list.sex } : {}),
            ...(inactive ? { inactive } : {}),
            release: pick.release.id,
            version: layer.version,
            official: layer.official,
            line: c.line,
          };
          const existing = m.get(k);
          if (existing) existing.push(entry);
          else m.set(k, [entry]);
        }
      }
    }
    mceMaps.set(layer, m);
  }
  return {
    lists: m.get(codeKey(code)) ?? [],
    note: `Medicare Code Editor ${layer.version}${layer.official ? '' : ' (a third-party transcription, not a CMS file)'}: a code on no list is not checked by those edits, not "passed"`,
  };
}

const ncdMaps = new WeakMap<LabNcdLayer, Map<string, LabNcdLayer['rows']>>();

export function labNcdsForDiagnosis(catalog: Catalog, code: string, date?: string): LabNcdMembership[] | undefined {
  const pick = catalog.pick('mcd', 'mcd-lab-ncd', date);
  if (!pick) return undefined;
  const layer = catalog.layer(pick.release, 'mcd-lab-ncd');
  let m = ncdMaps.get(layer);
  if (!m) {
    m = new Map();
    for (const r of layer.rows) {
      if (!r.icd10cm) continue;
      const k = codeKey(r.icd10cm);
      const list = m.get(k);
      if (list) list.push(r);
      else m.set(k, [r]);
    }
    ncdMaps.set(layer, m);
  }
  const titles = new Map(layer.ncds.map((n) => [n.ncd, n.title]));
  return (m.get(codeKey(code)) ?? []).map((r) => ({
    ncd: r.ncd,
    title: titles.get(r.ncd) ?? '',
    coverage: r.coverage,
    meaning: r.resolutionMeaning,
    release: pick.release.id,
    line: r.line,
  }));
}

export function icdMedicare(
  catalog: Catalog,
  code: string,
  system: 'icd10cm' | 'icd10pcs',
  date?: string,
): IcdMedicare {
  const out: IcdMedicare = {
    gems: gemsFor(catalog, code, system === 'icd10cm' ? 'dx' : 'pcs'),
    mce: mceFor(catalog, code, date),
  };
  if (system === 'icd10cm') {
    const ncds = labNcdsForDiagnosis(catalog, code, date);
    if (ncds) out.labNcds = ncds;
  }
  return out;
}
