// Medicare physician fee schedule amount for one row of the national relative value file in one locality, per the
// formula of CMS's RVU file documentation (RVU25A.pdf, unchanged for RVU26C):
//   Non-facility amount = [(work RVU x work GPCI) + (non-facility PE RVU x PE GPCI) + (MP RVU x MP GPCI)] x CF
//   Facility amount     = [(work RVU x work GPCI) + (facility PE RVU x PE GPCI)     + (MP RVU x MP GPCI)] x CF
// rounded once, at the end, to the cent, half away from zero. No adjustment is applied (multiple procedure,
// bilateral, assistant, therapy PE reduction, non-participating 95 %, limiting charge, OPPS imaging cap): the
// amount is the single-service fee schedule amount; where the OPPS imaging cap may lower it, a reason says so and
// gives the OPPS-based amount.
//
// Exactness: the inputs are decimals with few places (RVUs 2, GPCIs 3, the CF 4, as CMS publishes them), but as
// binary doubles they are inexact, and a product like 1.30 x 1.063 x 33.4009 can land a hair below a half cent.
// So each input is turned into the integer it is at its published scale (1.30 -> 130 hundredths, 1.063 -> 1063
// thousandths, 33.4009 -> 334009 ten-thousandths), checked to be exactly that decimal (n / scale === x), and the
// sum of products is formed in integer billionths of a dollar (1e-2 x 1e-3 x 1e-4), which stays far below 2^53
// for any real row (about 3e13 for a 300-RVU code), so every step is exact in doubles. Rounding to cents is then
// an integer division with remainder. An input with more decimal places than published, or a sum past 2^53,
// takes a BigInt path on the input's shortest decimal form (String(x)), which is exact too, only slower.
// (Math.round(x * 100 + Number.EPSILON) was not used: it is only right near small magnitudes and still
// depends on where the float error of the products falls.)

import { statusMeaning } from './indicators.js';
import type { GpciRow, PaymentResult, PfsRvuRow } from './types.js';

export {
  ASSISTANT_MEANINGS,
  BILATERAL_MEANINGS,
  CO_SURGEON_MEANINGS,
  describeIndicators,
  GLOBAL_DAYS_MEANINGS,
  IMAGING_FAMILY_MEANINGS,
  MULT_PROC_MEANINGS,
  PCTC_MEANINGS,
  RVU_COLUMN_MEANINGS,
  STATUS_MEANINGS,
  SUPERVISION_MEANINGS,
  TEAM_MEANINGS,
} from './indicators.js';

/** Statuses whose RVUs are used for Medicare payment ("Only RVUs associated with status codes of A, R, or T"). */
export const PAYABLE_STATUSES: ReadonlySet<string> = new Set(['A', 'R', 'T']);

const RVU_SCALE = 100;
const GPCI_SCALE = 1000;
const CF_SCALE = 10000;
/** billionths of a dollar per cent: 1e-2 (cent) / (1e-2 x 1e-3 x 1e-4) */
const UNITS_PER_CENT = 1e7;

/** x as an integer count of 1/scale, when x is exactly a decimal with that many places; else undefined. */
function scaled(x: number, scale: number): number | undefined {
  const n = Math.round(x * scale);
  return n / scale === x && Number.isSafeInteger(n) ? n : undefined;
}

/** A non-negative finite double as the decimal it prints as: digits x 10^-places. */
function decimalOf(x: number): { digits: bigint; places: number } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new Error(`not a non-negative finite number: ${x}`);
  const fraction = m[2] ?? '';
  let digits = BigInt(`${m[1] ?? '0'}${fraction}`);
  let places = fraction.length - Number(m[3] ?? '0');
  if (places < 0) {
    digits *= 10n ** BigInt(-places);
    places = 0;
  }
  return { digits, places };
}

/** The slow exact path: BigInt on the inputs' decimal forms. Returns dollars rounded to cents. */
function exactAmountBig(terms: readonly (readonly [number, number])[], cf: number): number {
  const products = terms.map(([rvu, gpci]) => {
    const a = decimalOf(rvu);
    const b = decimalOf(gpci);
    return { digits: a.digits * b.digits, places: a.places + b.places };
  });
  const places = Math.max(...products.map((p) => p.places));
  let sum = 0n;
  for (const p of products) sum += p.digits * 10n ** BigInt(places - p.places);
  const c = decimalOf(cf);
  let total = sum * c.digits;
  let totalPlaces = places + c.places;
  if (totalPlaces < 2) {
    total *= 10n ** BigInt(2 - totalPlaces);
    totalPlaces = 2;
  }
  const divisor = 10n ** BigInt(totalPlaces - 2);
  let cents = total / divisor;
  if ((total % divisor) * 2n >= divisor) cents += 1n;
  return Number(cents) / 100;
}

