// Medicare payment localities: the GPCI table of the fee schedule release in force, joined with the
// locality-county file and the anesthesia conversion factors (which may be of an older year: said so).
import type { GpciRow } from '../../codesets/pfs/index.js';
import { AppError } from '../../shared/index.js';
import type { Catalog } from '../catalog.js';
import type { ReleaseInfo } from '../model.js';

export interface LocalityInfo {
  id: string;
  mac: string;
  localityNumber: string;
  name: string;
  state: string;
  gpci: { work: number; pe: number; mp: number };
  counties?: { feeScheduleArea: string; state: string; counties: string; release: string };
  anesthesia?: { conversionFactor: number; release: string };
  footnote?: string;
  release: string;
  line: number;
}

export interface LocalityList {
  release: ReleaseInfo;
  localities: LocalityInfo[];
  warnings: string[];
}

const cache = new WeakMap<object, LocalityList>();

/** Every locality of the GPCI table in force on the date (the newest without a date). */
export function listLocalities(catalog: Catalog, date?: string): LocalityList {
  const gpciPick = catalog.pick('pfs', 'pfs-gpci', date);
  if (!gpciPick) throw new AppError('DATA_NOT_LOADED', { what: 'A fee schedule GPCI file (GPCIyyyy.csv)' });
  const gpci = catalog.layer(gpciPick.release, 'pfs-gpci');
  const cached = cache.get(gpci);
  if (cached && !date) return cached;
  const warnings: string[] = gpciPick.stale ? [gpciPick.stale] : [];
  const loccoPick = catalog.pick('pfs', 'pfs-locco', date);
  const anesPick = catalog.pick('pfs', 'pfs-anes', date);
  const locco = loccoPick ? catalog.layer(loccoPick.release, 'pfs-locco') : undefined;
  const anes = anesPick ? catalog.layer(anesPick.release, 'pfs-anes') : undefined;
  for (const [what, p] of [
    ['Locality counties', loccoPick],
    ['Anesthesia conversion factors', anesPick],
  ] as const) {
    if (p && p.release.effectiveFrom < gpciPick.release.effectiveFrom) {
      warnings.push(`${what} are from ${p.release.title}, older than the GPCI file (${gpciPick.release.title})`);
    }
  }
  if (!loccoPick) warnings.push('No locality-county file (yyLOCCO) is loaded: counties are not shown');
  const countiesById = new Map((locco?.rows ?? []).map((r) => [r.id, r]));
  const anesById = new Map((anes?.rows ?? []).map((r) => [r.id, r]));
  const localities = gpci.localities.map((g: GpciRow): LocalityInfo => {
    const c = countiesById.get(g.id);
    const a = anesById.get(g.id);
    return {
      id: g.id,
      mac: g.mac,
      localityNumber: g.localityNumber,
      name: g.localityName,
      state: g.state,
      gpci: { work: g.workGpci, pe: g.peGpci, mp: g.mpGpci },
      ...(c && loccoPick
        ? {
            counties: {
              feeScheduleArea: c.feeScheduleArea,
              state: c.state,
              counties: c.countiesText,
              release: loccoPick.release.id,
            },
          }
        : {}),
      ...(a && anesPick ? { anesthesia: { conversionFactor: a.conversionFactor, release: anesPick.release.id } } : {}),
      ...(g.footnote ? { footnote: g.footnote } : {}),
      release: gpciPick.release.id,
      line: g.line,
    };
  });
  const list = { release: gpciPick.release, localities, warnings };
  if (!date) cache.set(gpci, list);
  return list;
}

export interface LocalityQuery {
  /** two-letter state, any case */
  state?: string;
  /** part of a county name, any case */
  county?: string;
  date?: string;
}

/** `codedesk localities`: the localities in force on the date, of a state and with a county matching, if asked. */
export function selectLocalities(
  catalog: Catalog,
  query: LocalityQuery,
): { release: string; warnings: string[]; localities: LocalityInfo[] } {
  const list = listLocalities(catalog, query.date);
  const state = query.state?.toUpperCase();
  const county = query.county?.toLowerCase();
  const localities = list.localities.filter(
    (l) => (!state || l.state === state) && (!county || (l.counties?.counties ?? '').toLowerCase().includes(county)),
  );
  return { release: list.release.id, warnings: list.warnings, localities };
}

/**
 * A locality by id ("13202-01") or by an unambiguous fragment of its name, state or counties ("manhattan").
 * Several matches are an error listing them; so is none.
 */
export function findLocality(
  catalog: Catalog,
  query: string,
  date?: string,
): { locality: LocalityInfo; list: LocalityList } {
  const list = listLocalities(catalog, date);
  const q = query.trim().toLowerCase();
  if (q.length === 0) throw new AppError('LOCALITY_UNKNOWN', { query });
  const byId = list.localities.filter((l) => l.id === query.trim());
  if (byId.length === 1) return { locality: byId[0] as LocalityInfo, list };
  const byName = list.localities.filter((l) => l.name.toLowerCase().includes(q));
  const matches =
    byName.length > 0
      ? byName
      : list.localities.filter((l) =>
          `${l.state} ${l.counties?.counties ?? ''} ${l.counties?.feeScheduleArea ?? ''}`.toLowerCase().includes(q),
        );
  const exact = matches.filter((l) => l.name.toLowerCase() === q);
  const chosen = exact.length === 1 ? exact : matches;
  if (chosen.length === 1) return { locality: chosen[0] as LocalityInfo, list };
  if (chosen.length === 0 && byId.length === 0) throw new AppError('LOCALITY_UNKNOWN', { query });
  const all = chosen.length > 0 ? chosen : byId;
  throw new AppError('LOCALITY_AMBIGUOUS', { query, matches: all.map((l) => `${l.id} ${l.name} (${l.state})`) });
}
