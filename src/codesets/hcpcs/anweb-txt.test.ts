import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isAppError } from '../../shared/errors.js';
import { decodeText } from '../../shared/text.js';
import { parseHcpcsAnweb } from './anweb-txt.js';

function fixture(name: string): string {
  return decodeText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

describe('parseHcpcsAnweb on hand-made fixtures', () => {
  test('reads codes and a modifier, joins continuation lines, skips the disclaimer and blank lines', () => {
    const { records, issues } = parseHcpcsAnweb(fixture('anweb-basic.txt'), 'anweb-basic.txt');
    assert.deepEqual(issues, []);
    assert.deepEqual(
      records.map((r) => [r.kind, r.code, r.line]),
      [
        ['modifier', 'AB', 5],
        ['code', 'G0417', 7],
        ['code', 'J2505', 9],
      ],
    );
  });

  test('a continuation adds its text after one space; its leading space (a double space in the text) is kept', () => {
    const { records } = parseHcpcsAnweb(fixture('anweb-basic.txt'), 'anweb-basic.txt');
    const byCode = new Map(records.map((r) => [r.code, r]));
    assert.equal(
      byCode.get('G0417')?.longDescription,
      'Surgical pathology, gross and microscopic examination, for prostate needle biopsy, any method, 21-40 specimens',
    );
    assert.equal(
      byCode.get('AB')?.longDescription,
      'Audiology service furnished personally by an audiologist without a  physician/npp order for non-acute hearing assessment',
    );
  });

  test('maps every field by position and writes dates as YYYY-MM-DD', () => {
    const { records } = parseHcpcsAnweb(fixture('anweb-basic.txt'), 'anweb-basic.txt');
    assert.deepEqual(
      records.find((r) => r.code === 'J2505'),
      {
        code: 'J2505',
        kind: 'code',
        longDescription: 'Injection, pegfilgrastim, 6 mg',
        shortDescription: 'Injection, pegfilgrastim 6mg',
        pricing: ['51'],
        multiplePricing: 'A',
        coverage: 'C',
        betos: 'O1E',
        typeOfService: ['1', 'P'],
        cim: [],
        mcm: ['2049'],
        statute: '1833(t)',
        labCertification: [],
        crossReference: [],
        ascGroup: 'YY',
        ascEffectiveDate: '2008-01-01',
        anesthesiaUnits: '0',
        addDate: '2004-01-01',
        actionEffectiveDate: '2025-01-01',
        terminationDate: '2025-12-31',
        actionCode: 'D',
        line: 9,
      },
    );
    const g0417 = records.find((r) => r.code === 'G0417');
    assert.deepEqual(g0417?.labCertification, ['630']);
    assert.deepEqual(g0417?.crossReference, ['88305']);
    assert.equal(g0417?.processingNote, '0123');
    const ab = records.find((r) => r.code === 'AB');
    assert.equal(ab?.shortDescription, 'Aud svs w/o order evry 12mo');
    assert.deepEqual(ab?.pricing, []);
    assert.equal(ab?.betos, undefined);
    assert.equal('betos' in (ab ?? {}), false, 'absent optional fields are absent keys');
  });

  test('a bad line becomes an issue with its line number and the others are still read', () => {
    const { records, issues } = parseHcpcsAnweb(fixture('anweb-bad-lines.txt'), 'bad.txt');
    assert.deepEqual(
      records.map((r) => r.code),
      ['J2505', 'J2507', 'GA'],
    );
    assert.deepEqual(
      issues.map((i) => [i.file, i.line, i.field]),
      [
        ['bad.txt', 2, 'RECID'],
        ['bad.txt', 3, 'ADD DT'],
        ['bad.txt', 4, 'HCPC'],
      ],
    );
    assert.match(issues[0]?.message ?? '', /"5" is not 3, 4, 7 or 8/);
    assert.match(issues[1]?.message ?? '', /"20261340" is not a date/);
    assert.equal(records.find((r) => r.code === 'J2507')?.addDate, undefined);
  });

  test('parses by position, not by line length: a record longer than 320 characters reads the same', () => {
    const text = fixture('anweb-basic.txt').replace(/^(J2505.*)$/m, (line) => `${line}${' '.repeat(226)}`);
    const { records, issues } = parseHcpcsAnweb(text, 'long.txt');
    assert.deepEqual(issues, []);
    assert.equal(records.find((r) => r.code === 'J2505')?.actionCode, 'D');
  });

  test('a record whose trailing spaces were trimmed still reads', () => {
    const text = fixture('anweb-basic.txt').replace(/^(G0417002004.*?) +$/m, '$1');
    const { records, issues } = parseHcpcsAnweb(text, 'short.txt');
    assert.deepEqual(issues, []);
    assert.match(records.find((r) => r.code === 'G0417')?.longDescription ?? '', /needle biopsy, any method/);
  });

  test('a file that is not ANWEB is refused with CODESET_NOT_RECOGNIZED', () => {
    assert.throws(
      () => parseHcpcsAnweb(fixture('not-anweb.txt'), 'not-anweb.txt'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED' && /not-anweb\.txt/.test(e.message),
    );
    assert.throws(
      () => parseHcpcsAnweb('', 'empty.txt'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});