/** [(work x wGPCI) + (pe x peGPCI) + (mp x mpGPCI)] x CF in dollars, rounded half away from zero to the cent. */
function feeAmount(work: number, pe: number, mp: number, gpci: GpciRow, cf: number): number {
  const w = scaled(work, RVU_SCALE);
  const p = scaled(pe, RVU_SCALE);
  const m = scaled(mp, RVU_SCALE);
  const gw = scaled(gpci.workGpci, GPCI_SCALE);
  const gp = scaled(gpci.peGpci, GPCI_SCALE);
  const gm = scaled(gpci.mpGpci, GPCI_SCALE);
  const c = scaled(cf, CF_SCALE);
  if (
    w !== undefined &&
    p !== undefined &&
    m !== undefined &&
    gw !== undefined &&
    gp !== undefined &&
    gm !== undefined &&
    c !== undefined
  ) {
    const sum = w * gw + p * gp + m * gm;
    const units = sum * c;
    if (Number.isSafeInteger(sum) && Number.isSafeInteger(units)) {
      const rest = units % UNITS_PER_CENT;
      const cents = (units - rest) / UNITS_PER_CENT + (rest * 2 >= UNITS_PER_CENT ? 1 : 0);
      return cents / 100;
    }
  }
  return exactAmountBig(
    [
      [work, gpci.workGpci],
      [pe, gpci.peGpci],
      [mp, gpci.mpGpci],
    ],
    cf,
  );
}

function isAmount(x: number): boolean {
  return Number.isFinite(x) && x >= 0;
}

function dollars(x: number): string {
  return `$${x.toFixed(2)}`;
}

/**
 * The physician fee schedule amounts of one row in one locality. A setting gets null where its NA flag is set;
 * both get null unless the status is one whose RVUs are used for payment (A, R, T), with the reason in words.
 */
export function computePayment(row: PfsRvuRow, gpci: GpciRow, conversionFactor: number): PaymentResult {
  const reasons: string[] = [];
  const none = (reason: string): PaymentResult => ({ nonFacility: null, facility: null, reasons: [reason] });
  const status = row.statusCode;

  if (!PAYABLE_STATUSES.has(status)) {
    return none(
      `status ${status}: ${statusMeaning(status)}. Only RVUs of status A, R and T are used for Medicare payment, so no fee schedule amount is computed`,
    );
  }
  if (row.notUsedForMedicare) {
    return none(`the file marks this row's RVUs as not used for Medicare payment ("+")`);
  }
  if (![row.workRvu, row.peNonFacilityRvu, row.peFacilityRvu, row.mpRvu].every(isAmount)) {
    return none('the row has an RVU that is not a non-negative number');
  }
  if (![gpci.workGpci, gpci.peGpci, gpci.mpGpci].every(isAmount)) {
    return none(`locality ${gpci.id} has a GPCI that is not a non-negative number`);
  }
  if (!isAmount(conversionFactor) || conversionFactor === 0) {
    return none(`conversion factor ${conversionFactor} is not a positive number`);
  }
  if (status === 'R' && row.nonFacilityTotal === 0 && row.facilityTotal === 0) {
    return none(
      `status R (restricted coverage) with no RVUs on the national file: if covered, the contractor prices the service`,
    );
  }

  let nonFacility: number | null = null;
  let facility: number | null = null;
  if (row.peNonFacilityNa) {
    reasons.push(
      'non-facility: the NA indicator is set (rarely or never performed in a non-facility setting), so there is no non-facility amount',
    );
  } else {
    nonFacility = feeAmount(row.workRvu, row.peNonFacilityRvu, row.mpRvu, gpci, conversionFactor);
  }
  if (row.peFacilityNa) {
    reasons.push(
      'facility: the NA indicator is set (rarely or never performed in a facility setting), so there is no facility amount',
    );
  } else {
    facility = feeAmount(row.workRvu, row.peFacilityRvu, row.mpRvu, gpci, conversionFactor);
  }

  if (status === 'T') {
    reasons.push(
      'status T: paid only if no other physician fee schedule service is billed on the same date by the same provider',
    );
  } else if (status === 'R') {
    reasons.push('status R: restricted coverage, special coverage instructions apply');
  }
  if (row.oppsNonFacilityPe > 0 || row.oppsFacilityPe > 0 || row.oppsMp > 0) {
    const cap = (pe: number): number => feeAmount(row.workRvu, pe, row.oppsMp, gpci, conversionFactor);
    const parts: string[] = [];
    if (nonFacility !== null) parts.push(`non-facility ${dollars(cap(row.oppsNonFacilityPe))}`);
    if (facility !== null) parts.push(`facility ${dollars(cap(row.oppsFacilityPe))}`);
    if (parts.length > 0) {
      reasons.push(
        `OPPS imaging cap (Deficit Reduction Act of 2005, section 5102(b)): Medicare pays the lower of this amount and the OPPS-based amount (${parts.join(', ')})`,
      );
    }
  }
  return { nonFacility, facility, reasons };
}
