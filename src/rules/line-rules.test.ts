// pointer.invalid, units.invalid, line.duplicate and release.stale on the real catalog and on its excerpts (same
// release ids, dates and file names).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../catalog/index.js';
import { duplicateLines } from './duplicate-lines.js';
import { pointerRule } from './pointers.js';
import { releaseStale } from './release-stale.js';
import { describeOnCatalogs } from './test-support/catalogs.js';
import { claimOf, type LineSpec, runRule } from './test-support/claims.js';
import type { ClaimInput, Rule, Severity } from './types.js';
import { unitsRule } from './units.js';

interface Case {
  what: string;
  lines: LineSpec[];
  extra?: Partial<ClaimInput>;
  /** [severity, lines] of each finding expected, in order */
  expect: [Severity, number[]][];
  says?: string;
}

describeOnCatalogs('claim structure rules', (source) => {
  let catalog: Catalog;
  before(async () => {
    catalog = await source.open();
  });

  function table(name: string, rule: Rule, cases: Case[]) {
    for (const c of cases) {
      test(`${name}: ${c.what}`, () => {
        const findings = runRule(rule, claimOf(c.lines, c.extra), catalog);
        assert.deepEqual(
          findings.map((f) => [f.severity, f.lines]),
          c.expect,
          JSON.stringify(findings, null, 1),
        );
        if (c.says) assert.ok(findings[0]?.message.includes(c.says), findings[0]?.message);
        for (const f of findings) assert.ok(f.citation.record.length > 0);
      });
    }
  }

  table('pointer.invalid', pointerRule, [
    { what: 'a pointer at the one diagnosis', lines: ['99214'], expect: [] },
    {
      what: 'a pointer past the list',
      lines: [{ code: '99214', diagnosisPointers: [1, 3] }],
      extra: { diagnoses: ['J45.41', 'I10'] },
      expect: [['error', [1]]],
      says: 'diagnosis pointer 3 points at no diagnosis; the claim lists 2',
    },
    { what: 'pointer 0', lines: [{ code: '99214', diagnosisPointers: [0] }], expect: [['error', [1]]] },
    {
      what: 'a negative pointer',
      lines: ['99214', { code: '93000', diagnosisPointers: [-1] }],
      expect: [['error', [2]]],
    },
    {
      what: 'a line without pointers',
      lines: ['99214', { code: '93000', diagnosisPointers: [] }],
      expect: [['warning', [2]]],
      says: 'points at no diagnosis',
    },
    {
      what: 'pointers with no diagnoses at all',
      lines: ['99214'],
      extra: { diagnoses: [] },
      expect: [['error', [1]]],
      says: 'positions none',
    },
    {
      what: 'five pointers',
      lines: [{ code: '99214', diagnosisPointers: [1, 2, 3, 4, 5] }],
      extra: { diagnoses: ['J45.41', 'I10', 'E11.65', 'Z79.4', 'M17.11'] },
      expect: [['warning', [1]]],
      says: 'at most 4',
    },
  ]);

  table('units.invalid', unitsRule, [
    { what: 'one unit', lines: ['99214'], expect: [] },
    { what: 'many units', lines: [{ code: 'J3301', units: 40 }], expect: [] },
    {
      what: 'zero units',
      lines: [{ code: '99214', units: 0 }],
      expect: [['error', [1]]],
      says: '0 units is not valid',
    },
    { what: 'negative units', lines: ['99214', { code: '93000', units: -1 }], expect: [['error', [2]]] },
    {
      what: 'fractional units',
      lines: [{ code: 'J3301', units: 2.5 }],
      expect: [['error', [1]]],
      says: 'whole number from 1',
    },
  ]);

  table('line.duplicate', duplicateLines, [
    { what: 'two different codes', lines: ['99214', '93000'], expect: [] },
    {
      what: 'the same code, modifiers and date',
      lines: [{ code: '93000', modifiers: ['26', '59'] }, '99214', { code: '93000', modifiers: ['59', '26'] }],
      expect: [['warning', [1, 3]]],
      says: 'Lines 1, 3 report 93000 with modifiers 26, 59 on 2026-05-01',
    },
    { what: 'a repeat marked with 76', lines: ['93000', { code: '93000', modifiers: ['76'] }], expect: [] },
    {
      what: 'the same code on another date',
      lines: ['93000', { code: '93000', dateOfService: '2026-05-02' }],
      expect: [],
    },
    { what: 'three identical lines', lines: ['36415', '36415', '36415'], expect: [['warning', [1, 2, 3]]] },
  ]);

  test('release.stale names each source used outside its dates, once', () => {
    // 2026-05-01: CPT numbers come from the July fee schedule, HCPCS stops at 2026-03-31; ICD-10-CM FY2026 and
    // the NCCI 2026 Q2 tables cover the date.
    const findings = runRule(
      releaseStale,
      claimOf(['99214', '93000', { code: 'G0463', modifiers: ['GT'] }], { diagnoses: ['J45.41'] }),
      catalog,
    );
    assert.deepEqual(findings.map((f) => f.citation.release).sort(), ['cpt:2026-07', 'hcpcs:2026-01', 'pfs:2026-07']);
    for (const f of findings) {
      assert.equal(f.severity, 'info');
      assert.match(f.message, /^No loaded .* covers 2026-05-01: .* was used instead/);
    }
    const cpt = findings.find((f) => f.citation.release === 'cpt:2026-07');
    assert.deepEqual(cpt?.lines, [1, 2, 3]);
    assert.equal(cpt?.citation.file, 'pfs/2026-rvu26c/PPRRVU2026_Jul_nonQPP.csv');
  });

  test('release.stale: a July date moves the staleness to the NCCI tables', () => {
    const findings = runRule(releaseStale, claimOf(['99214'], { dateOfService: '2026-07-15' }), catalog);
    assert.deepEqual(findings.map((f) => f.citation.release).sort(), ['ncci:2026-04', 'ncci:2026-04']);
    assert.deepEqual(findings.map((f) => f.citation.file).sort(), [
      'ncci/2026Q2/AOC_V2026Q2-MCR.xlsx',
      'ncci/2026Q2/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv',
    ]);
  });
});
