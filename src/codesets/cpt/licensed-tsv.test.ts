// The fixtures hold invented codes and invented text only: CodeDesk never ships CPT descriptors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isAppError } from '../../shared/errors.js';
import { parseCptLicensedTsv } from './licensed-tsv.js';

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

test('reads one descriptor per line; an empty short description is absent', () => {
  const { records } = parseCptLicensedTsv(fixture('cpt-licensed-small.tsv'), 'cpt.tsv');
  assert.deepEqual(records, [
    {
      code: '99990',
      shortDescription: 'Example short',
      longDescription: 'Example descriptor for testing only',
      line: 2,
    },
    { code: '9999F', longDescription: 'Example category II descriptor for testing only', line: 3 },
    {
      code: '9999T',
      shortDescription: 'Example T short',
      longDescription: 'Example category III descriptor for testing only',
      line: 4,
    },
    { code: '9999U', longDescription: 'Example PLA descriptor for testing only', line: 10 },
  ]);
});

test('bad rows become issues with their line numbers', () => {
  const { issues } = parseCptLicensedTsv(fixture('cpt-licensed-small.tsv'), 'cpt.tsv');
  assert.deepEqual(
    issues.map((i) => [i.file, i.line, i.field ?? null]),
    [
      ['cpt.tsv', 5, 'code'],
      ['cpt.tsv', 6, null],
      ['cpt.tsv', 7, 'long_description'],
      ['cpt.tsv', 8, 'code'],
    ],
  );
  assert.match(issues[1]?.message ?? '', /expected 3 tab-separated fields, found 2/);
  assert.match(issues[3]?.message ?? '', /appears a second time/);
});

test('CRLF line ends and a byte-order mark are accepted', () => {
  const text = `\uFEFF${fixture('cpt-licensed-small.tsv').replaceAll('\n', '\r\n')}`;
  const { records } = parseCptLicensedTsv(text, 'cpt.tsv');
  assert.equal(records.length, 4);
  assert.equal(records[0]?.longDescription, 'Example descriptor for testing only');
});

test('a file without the exact header is refused with CODESET_NOT_RECOGNIZED', () => {
  for (const text of [fixture('cpt-licensed-commas.csv'), '', 'Code\tShort_Description\tLong_Description\n']) {
    assert.throws(
      () => parseCptLicensedTsv(text, 'other.tsv'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED' && /other\.tsv/.test(e.message),
    );
  }
});
