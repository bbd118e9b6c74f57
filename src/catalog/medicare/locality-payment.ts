// A code's fee schedule amounts in one payment locality, every row of it (global, 26, TC, 53), for the code page's
// locality picker: computeFee per row, so the page and `codedesk fee` give the same figures from one calculation.
// And the picker's choices: the localities of the GPCI table in force.
import type { Catalog } from '../catalog.js';
import { codeKey } from '../code-key.js';
import { computeFee, pickRvu, rvuRowsFor } from './fee.js';
import { listLocalities } from './localities.js';

export interface LocalityPayment {
  locality: { id: string; name: string; state: string };
  gpci: { work: number; pe: number; mp: number };
  rows: { modifier: string; nonFacility: number | null; facility: number | null; reasons: string[] }[];
  release: { rvu: string; gpci: string };
  /** the RVU or GPCI file is not in force on the date (the nearest is used) */
  warnings: string[];
}

/**
 * The amounts of every row of a code in a locality (an id, or a part of a name computeFee's locality search
 * accepts). Throws the fee's errors: LOCALITY_UNKNOWN, LOCALITY_AMBIGUOUS, DATA_NOT_LOADED, FEE_CODE_NOT_PRICED_FILE.
 */
export function localityPayment(
  catalog: Catalog,
  query: { code: string; locality: string; date?: string },
): LocalityPayment {
  const rvu = pickRvu(catalog, query.date);
  const { layer } = rvu;
  const modifiers = rvuRowsFor(layer, codeKey(query.code)).map((r) => r.modifier);
  // a code with no row: computeFee says so (FEE_CODE_NOT_PRICED_FILE)
  const fees = (modifiers.length > 0 ? modifiers : ['']).map((modifier) =>
    computeFee(catalog, {
      code: query.code,
      modifier,
      locality: query.locality,
      ...(query.date ? { date: query.date } : {}),
    }),
  );
  const first = fees[0] as (typeof fees)[number];
  return {
    locality: first.locality,
    gpci: first.gpci,
    rows: fees.map((f) => ({
      modifier: f.modifier,
      nonFacility: f.payment.nonFacility,
      facility: f.payment.facility,
      reasons: f.payment.reasons,
    })),
    release: first.release,
    // only what bears on these amounts: a stale RVU or GPCI file (the fee's other warnings are about the county
    // and anesthesia files, which the amounts do not use)
    warnings: [rvu.stale, catalog.pick('pfs', 'pfs-gpci', query.date)?.stale].filter((w): w is string => !!w),
  };
}

export interface LocalityChoice {
  id: string;
  /** "NY — MANHATTAN (13202-01)" */
  label: string;
}

const choicesCache = new WeakMap<object, { release: string; choices: LocalityChoice[] }>();

/** The localities of the GPCI table in force on the date, in the file's order, for a picker. */
export function localityChoices(catalog: Catalog, date?: string): { release: string; choices: LocalityChoice[] } {
  const list = listLocalities(catalog, date);
  // listLocalities keeps one list per GPCI table for the newest date; the labels are kept with it
  const cached = choicesCache.get(list);
  if (cached) return cached;
  const made = {
    release: list.release.id,
    choices: list.localities.map((l) => ({ id: l.id, label: `${l.state} — ${l.name} (${l.id})` })),
  };
  choicesCache.set(list, made);
  return made;
}
