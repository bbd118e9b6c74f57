import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isAppError } from '../../shared/errors.js';
import { lazyParse } from '../../shared/test-support/codesets.js';
import { describeOnFiles } from '../../shared/test-support/excerpts.js';
import { decodeText } from '../../shared/text.js';
import { isCptCode } from '../cpt/index.js';
import { parsePfsRvu } from './rvu-csv.js';
import type { PfsRvuRow } from './types.js';

function fixture(name: string): string {
  return decodeText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

describe('parsePfsRvu on a hand-made extract in the RVU26C layout', () => {
  const parsed = parsePfsRvu(fixture('rvu-small.csv'), 'rvu-small.csv');

  test('finds the stacked header, reads every row after it, and the release line, title and CF above', () => {
    assert.deepEqual(
      parsed.records.map((r) => [r.hcpcs, r.modifier, r.statusCode, r.line]),
      [
        ['00100', '', 'J', 11],
        ['22526', '', 'N', 12],
        ['36000', '', 'B', 13],
        ['70553', '', 'A', 14],
        ['70553', '26', 'A', 15],
        ['70553', 'TC', 'A', 16],
        ['99213', '', 'A', 17],
        ['G0105', '', 'A', 18],
        ['G0105', '53', 'A', 19],
        ['G0438', '', 'A', 20],
        ['99211', '', 'A', 27],
      ],
    );
    assert.equal(parsed.releaseNote, 'RELEASED 06/30/2026');
    assert.equal(parsed.title, '2026 National Physician Fee Schedule Relative Value File July Release');
    assert.equal(parsed.conversionFactor, 33.4009);
  });

  test('keeps every column, typed: numbers, NA and "+" flags as booleans, indicators as the text of the file', () => {
    assert.deepEqual(
      parsed.records.find((r) => r.hcpcs === '70553' && r.modifier === 'TC'),
      {
        hcpcs: '70553',
        modifier: 'TC',
        description: '',
        statusCode: 'A',
        notUsedForMedicare: false,
        workRvu: 0,
        peNonFacilityRvu: 6.31,
        peNonFacilityNa: false,
        peFacilityRvu: 6.31,
        peFacilityNa: true,
        mpRvu: 0.03,
        nonFacilityTotal: 6.34,
        facilityTotal: 6.34,
        pctcIndicator: '1',
        globalDays: 'XXX',
        preOp: 0,
        intraOp: 0,
        postOp: 0,
        multipleProcedure: '4',
        bilateral: '0',
        assistant: '0',
        coSurgeon: '0',
        teamSurgery: '0',
        pricingIndicator: '9',
        endoscopicBase: '',
        conversionFactor: 33.4009,
        physicianSupervisionDiagnostic: '02',
        calculationFlag: '0',
        diagnosticImagingFamily: '88',
        oppsNonFacilityPe: 10.62,
        oppsFacilityPe: 10.62,
        oppsMp: 0.05,
        line: 16,
      },
    );
    const g22526 = parsed.records.find((r) => r.hcpcs === '22526') as PfsRvuRow;
    assert.equal(g22526.notUsedForMedicare, true);
    assert.equal(g22526.globalDays, '010');
    assert.deepEqual([g22526.preOp, g22526.intraOp, g22526.postOp], [0.1, 0.8, 0.1]);
  });

  test('modifier rows stay distinct; descriptions are taken as shipped (empty for CPT, quoted commas kept)', () => {
    const g0105 = parsed.records.filter((r) => r.hcpcs === 'G0105');
    assert.deepEqual(
      g0105.map((r) => [r.modifier, r.workRvu, r.mpRvu]),
      [
        ['', 3.18, 0.41],
        ['53', 1.59, 0.2],
      ],
    );
    assert.equal(parsed.records.find((r) => r.hcpcs === 'G0438')?.description, 'Ppps, initial visit');
    assert.equal(parsed.records.find((r) => r.hcpcs === '99213')?.description, '');
  });

  test('bad rows become issues with line and field and are skipped; the empty row is skipped silently', () => {
    assert.deepEqual(
      parsed.issues.map((i) => [i.file, i.line, i.field ?? null]),
      [
        ['rvu-small.csv', 22, 'NON-FAC PE RVU'],
        ['rvu-small.csv', 23, null],
        ['rvu-small.csv', 24, null],
        ['rvu-small.csv', 25, 'HCPCS'],
        ['rvu-small.csv', 26, 'FACILITY NA INDICATOR'],
        ['rvu-small.csv', 27, 'CONV FACTOR'],
      ],
    );
    const messages = parsed.issues.map((i) => i.message);
    assert.match(messages[0] ?? '', /"2\.1O" is not a number/);
    assert.match(messages[1] ?? '', /quoted field is not closed/);
    assert.match(messages[2] ?? '', /expected 32 fields, found 7/);
    assert.match(messages[3] ?? '', /"9921" is not a HCPCS or CPT code/);
    assert.match(messages[4] ?? '', /"YES" is neither blank nor "NA"/);
    assert.match(messages[5] ?? '', /33\.5675 differs from 33\.4009.*row kept/);
  });

  test('a file that is not the relative value file is refused with CODESET_NOT_RECOGNIZED', () => {
    for (const [text, name] of [
      [fixture('gpci-small.csv'), 'GPCI.csv'],
      ['', 'empty.csv'],
    ] as const) {
      assert.throws(
        () => parsePfsRvu(text, name),
        (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED' && e.message.includes(name),
      );
    }
    const withoutOpps = fixture('rvu-small.csv').replace(/MP USED/, 'MP');
    assert.throws(
      () => parsePfsRvu(withoutOpps, 'old.csv'),
      (e: unknown) => isAppError(e) && /lacks the column\(s\) MP USED FOR OPPS PAYMENT AMOUNT/.test(e.message),
    );
  });
});

// the rows it names are also read from the excerpt of the file; counts are the official file's
describeOnFiles('parsePfsRvu on the RVU26C national file (July 2026, non-QP)', [], (files) => {
  const relative = 'pfs/2026-rvu26c/PPRRVU2026_Jul_nonQPP.csv';
  const skip = files.skip(relative);
  const load = lazyParse(relative, parsePfsRvu, 'latin1', files.path);

  test('19,356 rows without an issue, 17,096 distinct codes, CF 33.4009, released 06/30/2026', {
    skip: skip || files.onlyOfficial,
  }, (t) => {
    const { value, parseMs } = load();
    t.diagnostic(`PPRRVU2026_Jul_nonQPP.csv parsed in ${parseMs} ms`);
    assert.deepEqual(value.issues, []);
    assert.equal(value.records.length, 19356);
    assert.equal(new Set(value.records.map((r) => r.hcpcs)).size, 17096);
    assert.equal(value.conversionFactor, 33.4009);
    assert.equal(value.releaseNote, 'RELEASED 06/30/2026');
    assert.equal(value.records[0]?.hcpcs, '0001F');
    assert.equal(value.records[0]?.line, 11);
  });

  test('status, modifier, NA and "+" counts as MANIFEST.md and a count of the raw file give them', {
    skip: skip || files.onlyOfficial,
  }, () => {
    const { records } = load().value;
    const countBy = (f: (r: PfsRvuRow) => string): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const r of records) out[f(r)] = (out[f(r)] ?? 0) + 1;
      return out;
    };
    assert.deepEqual(
      countBy((r) => r.statusCode),
      {
        A: 9408,
        X: 2574,
        I: 1437,
        C: 1411,
        E: 1294,
        M: 1292,
        R: 1082,
        N: 350,
        J: 276,
        P: 144,
        B: 80,
        T: 8,
      },
    );
    assert.deepEqual(
      countBy((r) => r.modifier),
      { '': 17095, '26': 1138, TC: 1119, '53': 4 },
    );
    assert.equal(records.filter((r) => r.peNonFacilityNa).length, 4077);
    assert.equal(records.filter((r) => r.peFacilityNa).length, 2861);
    assert.equal(records.filter((r) => r.notUsedForMedicare).length, 158);
    assert.deepEqual(
      countBy((r) => String(r.conversionFactor)),
      { '33.4009': 19356 },
    );
  });

  test('rows per modifier stay distinct: 70553 global, 26 and TC; 45378 and 45378-53', { skip }, () => {
    const { records } = load().value;
    const of = (code: string) => records.filter((r) => r.hcpcs === code);
    assert.deepEqual(
      of('70553').map((r) => [r.modifier, r.workRvu, r.peNonFacilityRvu, r.mpRvu, r.peFacilityNa]),
      [
        ['', 2.23, 7.1, 0.16, true],
        ['26', 2.23, 0.79, 0.13, false],
        ['TC', 0, 6.31, 0.03, true],
      ],
    );
    assert.deepEqual(
      of('45378').map((r) => [r.modifier, r.workRvu, r.nonFacilityTotal]),
      [
        ['', 3.18, 11.32],
        ['53', 1.59, 5.67],
      ],
    );
    const keys = new Set(records.map((r) => `${r.hcpcs}|${r.modifier}`));
    assert.equal(keys.size, records.length, 'each code and modifier once');
  });

  test('CPT (and CDT) descriptions are empty; Level II descriptions are kept', { skip }, () => {
    const { records } = load().value;
    const cpt = records.filter((r) => isCptCode(r.hcpcs));
    if (files.official) assert.equal(cpt.length, 13110);
    assert.deepEqual(
      cpt.filter((r) => r.description !== ''),
      [],
    );
    assert.equal(records.filter((r) => /^D\d{4}$/.test(r.hcpcs) && r.description !== '').length, 0);
    assert.equal(records.find((r) => r.hcpcs === 'G0438')?.description, 'Ppps, initial visit');
    assert.equal(records.find((r) => r.hcpcs === 'A4719')?.description, '"y set" tubing');
  });
});
