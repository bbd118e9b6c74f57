// lookupCode: one code, any system, on a date of service. The code list of the release in force decides
// validity, title and billability; each other fact (instructional notes, 7th characters, index entries,
// axis labels) comes from the newest release in force that carries it, labelled with that release.
// the list module, not the index: the index also loads the xlsx parsers, which start-up must not pay for
import { ncciModifier } from '../codesets/ncci/modifiers.js';
import { AppError, rememberBounded } from '../shared/index.js';
import { type Catalog, type CodeIndex, codeKey } from './catalog.js';
import type { IndexTermHit } from './index-terms.js';
import { cmDetails, cmReplacements } from './lookup-cm.js';
import { pcsDetails } from './lookup-pcs.js';
import { type CodeMedicare, codeMedicare } from './medicare/code-medicare.js';
import { type IcdMedicare, icdMedicare } from './medicare/icd-medicare.js';
import type { ReleaseInfo } from './model.js';
import {
  CODE_SYSTEMS,
  type CodeSystem,
  isCodeSystem,
  isValidIsoDate,
  SYSTEM_NAMES,
  unknownSystemError,
} from './releases.js';

export interface LookupQuery {
  system?: string;
  code: string;
  /** date of service, YYYY-MM-DD; newest releases when absent */
  date?: string;
}

export interface ReleaseRef {
  id: string;
  title: string;
  version: string;
  effectiveFrom: string;
  effectiveTo: string;
}

export interface CodeRef {
  system: CodeSystem;
  code: string;
  title: string | null;
  billable: boolean;
}

export interface LookupWarning {
  code: string;
  message: string;
}

export interface IndexTermResult extends IndexTermHit {
  source: 'index' | 'neoplasm' | 'drug' | 'eindex' | 'pcs-index';
  release: string;
}

export interface CodeLookup {
  system: CodeSystem;
  code: string;
  /** null only for a CPT code without a licensed descriptor file */
  title: string | null;
  shortTitle?: string;
  billable: boolean;
  kind: 'code' | 'header' | 'modifier';
  release: ReleaseRef & { stale: boolean };
  warnings: LookupWarning[];
  parent: CodeRef | null;
  children: CodeRef[];
  /** from the top (chapter / section) down to the parent */
  hierarchy: { level: string; code: string; title: string }[];
  notes: Record<string, string[]>;
  /** the release the notes come from (null when the system has none) */
  notesRelease: ReleaseRef | null;
  /** notes of the ancestors that apply to this code, nearest first */
  inheritedNotes: { from: string; level: string; title: string; notes: Record<string, string[]> }[];
  sevenChrDef: { char: string; meaning: string }[];
  sevenChrNote?: string[];
  sevenChrFrom?: string;
  indexTerms: IndexTermResult[];
  /** where the title came from */
  source: { release: string; file: string; line: number };
  pcs?: ReturnType<typeof pcsDetails>;
  hcpcs?: Record<string, unknown>;
  cpt?: { descriptorLicensed: boolean; note?: string; descriptorRelease?: string };
  /** ICD-10-CM: the CDC conversion table's entry for a code created since ICD-10-CM began */
  conversion?: { effective: string; previousCodes: string[]; release: string };
  /** CPT and HCPCS: fee schedule, add-on, MUE and PTP data; ICD: crosswalks and code-editor lists */
  medicare?: CodeMedicare | IcdMedicare;
  /** the same characters are also a code of another system */
  alsoMatches?: CodeRef[];
}

export function releaseRef(r: ReleaseInfo): ReleaseRef {
  return { id: r.id, title: r.title, version: r.version, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo };
}

function withRest(likely: CodeSystem[]): readonly CodeSystem[] {
  return Object.freeze([...likely, ...CODE_SYSTEMS.filter((s) => !likely.includes(s))]);
}

const ONLY_CM: readonly CodeSystem[] = Object.freeze(['icd10cm']);
const SHAPES: { re: RegExp; systems: readonly CodeSystem[] }[] = [
  { re: /^\d{4}[0-9FTUM]$/, systems: withRest(['cpt', 'hcpcs']) },
  { re: /^[A-Z0-9]{2}$/, systems: withRest(['hcpcs']) },
  { re: /^[A-V]\d{4}$/, systems: withRest(['hcpcs', 'icd10cm']) },
  { re: /^[0-9BCDFGHX][0-9A-HJ-NP-Z]{6}$/, systems: withRest(['icd10pcs', 'icd10cm']) },
  { re: /^[A-Z]\d[0-9A-Z]{1,5}$/, systems: withRest(['icd10cm', 'icd10pcs']) },
];
const OTHER_SHAPE = withRest(['icd10pcs']);

