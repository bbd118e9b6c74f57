import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { codesetPath, lazyParse, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import { splitLines } from '../../shared/text.js';
import { parseGpci } from './gpci-csv.js';
import {
  ASSISTANT_MEANINGS,
  BILATERAL_MEANINGS,
  CO_SURGEON_MEANINGS,
  computePayment,
  describeIndicators,
  GLOBAL_DAYS_MEANINGS,
  IMAGING_FAMILY_MEANINGS,
  MULT_PROC_MEANINGS,
  PCTC_MEANINGS,
  STATUS_MEANINGS,
  SUPERVISION_MEANINGS,
  TEAM_MEANINGS,
} from './payment.js';
import { parsePfsRvu } from './rvu-csv.js';
import type { GpciRow, PfsRvuRow } from './types.js';

const CF = 33.4009;

/** A row like 99213 in RVU26C; tests override what they need. */
function rvuRow(overrides: Partial<PfsRvuRow> = {}): PfsRvuRow {
  return {
    hcpcs: '99213',
    modifier: '',
    description: '',
    statusCode: 'A',
    notUsedForMedicare: false,
    workRvu: 1.3,
    peNonFacilityRvu: 1.46,
    peNonFacilityNa: false,
    peFacilityRvu: 0.33,
    peFacilityNa: false,
    mpRvu: 0.09,
    nonFacilityTotal: 2.85,
    facilityTotal: 1.72,
    pctcIndicator: '0',
    globalDays: 'XXX',
    preOp: 0,
    intraOp: 0,
    postOp: 0,
    multipleProcedure: '0',
    bilateral: '0',
    assistant: '0',
    coSurgeon: '0',
    teamSurgery: '0',
    pricingIndicator: '9',
    endoscopicBase: '',
    conversionFactor: CF,
    physicianSupervisionDiagnostic: '09',
    calculationFlag: '0',
    diagnosticImagingFamily: '99',
    oppsNonFacilityPe: 0,
    oppsFacilityPe: 0,
    oppsMp: 0,
    line: 1,
    ...overrides,
  };
}

function locality(workGpci: number, peGpci: number, mpGpci: number): GpciRow {
  return {
    mac: '99999',
    state: 'ZZ',
    localityNumber: '01',
    localityName: 'TEST',
    footnoteMark: '',
    workGpci,
    peGpci,
    mpGpci,
    id: '99999-01',
    line: 1,
  };
}

const MANHATTAN = locality(1.063, 1.318, 1.285);

describe('computePayment: the formula and its rounding', () => {
  test('99213 in Manhattan: (1.30 x 1.063 + 1.46 x 1.318 + 0.09 x 1.285) x 33.4009 = 114.292201647 -> $114.29', () => {
    assert.deepEqual(computePayment(rvuRow(), MANHATTAN, CF), { nonFacility: 114.29, facility: 64.55, reasons: [] });
  });

  test('an exact half cent rounds away from zero, where naive float rounding goes down', () => {
    // (21.40 x 1.500 + 17.90 x 1.000) x 33.4009 = 50.00 x 33.4009 = 1670.045 exactly
    const row = rvuRow({ workRvu: 21.4, peNonFacilityRvu: 17.9, peFacilityRvu: 17.9, mpRvu: 0 });
    const alaskaLike = locality(1.5, 1, 0.551);
    const naive = Math.round((21.4 * 1.5 + 17.9 * 1 + 0 * 0.551) * CF * 100) / 100;
    assert.equal(naive, 1670.04, 'the float product lands below the half cent');
    assert.equal(computePayment(row, alaskaLike, CF).nonFacility, 1670.05);
    const tiny = rvuRow({ workRvu: 1, peNonFacilityRvu: 0, peFacilityRvu: 0, mpRvu: 0 });
    assert.equal(computePayment(tiny, locality(1, 1, 1), 1.005).facility, 1.01);
  });

  test('inputs with more places than published, or sums past 2^53, take the exact BigInt path', () => {
    const row = rvuRow({ workRvu: 1.005, peNonFacilityRvu: 0.5, mpRvu: 0.1 });
    assert.equal(computePayment(row, locality(1.0625, 0.9, 1), CF).nonFacility, 54.04); // 54.03639353125
    const huge = rvuRow({ workRvu: 1e7, peNonFacilityRvu: 0, peFacilityRvu: 0, mpRvu: 0 });
    assert.equal(computePayment(huge, locality(1.5, 1, 1), CF).facility, 501013500);
    const big = rvuRow({ workRvu: 300, peNonFacilityRvu: 300, mpRvu: 50 });
    assert.equal(computePayment(big, locality(1.5, 1.41, 1.285), CF).nonFacility, 31304.99);
  });

  test('an NA flag gives that setting null, with the reason', () => {
    const facilityOnly = computePayment(rvuRow({ peNonFacilityNa: true }), MANHATTAN, CF);
    assert.equal(facilityOnly.nonFacility, null);
    assert.equal(facilityOnly.facility, 64.55);
    assert.match(facilityOnly.reasons.join('\n'), /non-facility: the NA indicator is set/);
    const officeOnly = computePayment(rvuRow({ peFacilityNa: true }), MANHATTAN, CF);
    assert.equal(officeOnly.facility, null);
    assert.equal(officeOnly.nonFacility, 114.29);
    assert.match(officeOnly.reasons.join('\n'), /^facility: the NA indicator is set/);
  });

  test('statuses whose RVUs are not used for payment give null with the reason in words', () => {
    const cases: [string, RegExp][] = [
      ['B', /status B: Bundled code/],
      ['C', /status C: Contractors price the code/],
      ['E', /status E: Excluded from the physician fee schedule by regulation/],
      ['I', /status I: Not valid for Medicare purposes/],
      ['J', /status J: Anesthesia service/],
      ['M', /status M: Measurement code/],
      ['N', /status N: Non-covered service/],
      ['P', /status P: Bundled or excluded code/],
      ['X', /status X: Statutory exclusion/],
      ['Q', /status Q: status code "Q" is not described in the RVU file documentation/],
    ];
    for (const [status, reason] of cases) {
      const result = computePayment(rvuRow({ statusCode: status }), MANHATTAN, CF);
      assert.equal(result.nonFacility, null, status);
      assert.equal(result.facility, null, status);
      assert.equal(result.reasons.length, 1);
      assert.match(result.reasons[0] ?? '', reason);
      assert.match(result.reasons[0] ?? '', /Only RVUs of status A, R and T are used/);
    }
  });

  test('R and T are computed with a caveat; R without RVUs and "+" rows are not', () => {
    const t = computePayment(rvuRow({ statusCode: 'T' }), MANHATTAN, CF);
    assert.equal(t.nonFacility, 114.29);
    assert.match(t.reasons.join('\n'), /status T: paid only if no other physician fee schedule service/);
    const r = computePayment(rvuRow({ statusCode: 'R' }), MANHATTAN, CF);
    assert.equal(r.facility, 64.55);
    assert.match(r.reasons.join('\n'), /status R: restricted coverage/);
    const dental = rvuRow({
      statusCode: 'R',
      workRvu: 0,
      peNonFacilityRvu: 0,
      peFacilityRvu: 0,
      mpRvu: 0,
      nonFacilityTotal: 0,
      facilityTotal: 0,
    });
    const d = computePayment(dental, MANHATTAN, CF);
    assert.deepEqual([d.nonFacility, d.facility], [null, null]);
    assert.match(d.reasons[0] ?? '', /no RVUs on the national file: if covered, the contractor prices/);
    const plus = computePayment(rvuRow({ notUsedForMedicare: true }), MANHATTAN, CF);
    assert.deepEqual([plus.nonFacility, plus.facility], [null, null]);
  });

  test('rows under the OPPS imaging cap say so and give the OPPS-based amount', () => {
    // 70553-TC: work 0, PE 6.31 (OPPS 10.62), MP 0.03 (OPPS 0.05), facility NA
    const tc = rvuRow({
      hcpcs: '70553',
      modifier: 'TC',
      workRvu: 0,
      peNonFacilityRvu: 6.31,
      peFacilityRvu: 6.31,
      peFacilityNa: true,
      mpRvu: 0.03,
      oppsNonFacilityPe: 10.62,
      oppsFacilityPe: 10.62,
      oppsMp: 0.05,
    });
    const result = computePayment(tc, MANHATTAN, CF);
    // (6.31 x 1.318 + 0.03 x 1.285) x 33.4009 = 279.068861617; OPPS: (10.62 x 1.318 + 0.05 x 1.285) x 33.4009 = 469.663749269
    assert.equal(result.nonFacility, 279.07);
    assert.equal(result.facility, null);
    assert.match(
      result.reasons.join('\n'),
      /OPPS imaging cap .* lower of this amount and the OPPS-based amount \(non-facility \$469\.66\)/,
    );
  });

  test('bad inputs give null with the reason, never a throw', () => {
    for (const cf of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.match(computePayment(rvuRow(), MANHATTAN, cf).reasons[0] ?? '', /conversion factor .* not a positive/);
    }
    assert.match(
      computePayment(rvuRow(), locality(1, Number.NaN, 1), CF).reasons[0] ?? '',
      /locality 99999-01 has a GPCI that is not a non-negative number/,
    );
    assert.match(computePayment(rvuRow({ workRvu: -1 }), MANHATTAN, CF).reasons[0] ?? '', /RVU that is not/);
  });
});

describe('indicator meanings', () => {
  test('describeIndicators names every coded column of a row in words', () => {
    const d = describeIndicators(rvuRow({ pctcIndicator: '1', globalDays: '090', multipleProcedure: '4' }));
    assert.equal(d.status.code, 'A');
    assert.match(d.status.meaning, /^Active code/);
    assert.match(d.pctc.meaning, /professional and technical components/);
    assert.match(d.globalDays.meaning, /90-day postoperative period/);
    assert.match(d.multipleProcedure.meaning, /imaging/);
    assert.match(d.bilateral.meaning, /150% bilateral adjustment does not apply/);
    assert.match(d.physicianSupervision.meaning, /Concept does not apply/);
    assert.match(describeIndicators(rvuRow({ teamSurgery: '8' })).teamSurgery.meaning, /"8" is not described/);
  });
});

// The 30 figures below are worked out in the test itself from the raw CSV cells (lines split here on commas,
// independent of the parsers) in exact decimal arithmetic: RVUs have 2 places, GPCIs 3, the CF 4, so the sum of
// products times the CF is an integer number of billionths of a dollar, rounded half up to the cent.
const RVU_FILE = 'pfs/2026-rvu26c/PPRRVU2026_Jul_nonQPP.csv';
const GPCI_FILE = 'pfs/2026-rvu26c/GPCI2026.csv';

type Setting = 'nonFacility' | 'facility';
const FIGURES: readonly [code: string, modifier: string, localityName: string, setting: Setting][] = [
  ['99213', '', 'MANHATTAN', 'nonFacility'],
  ['99213', '', 'MANHATTAN', 'facility'],
  ['99213', '', 'ALABAMA', 'nonFacility'],
  ['99214', '', 'ALASKA*', 'nonFacility'],
  ['99214', '', 'ALASKA*', 'facility'],
  ['99283', '', 'REST OF TEXAS', 'facility'],
  ['27447', '', 'SAN FRANCISCO-OAKLAND-BERKELEY (SAN FRANCISCO/SAN MATEO/ALAMEDA/CONTRA COSTA CNTY)', 'facility'],
  ['27447', '', 'PUERTO RICO', 'facility'],
  ['70553', '', 'MIAMI', 'nonFacility'],
  ['70553', '26', 'MIAMI', 'nonFacility'],
  ['70553', '26', 'MIAMI', 'facility'],
  ['70553', 'TC', 'MIAMI', 'nonFacility'],
  ['71046', '', 'CHICAGO', 'nonFacility'],
  ['71046', '26', 'CHICAGO', 'facility'],
  ['71046', 'TC', 'REST OF CALIFORNIA', 'nonFacility'],
  ['93000', '', 'METROPOLITAN BOSTON', 'nonFacility'],
  ['93010', '', 'METROPOLITAN BOSTON', 'facility'],
  ['93005', '', 'VIRGIN ISLANDS', 'nonFacility'],
  ['45378', '', 'QUEENS', 'nonFacility'],
  ['45378', '', 'QUEENS', 'facility'],
  ['45378', '53', 'QUEENS', 'facility'],
  ['G0105', '53', 'SEATTLE (KING CNTY)', 'nonFacility'],
  ['20610', '', 'HOUSTON', 'nonFacility'],
  ['20610', '', 'HOUSTON', 'facility'],
  ['11042', '', 'DETROIT', 'facility'],
  ['96372', '', 'MINNESOTA', 'nonFacility'],
  ['36598', '', 'WYOMING**', 'nonFacility'],
  ['11055', '', 'NEVADA', 'nonFacility'],
  ['99291', '', 'MANHATTAN', 'facility'],
  ['33533', '', 'SAN JOSE-SUNNYVALE-SANTA CLARA (SANTA CLARA CNTY)', 'facility'],
];

/** "1.30" -> 130n when it has exactly `places` decimals. */
function fixedPoint(text: string, places: number): bigint {
  assert.match(text, new RegExp(`^\\d+\\.\\d{${places}}$`), `"${text}" has ${places} decimals`);
  return BigInt(text.replace('.', ''));
}

/** Dollars and cents as text, e.g. "114.29". */
function byHand(rvu: readonly string[], gpci: readonly string[], setting: Setting): string {
  const work = fixedPoint(rvu[5] ?? '', 2);
  const pe = fixedPoint((setting === 'nonFacility' ? rvu[6] : rvu[8]) ?? '', 2);
  const mp = fixedPoint(rvu[10] ?? '', 2);
  const cf = fixedPoint(rvu[25] ?? '', 4);
  const [gw, gp, gm] = [gpci[4], gpci[5], gpci[6]].map((g) => fixedPoint(g ?? '', 3)) as [bigint, bigint, bigint];
  const billionths = (work * gw + pe * gp + mp * gm) * cf;
  const cents = (billionths + 5_000_000n) / 10_000_000n;
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

describe('computePayment against figures worked out by hand from the RVU26C and GPCI2026 files', () => {
  const skip = skipUnlessCodesets(RVU_FILE, GPCI_FILE);
  const rvu = lazyParse(RVU_FILE, parsePfsRvu, 'latin1');
  const gpci = lazyParse(GPCI_FILE, parseGpci, 'latin1');
  const rawLines = (relative: string): string[][] =>
    splitLines(readFileSync(codesetPath(relative), 'latin1'))
      .filter((line) => !line.includes('"'))
      .map((line) => line.split(','));

  test('30 figures agree to the cent', { skip }, (t) => {
    const rvuCells = rawLines(RVU_FILE).filter((f) => f.length === 32);
    const gpciCells = rawLines(GPCI_FILE).filter((f) => f.length === 7 && /^\d{5}$/.test(f[0] ?? ''));
    const lines: string[] = [];
    for (const [code, modifier, localityName, setting] of FIGURES) {
      const rawRvu = rvuCells.filter((f) => f[0] === code && f[1] === modifier);
      const rawGpci = gpciCells.filter((f) => f[3] === localityName);
      assert.equal(rawRvu.length, 1, `${code}-${modifier} once in the raw file`);
      assert.equal(rawGpci.length, 1, `${localityName} once in the raw file`);
      const [rvuFields, gpciFields] = [rawRvu[0] ?? [], rawGpci[0] ?? []];
      assert.equal(rvuFields[setting === 'nonFacility' ? 7 : 9], '', 'no NA flag for this setting');
      const expected = byHand(rvuFields, gpciFields, setting);
      const row = rvu().value.records.find((r) => r.hcpcs === code && r.modifier === modifier) as PfsRvuRow;
      const place = gpci().value.records.find(
        (g) => g.mac === gpciFields[0] && g.state === gpciFields[1] && g.localityNumber === gpciFields[2],
      ) as GpciRow;
      const actual = computePayment(row, place, rvu().value.conversionFactor ?? Number.NaN)[setting];
      assert.equal(actual?.toFixed(2), expected, `${code}-${modifier || 'global'} ${localityName} ${setting}`);
      assert.equal(actual, Number(expected));
      lines.push(`${code}${modifier ? `-${modifier}` : ''} ${place.id} ${setting} $${expected}`);
    }
    assert.equal(lines.length, 30);
    t.diagnostic(lines.join('; '));
  });

  test('with every GPCI at 1.000 the amount is the file total x CF, for every payable row', { skip }, () => {
    const unit = locality(1, 1, 1);
    let checked = 0;
    for (const row of rvu().value.records) {
      const result = computePayment(row, unit, CF);
      for (const [setting, total, na] of [
        ['nonFacility', row.nonFacilityTotal, row.peNonFacilityNa],
        ['facility', row.facilityTotal, row.peFacilityNa],
      ] as const) {
        const amount = result[setting];
        if (amount === null) {
          assert.ok(na || !['A', 'R', 'T'].includes(row.statusCode) || row.notUsedForMedicare || total === 0);
          continue;
        }
        const cents = (BigInt(Math.round(total * 100)) * 334009n + 5_000n) / 10_000n;
        assert.equal(Math.round(amount * 100), Number(cents), `${row.hcpcs}-${row.modifier} ${setting}`);
        checked++;
      }
    }
    // counted in the raw file: settings without NA of A/R/T rows without "+", less R rows with no RVUs
    assert.equal(checked, 12710);
  });

  test('real rows: B, C, N, E statuses give null with a reason; facility NA gives facility null', { skip }, () => {
    const { records } = rvu().value;
    const manhattan = gpci().value.records.find((g) => g.id === '13202-01') as GpciRow;
    for (const [status, words] of [
      ['B', /Bundled/],
      ['C', /Contractors price/],
      ['N', /Non-covered/],
      ['E', /Excluded/],
    ] as const) {
      const row = records.find((r) => r.statusCode === status) as PfsRvuRow;
      const result = computePayment(row, manhattan, CF);
      assert.deepEqual([result.nonFacility, result.facility], [null, null], `${row.hcpcs} status ${status}`);
      assert.match(result.reasons[0] ?? '', words);
    }
    const b36000 = computePayment(records.find((r) => r.hcpcs === '36000') as PfsRvuRow, manhattan, CF);
    assert.equal(b36000.nonFacility, null, '36000 is B although the file shows RVUs for it');
    const mri = computePayment(
      records.find((r) => r.hcpcs === '70553' && r.modifier === '') as PfsRvuRow,
      manhattan,
      CF,
    );
    assert.equal(mri.facility, null);
    assert.notEqual(mri.nonFacility, null);
    const knee = computePayment(records.find((r) => r.hcpcs === '27447') as PfsRvuRow, manhattan, CF);
    assert.equal(knee.nonFacility, null);
    assert.notEqual(knee.facility, null);
  });

  test('every code in the file has a meaning in the indicator tables', { skip }, () => {
    const tables: [keyof PfsRvuRow, Readonly<Record<string, string>>][] = [
      ['statusCode', STATUS_MEANINGS],
      ['pctcIndicator', PCTC_MEANINGS],
      ['globalDays', GLOBAL_DAYS_MEANINGS],
      ['multipleProcedure', MULT_PROC_MEANINGS],
      ['bilateral', BILATERAL_MEANINGS],
      ['assistant', ASSISTANT_MEANINGS],
      ['coSurgeon', CO_SURGEON_MEANINGS],
      ['teamSurgery', TEAM_MEANINGS],
      ['physicianSupervisionDiagnostic', SUPERVISION_MEANINGS],
      ['diagnosticImagingFamily', IMAGING_FAMILY_MEANINGS],
    ];
    for (const [field, table] of tables) {
      const codes = new Set(rvu().value.records.map((r) => String(r[field])));
      assert.deepEqual(
        [...codes].filter((c) => !Object.hasOwn(table, c)),
        [],
        field,
      );
    }
  });

  test('throughput: every row in 5 localities, in process', { skip }, (t) => {
    const { records } = rvu().value;
    const places = gpci().value.records.slice(0, 5);
    let calls = 0;
    let amounts = 0;
    const start = performance.now();
    for (let rep = 0; rep < 3; rep++) {
      for (const row of records) {
        for (const place of places) {
          const result = computePayment(row, place, CF);
          calls++;
          if (result.nonFacility !== null) amounts++;
        }
      }
    }
    const ms = performance.now() - start;
    t.diagnostic(
      `${calls} computePayment calls in ${Math.round(ms)} ms: ${Math.round((calls / ms) * 1000)} per second`,
    );
    assert.equal(calls, records.length * 15);
    assert.ok(amounts > 0);
  });
});
