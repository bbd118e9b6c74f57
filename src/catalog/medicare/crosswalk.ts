// `codedesk crosswalk`: ICD-9 ↔ ICD-10 through the General Equivalence Mappings, both directions, for
// diagnoses and procedures, with the five flags decoded and combination entries grouped by scenario and
// choice list as the CMS GEM guide explains.
import type { GemEntry, GemFlags } from '../../codesets/gems/index.js';
import { AppError } from '../../shared/index.js';
import type { Catalog } from '../catalog.js';
import { codeKey } from '../code-key.js';
import { lookupCodeSummary } from '../lookup.js';
import { gemLayer, gemsEntriesFor } from './icd-medicare.js';

export interface CrosswalkQuery {
  code: string;
  from: string;
  to: string;
  kind?: string;
}

export interface CrosswalkMapping {
  code: string | null;
  title: string | null;
  flags: GemFlags;
  line: number;
}

export interface CrosswalkResult {
  code: string;
  from: 'icd9' | 'icd10';
  to: 'icd9' | 'icd10';
  kind: 'dx' | 'pcs';
  release: string;
  file: string;
  noMap: boolean;
  mappings: CrosswalkMapping[];
  /** combination entries: each scenario is one way to code the source, taking one code from every choice list */
  scenarios: { scenario: number; choiceLists: { choiceList: number; codes: string[] }[] }[];
  notes: string[];
}

/** ICD-10-PCS codes are 7 characters without a dot; ICD-9 procedure codes are 3-4 digits with a dot after 2. */
function inferKind(code: string, from: string): 'dx' | 'pcs' {
  const k = codeKey(code);
  if (from === 'icd10') return /^[0-9A-HJ-NP-Z]{7}$/.test(k) && !/^[A-Z]\d/.test(k) ? 'pcs' : 'dx';
  return /^\d{2}\.\d{1,2}$/.test(code.trim()) ? 'pcs' : 'dx';
}

function titleOf(catalog: Catalog, code: string | null, system: 'icd10cm' | 'icd10pcs'): string | null {
  if (!code) return null;
  try {
    return lookupCodeSummary(catalog, { code, system }).title;
  } catch {
    return null; // not a code of the loaded releases (deleted since the GEMs were published)
  }
}

/** The directions the GEMs map, and the kinds of code they map. */
export const CROSSWALK_SYSTEMS = ['icd9', 'icd10'] as const;
export const CROSSWALK_KINDS = ['dx', 'pcs'] as const;

export function unsupportedDirection(): AppError<'CROSSWALK_UNSUPPORTED'> {
  return new AppError('CROSSWALK_UNSUPPORTED', {
    why: '--from and --to must be icd9 and icd10, one each (e.g. --from icd10 --to icd9)',
  });
}

export function unsupportedKind(kind: string): AppError<'CROSSWALK_UNSUPPORTED'> {
  return new AppError('CROSSWALK_UNSUPPORTED', { why: `--kind must be dx or pcs, not "${kind.slice(0, 40)}"` });
}

export function crosswalk(catalog: Catalog, q: CrosswalkQuery): CrosswalkResult {
  const from = q.from.toLowerCase();
  const to = q.to.toLowerCase();
  if (!((from === 'icd9' && to === 'icd10') || (from === 'icd10' && to === 'icd9'))) throw unsupportedDirection();
  if (q.kind !== undefined && q.kind !== 'dx' && q.kind !== 'pcs') throw unsupportedKind(q.kind);
  const kind = (q.kind as 'dx' | 'pcs' | undefined) ?? inferKind(q.code, from);
  const found = gemLayer(catalog, kind, from === 'icd10' ? 'icd10-icd9' : 'icd9-icd10');
  if (!found)
    throw new AppError('DATA_NOT_LOADED', { what: `The ${from.toUpperCase()} → ${to.toUpperCase()} ${kind} GEM file` });
  const entries: GemEntry[] = gemsEntriesFor(found.layer, q.code);
  if (entries.length === 0) {
    throw new AppError('CATALOG_UNKNOWN_CODE', {
      code: q.code.toUpperCase(),
      system: `${from.toUpperCase()} ${kind} GEM (${found.release.title})`,
    });
  }
  const targetSystem = kind === 'dx' ? 'icd10cm' : 'icd10pcs';
  const mappings = entries.map((e) => ({
    code: e.target,
    title: to === 'icd10' ? titleOf(catalog, e.target, targetSystem) : null,
    flags: e.flags,
    line: e.line,
  }));
  const scenarios = new Map<number, Map<number, string[]>>();
  for (const e of entries) {
    if (!e.flags.combination || !e.target) continue;
    const s = scenarios.get(e.flags.scenario) ?? new Map<number, string[]>();
    s.set(e.flags.choiceList, [...(s.get(e.flags.choiceList) ?? []), e.target]);
    scenarios.set(e.flags.scenario, s);
  }
  const notes = [
    `${found.release.title}: GEMs were last published for FY2018 (procedures: 2016); codes created since are not in them`,
  ];
  if (to === 'icd9') notes.push('ICD-9-CM titles are not part of the loaded data: only the codes are shown');
  return {
    code: entries[0]?.source ?? q.code,
    from: from as 'icd9' | 'icd10',
    to: to as 'icd9' | 'icd10',
    kind,
    release: found.release.id,
    file: found.layer.sourceFile,
    noMap: entries.some((e) => e.flags.noMap),
    mappings,
    scenarios: [...scenarios.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([scenario, lists]) => ({
        scenario,
        choiceLists: [...lists.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([choiceList, codes]) => ({ choiceList, codes })),
      })),
    notes,
  };
}
