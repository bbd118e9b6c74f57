// lookupCode: one code, any system, on a date of service. The code list of the release in force decides
// validity, title and billability; each other fact (instructional notes, 7th characters, index entries,
// axis labels) comes from the newest release in force that carries it, labelled with that release.
import type { HcpcsRecord } from '../codesets/hcpcs/index.js';
// NCCI's rules surface, not the index: the index also loads the xlsx parsers, which start-up must not pay for
import { ncciModifier } from '../codesets/ncci/edit-rules.js';
import { AppError, rememberBounded } from '../shared/index.js';
import { type Catalog, type CodeEntry, type CodeIndex, codeKey } from './catalog.js';
import { type CodeFinding, findCode } from './find-code.js';
import { cmDetails } from './lookup-cm.js';
import { hcpcsFullRecord } from './lookup-hcpcs.js';
import { pcsDetails } from './lookup-pcs.js';
import {
  type CodeLookup,
  type CodeRef,
  type CodeSummary,
  type LookupQuery,
  type LookupWarning,
  releaseRef,
} from './lookup-types.js';
import { codeMedicare } from './medicare/code-medicare.js';
import { icdMedicare } from './medicare/icd-medicare.js';
import { rbcsClassification } from './rbcs.js';
import {
  CODE_SYSTEMS,
  type CodeSystem,
  isCodeSystem,
  isValidIsoDate,
  SYSTEM_NAMES,
  unknownSystemError,
} from './releases.js';

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
    const found = inForce(catalog, s, key, query.date);
    if (found) return { ...codeRef(found.entry), release: found.entry.release.id, stale: found.stale };
  }
  // a miss: let the full lookup explain it (unknown, deleted, not yet valid, bad input)
  lookupCode(catalog, query);
  throw new AppError('CATALOG_UNKNOWN_CODE', { code: query.code.toUpperCase() });
}

function resolve(catalog: Catalog, raw: string, system: CodeSystem | undefined, date: string | undefined): CodeLookup {
  const systems = system ? [system] : candidateSystems(raw);
  let firstError: AppError | undefined;
  for (const s of systems) {
    const finding = findCode(catalog, { system: s, code: raw, date });
    if (finding.status !== 'found') {
      const error = absenceError(finding, raw);
      // A "deleted" or "not yet valid" answer from the likeliest system beats "unknown" from the others.
      if (!firstError || firstError.code === 'CATALOG_UNKNOWN_CODE') {
        if (!firstError || error.code !== 'CATALOG_UNKNOWN_CODE') firstError = error;
      }
      continue;
    }
    const warnings: LookupWarning[] = finding.stale ? [{ code: 'release.stale', message: finding.stale }] : [];
    const result = buildResult(catalog, finding.list, finding.entry.position, date, warnings);
    if (!system) {
      // only whether the other systems have it in force: no need to explain their misses
      const key = codeKey(raw);
      const also: CodeRef[] = [];
      for (const o of systems) {
        const other = o === s ? undefined : inForce(catalog, o, key, date);
        if (other) also.push(codeRef(other.entry));
      }
      if (also.length > 0) return { ...result, alsoMatches: also };
    }
    return result;
  }
  if (firstError && (system || firstError.code !== 'CATALOG_UNKNOWN_CODE')) throw firstError;
  throw new AppError('CATALOG_UNKNOWN_CODE', { code: raw.toUpperCase() });
}

/** A code in the list of a system in force on a date, without explaining a miss (the cheap part of findCode). */
function inForce(
  catalog: Catalog,
  system: CodeSystem,
  key: string,
  date: string | undefined,
): { entry: CodeEntry; stale: boolean } | undefined {
  const pick = catalog.pick(system, 'codes', date);
  if (!pick) return undefined;
  const list = catalog.codeIndex(pick.release);
  const position = list.byKey.get(key);
  return position === undefined ? undefined : { entry: list.entryAt(position), stale: pick.stale !== undefined };
}

/** The error that explains a miss: never a code, deleted by then, or not valid yet (see findCode). */
function absenceError(finding: Exclude<CodeFinding, { status: 'found' }>, raw: string): AppError {
  const name = SYSTEM_NAMES[finding.system];
  switch (finding.status) {
    case 'deleted':
      return new AppError('CATALOG_CODE_DELETED', {
        replacedBy: [...finding.replacedBy],
        code: finding.entry.code,
        system: name,
        deletedIn: finding.firstWithout.title,
        effective: finding.firstWithout.effectiveFrom,
        lastIn: finding.lastRelease.title,
      });
    case 'not-yet-valid':
      return new AppError('CATALOG_CODE_NOT_YET_VALID', {
        code: finding.entry.code,
        system: name,
        release: finding.list.release.title,
        firstIn: finding.firstRelease.title,
        effective: finding.firstRelease.effectiveFrom,
      });
    case 'unknown':
      return new AppError('CATALOG_UNKNOWN_CODE', { code: raw.toUpperCase(), system: name });
  }
}

function codeRef(entry: CodeEntry): CodeRef {
  return {
    system: entry.system,
    code: entry.code,
    // CPT numbers have no title without a licensed descriptor file
    title: entry.title === '' && entry.system === 'cpt' ? null : entry.title,
    billable: entry.billable,
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
  const self = codeRef(index.entryAt(i));
  const kind: CodeLookup['kind'] =
    system === 'hcpcs' && code.length === 2 ? 'modifier' : self.billable ? 'code' : 'header';
  const ancestors: CodeRef[] = [];
  for (let a = p; a >= 0; a = index.parent[a] as number) ancestors.unshift(codeRef(index.entryAt(a)));
  const result: CodeLookup = {
    system,
    code,
    title: self.title,
    ...(shortTitle ? { shortTitle } : {}),
    billable: self.billable,
    kind,
    release: { ...releaseRef(release), stale: warnings.some((w) => w.code === 'release.stale') },
    warnings,
    parent: p >= 0 ? codeRef(index.entryAt(p)) : null,
    children: index.children(i).map((c) => codeRef(index.entryAt(c))),
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
  if (system === 'hcpcs' || system === 'cpt') {
    result.medicare = codeMedicare(catalog, code, date);
    const rbcs = rbcsClassification(catalog, result.code, date);
    // `classification` is the contract's name (any public classification, tagged by source); `rbcs` names the file
    if (rbcs) {
      result.classification = rbcs;
      result.rbcs = rbcs;
    }
  }
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
    result.hcpcsRecord = hcpcsFullRecord(catalog, index.release, rec, records.sourceFile);
  }
  const ncci = result.kind === 'modifier' ? ncciModifier(result.code) : undefined;
  if (ncci)
    result.hcpcs = {
      ...result.hcpcs,
      ncciAssociated: { group: ncci.group, meaning: ncci.meaning, source: ncci.source },
    };
}

const hcpcsMaps = new WeakMap<object, Map<string, HcpcsRecord>>();
function hcpcsByCode(records: HcpcsRecord[]): Map<string, HcpcsRecord> {
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
