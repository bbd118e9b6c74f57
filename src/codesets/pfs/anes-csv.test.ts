import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isAppError } from '../../shared/errors.js';
import { lazyParse } from '../../shared/test-support/codesets.js';
import { describeOnFiles } from '../../shared/test-support/excerpts.js';
import { decodeText } from '../../shared/text.js';
import { parseAnesthesiaCf, parseAnesthesiaCfTxt } from './anes-csv.js';

function fixture(name: string): string {
  return decodeText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

describe('parseAnesthesiaCf on a hand-made extract of ANES2025.csv', () => {
  const parsed = parseAnesthesiaCf(fixture('anes-small.csv'), 'anes-small.csv');

  test('reads contractor, locality, name and CF (cells padded with a space), and the national CF of the header', () => {
    assert.equal(parsed.nationalConversionFactor, 20.3178);
    assert.deepEqual(
      parsed.records.map((r) => [r.id, r.localityName, r.footnoteMark, r.conversionFactor, r.line]),
      [
        ['10112-00', 'ALABAMA', '', 19.31, 2],
        ['02102-01', 'ALASKA', '*', 27.86, 3],
        [
          '01112-05',
          'SAN FRANCISCO-OAKLAND-BERKELEY (SAN FRANCISCO/SAN MATEO/ALAMEDA/CONTRA COSTA CNTY)',
          '',
          22.37,
          4,
        ],
        ['01212-01', 'HAWAII, GUAM', '', 20.24, 5],
        ['13202-01', 'MANHATTAN', '', 22.76, 6],
        ['03602-21', 'WYOMING', '**', 19.97, 9],
      ],
    );
  });

  test('bad rows become issues with line and field; the empty last row is skipped', () => {
    assert.deepEqual(
      parsed.issues.map((i) => [i.file, i.line, i.field]),
      [
        ['anes-small.csv', 7, 'Anes CF'],
        ['anes-small.csv', 8, 'Contractor'],
      ],
    );
    assert.match(parsed.issues[0]?.message ?? '', /"n\/a" is not a number/);
  });

  test('the TXT twin reads the same localities (names cut to 40 characters, CF in cents, Ctrl-Z at the end)', () => {
    const txt = parseAnesthesiaCfTxt(fixture('anes-small.txt'), 'anes-small.txt');
    assert.deepEqual(
      txt.records.map((r) => [r.id, r.localityName, r.conversionFactor, r.line]),
      [
        ['10112-00', 'ALABAMA', 19.31, 1],
        ['02102-01', 'ALASKA', 27.86, 2],
        ['01112-05', 'SAN FRANCISCO-OAKLAND-BERKELEY (SAN FRAN', 22.37, 3],
        ['01212-01', 'HAWAII, GUAM', 20.24, 4],
        ['13202-01', 'MANHATTAN', 22.76, 5],
        ['03602-21', 'WYOMING', 19.97, 7],
      ],
    );
    assert.deepEqual(
      txt.issues.map((i) => [i.line, i.field]),
      [[6, 'Anes CF']],
    );
    assert.equal(txt.nationalConversionFactor, undefined);
  });

  test('files of another format are refused with CODESET_NOT_RECOGNIZED', () => {
    assert.throws(
      () => parseAnesthesiaCf(fixture('gpci-small.csv'), 'GPCI.csv'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED' && e.message.includes('GPCI.csv'),
    );
    assert.throws(
      () => parseAnesthesiaCfTxt(fixture('anes-small.csv'), 'ANES.csv'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});

// the localities it names are also read from the excerpt of the CSV; counts and the TXT twin are the official files'
describeOnFiles('parseAnesthesiaCf on ANES2025 (RVU25A package)', [], (files) => {
  const csv = 'pfs/2025-rvu25a/ANES2025.csv';
  const txt = 'pfs/2025-rvu25a/ANES2025.txt';
  const skip = files.skip(csv, txt);
  const loadCsv = lazyParse(csv, parseAnesthesiaCf, 'latin1', files.path);
  const loadTxt = lazyParse(txt, parseAnesthesiaCfTxt, 'latin1', files.path);

  test('109 localities, no issue, national anesthesia CF 20.3178; Manhattan 22.76', { skip }, (t) => {
    const { value, parseMs } = loadCsv();
    t.diagnostic(`ANES2025.csv parsed in ${parseMs} ms`);
    assert.deepEqual(value.issues, []);
    if (files.official) {
      assert.equal(value.records.length, 109);
      assert.equal(new Set(value.records.map((r) => r.id)).size, 109);
    }
    assert.equal(value.nationalConversionFactor, 20.3178);
    assert.equal(value.records.find((r) => r.localityName === 'MANHATTAN')?.conversionFactor, 22.76);
    assert.equal(value.records.find((r) => r.id === '02102-01')?.conversionFactor, 27.86);
  });

  test('the TXT twin has the same 109 localities with the same conversion factors, in the same order', {
    skip: skip || files.onlyOfficial,
  }, () => {
    const a = loadCsv().value.records;
    const b = loadTxt().value;
    assert.deepEqual(b.issues, []);
    assert.deepEqual(
      b.records.map((r) => [r.id, r.conversionFactor]),
      a.map((r) => [r.id, r.conversionFactor]),
    );
    const differ = b.records.filter((r, i) => r.localityName !== a[i]?.localityName);
    for (const r of differ) {
      const full = a.find((x) => x.id === r.id)?.localityName ?? '';
      assert.equal(r.localityName, full.slice(0, 40).trimEnd(), `${r.id}: the TXT name is the CSV name cut to 40`);
    }
    assert.equal(differ.length, 5);
  });
});