/** Which systems a code could belong to, most likely first from its shape; the others follow. */
export function candidateSystems(raw: string, key: string = codeKey(raw)): readonly CodeSystem[] {
  if (raw.includes('.')) return ONLY_CM;
  const k = key;
  for (const shape of SHAPES) if (shape.re.test(k)) return shape.systems;
  return OTHER_SHAPE;
}

const resultCache = new WeakMap<Catalog, Map<string, Map<string, CodeLookup>>>();
const CACHE_LIMIT = 250_000;
const CONTEXTS_KEPT = 64;

export function lookupCode(catalog: Catalog, query: LookupQuery): CodeLookup {
  const raw = query.code.trim();
  if (raw.length === 0 || raw.length > 12 || !/^[A-Za-z0-9.]+$/.test(raw)) {
    throw new AppError('BAD_INPUT', {
      why: `"${query.code.slice(0, 40)}" is not a code: use letters, digits and a dot`,
    });
  }
  if (query.date !== undefined && !isValidIsoDate(query.date)) throw new AppError('BAD_DATE', { value: query.date });
  if (query.system !== undefined && !isCodeSystem(query.system)) {
    throw unknownSystemError(query.system);
  }
  // One map per (system, date, dotted-or-not) context, keyed by the bare code key: a hit builds no string
  // beyond the key itself.
  let contexts = resultCache.get(catalog);
  if (!contexts) {
    contexts = new Map();
    resultCache.set(catalog, contexts);
  }
  const contextKey =
    query.system || query.date || raw.includes('.')
      ? `${query.system ?? ''}|${query.date ?? ''}|${raw.includes('.') ? '.' : ''}`
      : '';
  let cache = contexts.get(contextKey);
  // one context per system and date asked for: bounded, since every request may name a new date
  if (!cache) cache = rememberBounded(contexts, contextKey, new Map(), CONTEXTS_KEPT);
  const cacheKey = codeKey(raw);
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const result = resolve(catalog, raw, query.system as CodeSystem | undefined, query.date);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  // Results are shared between callers (the catalog is immutable): freeze them so no caller can change
  // what the next one reads. Nested parts come straight from the layers and are never written either.
  cache.set(cacheKey, Object.freeze(result));
  return result;
}

export interface CodeSummary extends CodeRef {
  release: string;
  stale: boolean;
}

/**
 * The hot path for bulk work (claim lines, search results): validity, title and billability of a code in
 * the release in force, without notes, hierarchy or index entries. Same errors as lookupCode.
 */
export function lookupCodeSummary(catalog: Catalog, query: LookupQuery): CodeSummary {
  if (query.date !== undefined && !isValidIsoDate(query.date)) throw new AppError('BAD_DATE', { value: query.date });
  if (query.system !== undefined && !isCodeSystem(query.system)) {
    throw unknownSystemError(query.system);
  }
  const key = codeKey(query.code);
  const systems = query.system ? [query.system as CodeSystem] : candidateSystems(query.code, key);
  for (const s of systems) {
    const pick = catalog.pick(s, 'codes', query.date);
    if (!pick) continue;
    const index = catalog.codeIndex(pick.release);
    const i = index.byKey.get(key);
    if (i !== undefined) {
      const title = index.layer.titles[i] as string;
      return {
        system: s,
        code: index.layer.codes[i] as string,
        title: title === '' && s === 'cpt' ? null : title,
        billable: index.layer.billable[i] === '1',
        release: pick.release.id,
        stale: pick.stale !== undefined,
      };
    }
  }
  // a miss: let the full lookup explain it (unknown, deleted, not yet valid, bad input)
  lookupCode(catalog, query);
  throw new AppError('CATALOG_UNKNOWN_CODE', { code: query.code.toUpperCase() });
}

