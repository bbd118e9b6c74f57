// `codedesk fee`: the Medicare physician fee schedule amount for a code, modifier and locality —
// (work RVU × work GPCI + PE RVU × PE GPCI + MP RVU × MP GPCI) × conversion factor, with the NA flags and the
// status code respected — and the file, release and row behind every figure.
import {
  computePayment,
  describeIndicators,
  type GpciRow,
  PCTC_MEANINGS,
  type PfsRvuRow,
  type RowIndicatorDescriptions,
} from '../../codesets/pfs/index.js';
import { AppError, rememberBounded } from '../../shared/index.js';
import type { Catalog } from '../catalog.js';
import { codeKey } from '../code-key.js';
import type { PfsRvuLayer, ReleaseInfo } from '../model.js';
import { findLocality, type LocalityInfo } from './localities.js';

export interface FeeQuery {
  code: string;
  modifier?: string;
  locality: string;
  date?: string;
}

export interface Citation {
  figure: string;
  source: string;
  release: string;
  file: string;
  line: number;
}

export interface FeeResult {
  code: string;
  modifier: string;
  locality: { id: string; name: string; state: string };
  rvus: { work: number; peNonFacility: number; peFacility: number; mp: number };
  gpci: { work: number; pe: number; mp: number };
  conversionFactor: number;
  payment: { nonFacility: number | null; facility: number | null; reasons: string[] };
  indicators: {
    status: string;
    globalDays: string;
    pctc: string;
    multipleProcedure: string;
    bilateral: string;
    assistant: string;
    coSurgeon: string;
    team: string;
  };
  indicatorMeanings: RowIndicatorDescriptions;
  release: { rvu: string; gpci: string };
  citation: Citation[];
  warnings: string[];
}

const rowMaps = new WeakMap<PfsRvuLayer, Map<string, PfsRvuRow[]>>();

/** Every row (one per modifier) of a code in an RVU file. */
export function rvuRowsFor(layer: PfsRvuLayer, code: string): PfsRvuRow[] {
  let m = rowMaps.get(layer);
  if (!m) {
    m = new Map();
    for (const r of layer.rows) {
      const list = m.get(r.hcpcs);
      if (list) list.push(r);
      else m.set(r.hcpcs, [r]);
    }
    rowMaps.set(layer, m);
  }
  return m.get(codeKey(code)) ?? NO_ROWS;
}
const NO_ROWS: PfsRvuRow[] = [];

const newestRvu = new WeakMap<Catalog, { release: ReleaseInfo; layer: PfsRvuLayer }>();

export function pickRvu(catalog: Catalog, date?: string): { release: ReleaseInfo; layer: PfsRvuLayer; stale?: string } {
  if (!date) {
    const memo = newestRvu.get(catalog);
    if (memo) return memo;
  }
  const pick = catalog.pick('pfs', 'pfs-rvu', date);
  if (!pick) throw new AppError('DATA_NOT_LOADED', { what: 'A fee schedule national RVU file (PPRRVUyyyy.csv)' });
  const layer = catalog.layer(pick.release, 'pfs-rvu');
  if (!date) newestRvu.set(catalog, { release: pick.release, layer });
  return pick.stale ? { release: pick.release, layer, stale: pick.stale } : { release: pick.release, layer };
}

interface ResolvedLocality {
  locality: LocalityInfo;
  localityRef: FeeResult['locality'];
  gpci: FeeResult['gpci'];
  gpciRow: GpciRow;
  citation: Citation;
  warnings: string[];
}
const localityCache = new WeakMap<Catalog, Map<string, ResolvedLocality>>();
/** resolved (date, locality) pairs kept: both come from requests */
const LOCALITIES_KEPT = 10_000;

