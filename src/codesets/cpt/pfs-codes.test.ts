import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isAppError } from '../../shared/errors.js';
import { codesetPath, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import { decodeText } from '../../shared/text.js';
import { parsePfsCodeNumbers } from './pfs-codes.js';

function fixture(name: string): string {
  return decodeText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

describe('parsePfsCodeNumbers on a hand-made extract', () => {
  test('finds the stacked header and reads code, modifier, status and description', () => {
    const { records } = parsePfsCodeNumbers(fixture('pfs-small.csv'), 'pfs-small.csv');
    assert.deepEqual(
      records.map((r) => [r.code, r.modifier, r.isCpt, r.statusCode, r.line]),
      [
        ['99990', '', true, 'A', 7],
        ['99990', '26', true, 'A', 8],
        ['99990', 'TC', true, 'A', 9],
        ['9999F', '', true, 'I', 10],
        ['A4719', '', false, 'X', 11],
        ['A4407', '', false, 'X', 12],
        ['J2505', '', false, 'E', 13],
      ],
    );
    assert.deepEqual(
      records.map((r) => r.description),
      ['', '', '', '', '"y set" tubing', 'Ext wear ost skn barr <=4sq"', 'Injection, pegfilgrastim 6mg'],
    );
  });

  test('bad rows become issues with their line numbers; empty rows are skipped', () => {
    const { issues } = parsePfsCodeNumbers(fixture('pfs-small.csv'), 'pfs-small.csv');
    assert.deepEqual(
      issues.map((i) => [i.line, i.field ?? null]),
      [
        [15, null],
        [16, 'HCPCS'],
        [17, 'MOD'],
        [18, 'STATUS CODE'],
      ],
    );
    assert.match(issues[0]?.message ?? '', /quoted field is not closed/);
  });

  test('a file without the PFS header is refused with CODESET_NOT_RECOGNIZED', () => {
    assert.throws(
      () => parsePfsCodeNumbers('MAC,State,Locality Number,Locality Name\n01112,CA,05,SAN FRANCISCO\n', 'GPCI.csv'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED' && /GPCI\.csv/.test(e.message),
    );
  });
});

describe('parsePfsCodeNumbers on the RVU26C national file', () => {
  const relative = 'pfs/2026-rvu26c/PPRRVU2026_Jul_nonQPP.csv';
  const skip = skipUnlessCodesets(relative);

  test('19,356 rows, 13,110 CPT rows, 17,096 distinct codes; CPT descriptions are empty', { skip }, () => {
    const { records, issues } = parsePfsCodeNumbers(decodeText(readFileSync(codesetPath(relative))), relative);
    assert.deepEqual(issues, []);
    assert.equal(records.length, 19356);
    const cpt = records.filter((r) => r.isCpt);
    assert.equal(cpt.length, 13110);
    assert.equal(new Set(records.map((r) => r.code)).size, 17096);
    assert.deepEqual(
      cpt.filter((r) => r.description !== ''),
      [],
    );
    const statuses = new Map<string, number>();
    for (const r of records) statuses.set(r.statusCode, (statuses.get(r.statusCode) ?? 0) + 1);
    assert.equal(statuses.get('A'), 9408);
    assert.equal(statuses.get('X'), 2574);
    assert.deepEqual(records[0], {
      code: '0001F',
      modifier: '',
      isCpt: true,
      description: '',
      statusCode: 'I',
      line: 11,
    });
    const levelTwo = records.find((r) => r.code === 'A4719');
    assert.equal(levelTwo?.description, '"y set" tubing');
    assert.equal(records.filter((r) => r.modifier === '26').length, 1138);
  });
});