function resolve(catalog: Catalog, raw: string, system: CodeSystem | undefined, date: string | undefined): CodeLookup {
  const systems = system ? [system] : candidateSystems(raw);
  let firstError: AppError | undefined;
  for (const s of systems) {
    const found = findInSystem(catalog, s, raw, date);
    if (found instanceof AppError) {
      // A "deleted" or "not yet valid" answer from the likeliest system beats "unknown" from the others.
      if (!firstError || firstError.code === 'CATALOG_UNKNOWN_CODE') {
        if (!firstError || found.code !== 'CATALOG_UNKNOWN_CODE') firstError = found;
      }
      continue;
    }
    if (!system) {
      const also = systems
        .filter((o) => o !== s)
        .map((o) => findInSystem(catalog, o, raw, date, false))
        .filter((x): x is { index: CodeIndex; i: number; warnings: LookupWarning[] } => !(x instanceof AppError))
        .map((x) => codeRef(x.index, x.i));
      if (also.length > 0)
        return { ...buildResult(catalog, found.index, found.i, date, found.warnings), alsoMatches: also };
    }
    return buildResult(catalog, found.index, found.i, date, found.warnings);
  }
  if (firstError && (system || firstError.code !== 'CATALOG_UNKNOWN_CODE')) throw firstError;
  throw new AppError('CATALOG_UNKNOWN_CODE', { code: raw.toUpperCase() });
}

function findInSystem(
  catalog: Catalog,
  system: CodeSystem,
  raw: string,
  date: string | undefined,
  explainAbsence = true,
): { index: CodeIndex; i: number; warnings: LookupWarning[] } | AppError {
  const pick = catalog.pick(system, 'codes', date);
  if (!pick) return new AppError('CATALOG_UNKNOWN_CODE', { code: raw.toUpperCase(), system: SYSTEM_NAMES[system] });
  const key = codeKey(raw);
  const index = catalog.codeIndex(pick.release);
  const i = index.byKey.get(key);
  const warnings: LookupWarning[] = pick.stale ? [{ code: 'release.stale', message: pick.stale }] : [];
  if (i !== undefined) return { index, i, warnings };
  if (!explainAbsence)
    return new AppError('CATALOG_UNKNOWN_CODE', { code: raw.toUpperCase(), system: SYSTEM_NAMES[system] });
  return absenceError(catalog, system, key, raw, pick.release);
}

/** Distinguish "never a code" from "deleted by then" and "not valid yet", from the other loaded releases. */
function absenceError(catalog: Catalog, system: CodeSystem, key: string, raw: string, inForce: ReleaseInfo): AppError {
  const releases = catalog.releasesWith(system, 'codes');
  let lastBefore: { release: ReleaseInfo; code: string } | undefined;
  let firstAfter: { release: ReleaseInfo; code: string } | undefined;
  for (const r of releases) {
    const idx = catalog.codeIndex(r);
    const i = idx.byKey.get(key);
    if (i === undefined) continue;
    const code = idx.layer.codes[i] as string;
    if (r.effectiveFrom < inForce.effectiveFrom) lastBefore = { release: r, code };
    else if (r.effectiveFrom > inForce.effectiveFrom && !firstAfter) firstAfter = { release: r, code };
  }
  const name = SYSTEM_NAMES[system];
  if (lastBefore) {
    // the first release after the last one that had it is where it disappeared
    const gone = releases.find((r) => r.effectiveFrom > lastBefore.release.effectiveFrom) ?? inForce;
    const replacedBy = system === 'icd10cm' ? cmReplacements(catalog, lastBefore.code) : [];
    return new AppError('CATALOG_CODE_DELETED', {
      replacedBy,
      code: lastBefore.code,
      system: name,
      deletedIn: gone.title,
      effective: gone.effectiveFrom,
      lastIn: lastBefore.release.title,
    });
  }
  if (firstAfter) {
    return new AppError('CATALOG_CODE_NOT_YET_VALID', {
      code: firstAfter.code,
      system: name,
      release: inForce.title,
      firstIn: firstAfter.release.title,
      effective: firstAfter.release.effectiveFrom,
    });
  }
  return new AppError('CATALOG_UNKNOWN_CODE', { code: raw.toUpperCase(), system: name });
}

function codeRef(index: CodeIndex, i: number): CodeRef {
  const title = index.layer.titles[i] as string;
  return {
    system: index.release.system as CodeSystem,
    code: index.layer.codes[i] as string,
    title: title === '' && index.release.system === 'cpt' ? null : title,
    billable: index.layer.billable[i] === '1',
  };
}

