import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isAppError } from '../../shared/errors.js';
import { lazyParse } from '../../shared/test-support/codesets.js';
import { describeOnFiles, lineOf } from '../../shared/test-support/excerpts.js';
import { decodeText } from '../../shared/text.js';
import { parseGpci } from './gpci-csv.js';

function fixture(name: string): string {
  return decodeText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

describe('parseGpci on a hand-made extract of Addendum E', () => {
  const parsed = parseGpci(fixture('gpci-small.csv'), 'gpci-small.csv');

  test('reads each locality with its id, GPCIs as numbers, and pads short numbers', () => {
    assert.deepEqual(
      parsed.records.map((r) => [r.id, r.state, r.localityName, r.workGpci, r.peGpci, r.mpGpci, r.line]),
      [
        ['10112-00', 'AL', 'ALABAMA', 1, 0.875, 0.566, 4],
        ['02102-01', 'AK', 'ALASKA', 1.5, 1.065, 0.551, 5],
        [
          '01112-05',
          'CA',
          'SAN FRANCISCO-OAKLAND-BERKELEY (SAN FRANCISCO/SAN MATEO/ALAMEDA/CONTRA COSTA CNTY)',
          1.095,
          1.41,
          0.425,
          6,
        ],
        ['13202-01', 'NY', 'MANHATTAN', 1.063, 1.318, 1.285, 7],
        ['03202-00', 'MT', 'MONTANA', 1, 1, 0.551, 8],
        ['03202-00', 'WY', 'WYOMING', 1, 1, 0.551, 9],
      ],
    );
    assert.equal(parsed.title?.startsWith('ADDENDUM E. FINAL CY 2026'), true);
    assert.equal(parsed.year, 2026);
  });

  test('footnote rows are notes, not issues; the asterisks after a name point to their footnote', () => {
    assert.deepEqual(parsed.notes, [
      '*Work GPCI reflects a 1.5 floor in Alaska established by the MIPPA.',
      '**PE GPCI reflects a 1.0 floor for frontier states established by the ACA.',
      '***Note: The work GPCI floor of 1.0 that was applied in previous updates was extended through January 1, 2027.',
    ]);
    const alaska = parsed.records.find((r) => r.state === 'AK');
    assert.equal(alaska?.footnoteMark, '*');
    assert.equal(alaska?.footnote, 'Work GPCI reflects a 1.5 floor in Alaska established by the MIPPA.');
    assert.equal(parsed.records.find((r) => r.state === 'MT')?.footnote?.startsWith('PE GPCI reflects'), true);
    assert.equal('footnote' in (parsed.records.find((r) => r.state === 'AL') ?? {}), false);
  });

  test('bad rows and repeated ids become issues with line and field', () => {
    assert.deepEqual(
      parsed.issues.map((i) => [i.line, i.field ?? null]),
      [
        [9, 'id'],
        [10, 'PE GPCI'],
        [11, 'State'],
      ],
    );
    assert.match(parsed.issues[0]?.message ?? '', /03202-00 \(WY WYOMING\) repeats the id of line 8/);
    assert.match(parsed.issues[1]?.message ?? '', /"1\.2l8" is not a number/);
    assert.match(parsed.issues[2]?.message ?? '', /"NEW YORK" is not a state abbreviation/);
  });

  test('a file without the GPCI header is refused with CODESET_NOT_RECOGNIZED', () => {
    assert.throws(
      () => parseGpci(fixture('anes-small.csv'), 'ANES.csv'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED' && e.message.includes('ANES.csv'),
    );
  });
});

// the localities it names are also read from the excerpt of the file; counts and repeats are the official file's
describeOnFiles('parseGpci on GPCI2026.csv (RVU26C package)', [], (files) => {
  const relative = 'pfs/2026-rvu26c/GPCI2026.csv';
  const skip = files.skip(relative);
  const load = lazyParse(relative, parseGpci, 'latin1', files.path);

  test('exactly 98 localities; the footnotes are notes', { skip: skip || files.onlyOfficial }, (t) => {
    const { value, parseMs } = load();
    t.diagnostic(`GPCI2026.csv parsed in ${parseMs} ms`);
    assert.equal(value.records.length, 98);
    assert.equal(value.year, 2026);
    assert.equal(value.notes.length, 5);
    assert.match(value.notes[2] ?? '', /^\*\*\*Note: The work GPCI floor of 1\.0/);
  });

  test('Manhattan is 13202-01 with PW 1.063, PE 1.318, MP 1.285; Alaska carries the 1.5 floor', { skip }, () => {
    const { records } = load().value;
    const manhattan = records.filter((r) => r.localityName === 'MANHATTAN');
    const line = files.official ? 69 : lineOf(files, relative, '13202,NY,01,');
    assert.equal(manhattan.length, 1);
    assert.deepEqual(manhattan[0], {
      mac: '13202',
      state: 'NY',
      localityNumber: '01',
      localityName: 'MANHATTAN',
      footnoteMark: '',
      workGpci: 1.063,
      peGpci: 1.318,
      mpGpci: 1.285,
      id: '13202-01',
      line,
    });
    const alaska = records.find((r) => r.id === '02102-01');
    assert.equal(alaska?.workGpci, 1.5);
    assert.match(alaska?.footnote ?? '', /1\.5 floor in Alaska/);
  });

  test('the staged file repeats two ids (CT/IA 05102-00, SD/UT 03502-00): reported, both rows kept', {
    skip: skip || files.onlyOfficial,
  }, () => {
    const { records, issues } = load().value;
    assert.deepEqual(
      issues.map((i) => [i.line, i.field]),
      [
        [44, 'id'],
        [92, 'id'],
      ],
    );
    assert.equal(new Set(records.map((r) => r.id)).size, 96);
  });
});