export function computeFee(catalog: Catalog, query: FeeQuery): FeeResult {
  const modifier = query.modifier ? query.modifier.trim().toUpperCase() : '';
  const rvu = pickRvu(catalog, query.date);
  const code = codeKey(query.code);
  const rows = rvuRowsFor(rvu.layer, code);
  if (rows.length === 0) throw new AppError('FEE_CODE_NOT_PRICED_FILE', { code, release: rvu.release.title });
  let row: PfsRvuRow | undefined;
  for (const r of rows) if (r.modifier === modifier) row = r;
  if (!row) {
    const global = rows.find((r) => r.modifier === '') ?? (rows[0] as PfsRvuRow);
    const pctc = PCTC_MEANINGS[global.pctcIndicator] ?? `PC/TC indicator ${global.pctcIndicator}`;
    throw new AppError('FEE_NO_MODIFIER_ROW', {
      code,
      modifier: modifier || '(none)',
      available: rows.map((r) => r.modifier || '(none)'),
      why: `PC/TC indicator ${global.pctcIndicator} means: ${pctc}`,
    });
  }
  // Resolving a locality (name matching, joins) is done once per catalog, date and query.
  let cache = localityCache.get(catalog);
  if (!cache) {
    cache = new Map();
    localityCache.set(catalog, cache);
  }
  const cacheKey = query.date ? `${query.date}|${query.locality}` : query.locality;
  let loc = cache.get(cacheKey);
  if (!loc) {
    const found = findLocality(catalog, query.locality, query.date);
    const l = found.locality;
    const gpciRelease = catalog.releasesById.get(l.release) as ReleaseInfo;
    loc = {
      locality: l,
      gpciRow: {
        mac: l.mac,
        state: l.state,
        localityNumber: l.localityNumber,
        localityName: l.name,
        footnoteMark: '',
        workGpci: l.gpci.work,
        peGpci: l.gpci.pe,
        mpGpci: l.gpci.mp,
        id: l.id,
        line: l.line,
      },
      localityRef: { id: l.id, name: l.name, state: l.state },
      gpci: { work: l.gpci.work, pe: l.gpci.pe, mp: l.gpci.mp },
      citation: {
        figure: 'gpci',
        source: 'PFS GPCI file',
        release: l.release,
        file: catalog.layer(gpciRelease, 'pfs-gpci').sourceFile,
        line: l.line,
      },
      warnings: found.list.warnings,
    };
    if (cache.size > 1000) cache.clear();
    rememberBounded(cache, cacheKey, loc, LOCALITIES_KEPT);
  }
  const cf = row.conversionFactor;
  const payment = computePayment(row, loc.gpciRow, cf);
  const fixed = rowParts(row, rvu.release.id, rvu.layer.sourceFile);
  return {
    code: row.hcpcs,
    modifier: row.modifier,
    locality: loc.localityRef,
    rvus: fixed.rvus,
    gpci: loc.gpci,
    conversionFactor: cf,
    payment: { nonFacility: payment.nonFacility, facility: payment.facility, reasons: payment.reasons },
    indicators: fixed.indicators,
    indicatorMeanings: fixed.indicatorMeanings,
    release: { rvu: rvu.release.id, gpci: loc.locality.release },
    citation: [fixed.citation, loc.citation],
    warnings: rvu.stale ? [rvu.stale, ...loc.warnings] : loc.warnings,
  };
}

interface RowParts {
  rvus: FeeResult['rvus'];
  indicators: FeeResult['indicators'];
  indicatorMeanings: RowIndicatorDescriptions;
  citation: Citation;
}

// What a result takes from an RVU row never changes: built once per row and shared (results are read-only).
const rowPartsCache = new WeakMap<PfsRvuRow, RowParts>();
function rowParts(row: PfsRvuRow, release: string, file: string): RowParts {
  let p = rowPartsCache.get(row);
  if (!p) {
    p = {
      rvus: { work: row.workRvu, peNonFacility: row.peNonFacilityRvu, peFacility: row.peFacilityRvu, mp: row.mpRvu },
      indicators: {
        status: row.statusCode,
        globalDays: row.globalDays,
        pctc: row.pctcIndicator,
        multipleProcedure: row.multipleProcedure,
        bilateral: row.bilateral,
        assistant: row.assistant,
        coSurgeon: row.coSurgeon,
        team: row.teamSurgery,
      },
      indicatorMeanings: describeIndicators(row),
      citation: {
        figure: 'rvus, indicators, conversion factor',
        source: 'PFS national RVU file',
        release,
        file,
        line: row.line,
      },
    };
    rowPartsCache.set(row, p);
  }
  return p;
}