function buildResult(
  catalog: Catalog,
  index: CodeIndex,
  i: number,
  date: string | undefined,
  warnings: LookupWarning[],
): CodeLookup {
  const { release, layer } = index;
  // a release with a code list is always a code system's
  const system = release.system as CodeSystem;
  const code = layer.codes[i] as string;
  const shortTitle = layer.shortTitles[i] || undefined;
  const p = index.parent[i] as number;
  const kind: CodeLookup['kind'] =
    system === 'hcpcs' && code.length === 2 ? 'modifier' : layer.billable[i] === '1' ? 'code' : 'header';
  const ancestors: CodeRef[] = [];
  for (let a = p; a >= 0; a = index.parent[a] as number) ancestors.unshift(codeRef(index, a));
  const result: CodeLookup = {
    system,
    code,
    title: codeRef(index, i).title,
    ...(shortTitle ? { shortTitle } : {}),
    billable: layer.billable[i] === '1',
    kind,
    release: { ...releaseRef(release), stale: warnings.some((w) => w.code === 'release.stale') },
    warnings,
    parent: p >= 0 ? codeRef(index, p) : null,
    children: index.children(i).map((c) => codeRef(index, c)),
    hierarchy: ancestors.map((a) => ({ level: 'code', code: a.code, title: a.title ?? '' })),
    notes: {},
    notesRelease: null,
    inheritedNotes: [],
    sevenChrDef: [],
    indexTerms: [],
    source: { release: release.id, file: layer.sourceFile, line: layer.lines[i] ?? 0 },
  };
  if (system === 'icd10cm') cmDetails(catalog, result, date);
  if (system === 'icd10pcs') result.pcs = pcsDetails(catalog, result, date);
  if (system === 'hcpcs') addHcpcs(catalog, result, index);
  if (system === 'hcpcs' || system === 'cpt') result.medicare = codeMedicare(catalog, code, date);
  if (system === 'icd10cm' || system === 'icd10pcs') result.medicare = icdMedicare(catalog, code, system, date);
  if (system === 'cpt') addCpt(catalog, result, date);
  return result;
}

function addHcpcs(catalog: Catalog, result: CodeLookup, index: CodeIndex): void {
  if (!index.release.layers.includes('hcpcs-records')) return;
  const records = catalog.layer(index.release, 'hcpcs-records');
  const byCode = hcpcsByCode(records.records);
  const rec = byCode.get(result.code);
  if (rec) {
    const { line: _line, code: _code, ...rest } = rec;
    result.hcpcs = rest;
  }
  const ncci = result.kind === 'modifier' ? ncciModifier(result.code) : undefined;
  if (ncci)
    result.hcpcs = {
      ...result.hcpcs,
      ncciAssociated: { group: ncci.group, meaning: ncci.meaning, source: ncci.source },
    };
}

const hcpcsMaps = new WeakMap<object, Map<string, import('../codesets/hcpcs/types.js').HcpcsRecord>>();
function hcpcsByCode(
  records: import('../codesets/hcpcs/types.js').HcpcsRecord[],
): Map<string, import('../codesets/hcpcs/types.js').HcpcsRecord> {
  let m = hcpcsMaps.get(records);
  if (!m) {
    m = new Map(records.map((r) => [r.code, r]));
    hcpcsMaps.set(records, m);
  }
  return m;
}

const CPT_NOTE =
  'CPT® descriptors are copyrighted by the American Medical Association. CodeDesk ships none: an operator with a CPT licence can import the licensed file (see docs/data-sources.md).';

function addCpt(catalog: Catalog, result: CodeLookup, date: string | undefined): void {
  const pick = catalog.pick('cpt', 'cpt-descriptors', date);
  if (pick) {
    const layer = catalog.layer(pick.release, 'cpt-descriptors');
    const d = cptByCode(layer.descriptors).get(result.code);
    if (d) {
      result.title = d.longDescription;
      if (d.shortDescription) result.shortTitle = d.shortDescription;
      result.cpt = { descriptorLicensed: true, descriptorRelease: pick.release.id };
      return;
    }
  }
  result.title = null;
  result.cpt = { descriptorLicensed: false, note: CPT_NOTE };
}

const cptMaps = new WeakMap<object, Map<string, { longDescription: string; shortDescription?: string }>>();
function cptByCode(
  list: { code: string; longDescription: string; shortDescription?: string }[],
): Map<string, { longDescription: string; shortDescription?: string }> {
  let m = cptMaps.get(list);
  if (!m) {
    m = new Map(list.map((d) => [d.code, d]));
    cptMaps.set(list, m);
  }
  return m;
}
