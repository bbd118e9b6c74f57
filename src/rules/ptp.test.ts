// The ptp rule. The staged data has no PTP table, so the edits come from the official-layout fixtures
// (src/codesets/ncci/fixtures, ccipra/ccioph v32.2) added to the real catalog. Practitioner pairs:
// 10060/11055 indicator 1; 29881/29877 and 93000/93005 indicator 0; 33935/33924 indicator 1 deleted 2004-12-31;
// 33935/33945 indicator 9. Outpatient hospital: 0001U/36415 indicator 1, 29881/29877 indicator 0. The same cases run
// with the tables added to the excerpts of the official files.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Catalog } from '../catalog/index.js';
import { ptpRule } from './ptp.js';
import { describeOnCatalogs, type PtpCatalog } from './test-support/catalogs.js';
import { claimOf, type LineSpec, runRule } from './test-support/claims.js';
import type { ClaimInput, Severity } from './types.js';

interface Case {
  what: string;
  lines: LineSpec[];
  extra?: Partial<ClaimInput>;
  /** undefined: no finding */
  severity?: Severity;
  codes?: string[];
  says?: string[];
}

describeOnCatalogs('ptp with the fixture tables', (source) => {
  let ptp: PtpCatalog;
  let catalog: Catalog;
  before(async () => {
    ptp = await source.withPtp();
    catalog = ptp.catalog;
  });
  after(() => ptp?.remove());

  const cases: Case[] = [
    {
      what: 'indicator 0: denied, no modifier helps',
      lines: ['29881', '29877'],
      severity: 'error',
      codes: ['29881', '29877'],
      says: ['modifier indicator 0', 'Report 29881 without 29877', 'Misuse of column two code with column one code'],
    },
    {
      what: 'indicator 0 with 59 on the column-two line is still denied',
      lines: ['29881', { code: '29877', modifiers: ['59'] }],
      severity: 'error',
      says: ['modifier indicator 0', 'line 2: 59'],
    },
    { what: 'indicator 0 for 93000/93005', lines: ['93005', '93000'], severity: 'error', codes: ['93000', '93005'] },
    {
      what: 'indicator 1 without a modifier',
      lines: ['10060', '11055'],
      severity: 'error',
      codes: ['10060', '11055'],
      says: [
        'modifier indicator 1',
        'none of 59, XE, XS, XP, XU or an anatomic modifier',
        'Modifiers on the claim: line 1: none; line 2: none',
        'Standards of medical / surgical practice',
      ],
    },
    { what: 'indicator 1 with 59 on the column-two line', lines: ['10060', { code: '11055', modifiers: ['59'] }] },
    { what: 'indicator 1 with XS on the column-two line', lines: ['10060', { code: '11055', modifiers: ['XS'] }] },
    {
      what: 'indicator 1 with an anatomic modifier on the column-two line',
      lines: ['10060', { code: '11055', modifiers: ['T5'] }],
    },
    {
      what: 'indicator 1 with the column-two line listed first',
      lines: [{ code: '11055', modifiers: ['XU'] }, '10060'],
    },
    {
      what: 'indicator 1 with 59 on the column-one line only',
      lines: [{ code: '10060', modifiers: ['59'] }, '11055'],
      severity: 'review',
      says: ['column-one line only', 'move it to line 2'],
    },
    {
      what: 'indicator 1 with 76, which never bypasses',
      lines: ['10060', { code: '11055', modifiers: ['76'] }],
      severity: 'error',
      says: ['76 does not bypass PTP edits'],
    },
    { what: 'an edit deleted in 2004 on a 2026 date', lines: ['33935', '33924'] },
    {
      what: 'the same edit on a 2003 date',
      lines: ['33935', '33924'],
      extra: { dateOfService: '2003-06-01' },
      severity: 'error',
      says: ['2003-06-01'],
    },
    { what: 'indicator 9: never applied', lines: ['33935', '33945'] },
    {
      what: 'the pair on different dates of service',
      lines: ['29881', { code: '29877', dateOfService: '2026-05-02' }],
    },
    {
      what: 'a pair of the practitioner table on an outpatient hospital claim',
      lines: ['10060', '11055'],
      extra: { setting: 'outpatient-hospital' },
    },
    {
      what: 'a pair of the outpatient hospital table',
      lines: ['0001U', '36415'],
      extra: { setting: 'outpatient-hospital' },
      severity: 'error',
      codes: ['0001U', '36415'],
      says: ['CPT Manual or CMS manual coding instruction'],
    },
    { what: 'the same pair on a practitioner claim', lines: ['0001U', '36415'] },
    { what: 'codes without an edit', lines: ['99214', '93000'] },
  ];

  for (const c of cases) {
    test(`${c.what} -> ${c.severity ?? 'no finding'}`, () => {
      const findings = runRule(ptpRule, claimOf(c.lines, c.extra), catalog);
      if (!c.severity) {
        assert.deepEqual(findings, []);
        return;
      }
      assert.equal(findings.length, 1, JSON.stringify(findings, null, 1));
      const f = findings[0];
      assert.equal(f?.rule, 'ptp');
      assert.equal(f?.severity, c.severity);
      assert.deepEqual(f?.lines, [1, 2]);
      if (c.codes) assert.deepEqual(f?.codes, c.codes, 'column one first');
      for (const s of c.says ?? []) assert.ok(f?.message.includes(s), `"${s}" not in: ${f?.message}`);
      assert.equal(f?.citation.release, 'ncci:2026-07');
      assert.match(f?.citation.file ?? '', /^ncci\/ptp\/cci(pra|oph)-v322r0-f1\.txt$/);
      assert.match(f?.citation.record ?? '', /^line \d+: column 1 \S+, column 2 \S+, effective \d{4}-\d\d-\d\d/);
    });
  }

  test('the citation names the fixture line of the edit', () => {
    const [f] = runRule(ptpRule, claimOf(['29881', '29877']), catalog);
    assert.deepEqual(f?.citation, {
      source: 'Medicare NCCI PTP (practitioner)',
      release: 'ncci:2026-07',
      file: 'ncci/ptp/ccipra-v322r0-f1.txt',
      record: 'line 8: column 1 29881, column 2 29877, effective 2006-01-01, modifier indicator 0',
    });
  });

  test('every pair is checked: three lines, two edits', () => {
    const findings = runRule(ptpRule, claimOf(['29881', '10060', '29877', '11055']), catalog);
    assert.deepEqual(
      findings.map((f) => [f.codes, f.lines]),
      [
        [
          ['29881', '29877'],
          [1, 3],
        ],
        [
          ['10060', '11055'],
          [2, 4],
        ],
      ],
    );
  });
});

describeOnCatalogs('ptp on the real data (no PTP table)', (source) => {
  test('one info finding says PTP was not checked and why', async () => {
    const catalog = await source.open();
    for (const setting of ['practitioner', 'outpatient-hospital'] as const) {
      const findings = runRule(ptpRule, claimOf(['29881', '29877', '10060'], { setting }), catalog);
      assert.equal(findings.length, 1);
      assert.equal(findings[0]?.severity, 'info');
      assert.match(findings[0]?.message ?? '', /PTP edits were not checked: no NCCI procedure-to-procedure table/);
      assert.equal(findings[0]?.citation.release, 'none loaded');
    }
  });
});
