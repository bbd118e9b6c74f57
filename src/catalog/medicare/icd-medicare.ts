// What the Medicare files say about one ICD-10-CM or ICD-10-PCS code: its GEM crosswalks to and from ICD-9,
// the Medicare Code Editor lists it is on (with the editor's version; a code on no list is "not checked",
// never "passed"), and, for diagnoses, the clinical laboratory NCDs that list it.
import { type GemEntry, type GemMappingGroup, groupMappings } from '../../codesets/gems/index.js';
import type { Catalog } from '../catalog.js';
import { codeKey } from '../code-key.js';
import type { GemsLayer, LayerKind, MceLayer } from '../model.js';
import { equalRange } from '../sorted-keys.js';
import { staleWarnings } from './stale.js';

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
  /** sources with no release covering the date of service (their nearest release is used) */
  warnings: string[];
}

/** The GEM row at a position, with its five flags decoded as the GEM guide defines them. */
function gemEntry(layer: GemsLayer, i: number): GemEntry {
  const f = layer.flags[i] as string;
  const source = layer.sources[i] as string;
  return {
    source,
    target: layer.targets[i] ?? null,
    sourceRaw: codeKey(source),
    targetRaw: layer.targetRaws[i] as string,
    flags: {
      approximate: f[0] === '1',
      noMap: f[1] === '1',
      combination: f[2] === '1',
      scenario: Number(f[3]),
      choiceList: Number(f[4]),
    },
    flagsRaw: f,
    line: layer.lines[i] as number,
  };
}

/** Sources whose mapping lands on this code (for the reverse direction's file). */
function sourcesMappingTo(layer: GemsLayer, code: string): string[] {
  const [from, to] = equalRange(layer.targetKeys, codeKey(code));
  const out: string[] = [];
  for (let p = from; p < to; p++) {
    const s = layer.sources[layer.byTarget[p] as number] as string;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** The GEM layer for a direction, newest first (GEMs ended in 2018; no date applies). */
export function gemLayer(catalog: Catalog, kind: 'dx' | 'pcs', direction: 'icd10-icd9' | 'icd9-icd10') {
  const pick = catalog.pick('gems', `gems-${kind}-${direction}` as LayerKind);
  return pick
    ? { release: pick.release, layer: catalog.layer(pick.release, `gems-${kind}-${direction}` as 'gems-dx-icd10-icd9') }
    : undefined;
}

export function gemsEntriesFor(layer: GemsLayer, code: string): GemEntry[] {
  const [from, to] = equalRange(layer.sourceKeys, codeKey(code));
  const out: GemEntry[] = [];
  for (let i = from; i < to; i++) out.push(gemEntry(layer, i));
  return out;
}

function gemsFor(catalog: Catalog, code: string, kind: 'dx' | 'pcs'): IcdMedicare['gems'] {
  const back = gemLayer(catalog, kind, 'icd10-icd9');
  const forward = gemLayer(catalog, kind, 'icd9-icd10');
  if (!back && !forward) return { notLoaded: 'No General Equivalence Mapping files are loaded' };
  const entries = back ? gemsEntriesFor(back.layer, code) : [];
  const from = forward ? sourcesMappingTo(forward.layer, code) : [];
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
  // A newer editor may have deactivated an edit whose lists come from an older one (the sex-conflict edit
  // since 10/01/2024): keep the lists, and say so on each.
  const newest = catalog.pick('mce', 'mce');
  const deactivatedByNewest =
    newest && newest.release.id !== pick.release.id
      ? catalog.layer(newest.release, 'mce').edits.filter((e) => e.deactivated || e.inactiveSince)
      : [];
  const lists = (m.get(codeKey(code)) ?? []).map((l) => {
    const later = deactivatedByNewest.find(
      (e) => e.name.toLowerCase() === l.editName.toLowerCase() || (l.sex && /sex/i.test(e.name)),
    );
    return later && !l.inactive
      ? {
          ...l,
          inactive: `${later.deactivated ?? `inactive since ${later.inactiveSince}`} (Medicare Code Editor ${catalog.layer(newest?.release as never, 'mce').version})`,
        }
      : l;
  });
  return {
    lists,
    note: `Medicare Code Editor ${layer.version}${layer.official ? '' : ' (a third-party transcription, not a CMS file)'}: a code on no list is not checked by those edits, not "passed"`,
  };
}

export function labNcdsForDiagnosis(catalog: Catalog, code: string, date?: string): LabNcdMembership[] | undefined {
  const pick = catalog.pick('mcd', 'mcd-lab-ncd', date);
  if (!pick) return undefined;
  const layer = catalog.layer(pick.release, 'mcd-lab-ncd');
  const titles = new Map(layer.ncds.map((n) => [n.ncd, n.title]));
  const [from, to] = equalRange(layer.dxKeys, codeKey(code));
  const out: LabNcdMembership[] = [];
  // entries in force on the date of service (without one: on the release's first day)
  const asOf = date ?? pick.release.effectiveFrom;
  for (let i = from; i < to; i++) {
    const effective = layer.dxEffective[i];
    const termination = layer.dxTermination[i];
    if ((effective && effective > asOf) || (termination && termination < asOf)) continue;
    const ncd = layer.dxNcds[i] as string;
    const resolution = layer.resolutions[String(layer.dxResolutions[i])];
    out.push({
      ncd,
      title: titles.get(ncd) ?? '',
      coverage: resolution?.coverage ?? '',
      meaning: resolution?.meaning ?? '',
      release: pick.release.id,
      line: layer.dxLines[i] as number,
    });
  }
  return out;
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
    warnings: staleWarnings(
      catalog,
      [
        ['mce', 'mce'],
        ['mcd', 'mcd-lab-ncd'],
      ],
      date,
    ),
  };
  if (system === 'icd10cm') {
    const ncds = labNcdsForDiagnosis(catalog, code, date);
    if (ncds) out.labNcds = ncds;
  }
  return out;
}
