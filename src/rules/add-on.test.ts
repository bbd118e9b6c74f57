// The addon.no-primary rule on the real NCCI add-on code edit table of 2026 Q2 (AOC_V2026Q2-MCR.xlsx), and on its
// excerpt.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../catalog/index.js';
import { addOnEditInForce } from '../codesets/ncci/edit-rules.js';
import { addOnRule } from './add-on.js';
import { addOnEdits, editApplies, pickLayer } from './catalog-data.js';
import { describeOnCatalogs } from './test-support/catalogs.js';
import { claimOf, DOS, type LineSpec, runRule } from './test-support/claims.js';
import type { Severity } from './types.js';

interface Case {
  what: string;
  lines: LineSpec[];
  /** undefined: no finding */
  severity?: Severity;
  says?: string[];
}

describeOnCatalogs('addon.no-primary on the real AOC table', (source) => {
  let catalog: Catalog;
  before(async () => {
    catalog = await source.open();
  });

  function typesOf(code: string): number[] {
    const picked = pickLayer(catalog, 'ncci', 'ncci-aoc', DOS);
    assert.ok(picked);
    const edits = (addOnEdits(picked.layer, code) ?? []).filter((e) => addOnEditInForce(e, DOS));
    return [...new Set(edits.map((e) => e.editType))].sort();
  }

  test('the table has the edit types these cases rely on', () => {
    assert.deepEqual(typesOf('11045'), [1]);
    assert.deepEqual(typesOf('99292'), [1]);
    assert.deepEqual(typesOf('99100'), [2]);
    assert.deepEqual(typesOf('96161'), [3]);
    assert.deepEqual(typesOf('99214'), []);
  });

  const cases: Case[] = [
    { what: 'type 1 with its listed primary', lines: ['11042', '11045'] },
    {
      what: 'type 1 alone',
      lines: ['11045'],
      severity: 'error',
      says: ['AOC edit type 1: only the listed primaries qualify', '11042', 'remove 11045'],
    },
    { what: 'type 1 with another, unlisted code', lines: ['99214', '11045'], severity: 'error', says: ['11042'] },
    { what: 'type 1 critical care with 99291', lines: ['99291', '99292'] },
    {
      what: 'type 1 primary on the day before',
      lines: [{ code: '99291', dateOfService: '2026-04-30' }, '99292'],
      severity: 'review',
      says: ['99291 is on line 1 for 2026-04-30', 'normally reported for the same date'],
    },
    {
      what: 'type 2 alone',
      lines: ['99100'],
      severity: 'warning',
      says: ['AOC edit type 2', 'by CMS policy it still needs a primary', 'MAC defines which codes qualify'],
    },
    { what: 'type 2 with another procedure (the MAC decides)', lines: ['00840', '99100'] },
    { what: 'type 3 with a listed primary', lines: ['99214', '96161'] },
    {
      what: 'type 3 with an unlisted code',
      lines: ['36415', '96161'],
      severity: 'review',
      says: ['AOC edit type 3', 'Check with the MAC whether 36415 qualifies', '99202'],
    },
    { what: 'type 3 alone', lines: ['96161'], severity: 'warning', says: ['Nothing else is reported that day'] },
    { what: 'a code that is not an add-on code', lines: ['99214'] },
  ];

  for (const c of cases) {
    test(`${c.what} -> ${c.severity ?? 'no finding'}`, () => {
      const findings = runRule(addOnRule, claimOf(c.lines), catalog);
      if (!c.severity) {
        assert.deepEqual(findings, []);
        return;
      }
      assert.equal(findings.length, 1, JSON.stringify(findings, null, 1));
      const f = findings[0];
      assert.equal(f?.rule, 'addon.no-primary');
      assert.equal(f?.severity, c.severity);
      assert.deepEqual(f?.lines, [c.lines.length]);
      for (const s of c.says ?? []) assert.ok(f?.message.includes(s), `"${s}" not in: ${f?.message}`);
      assert.equal(f?.citation.source, 'Medicare NCCI add-on code edits');
      assert.equal(f?.citation.release, 'ncci:2026-04');
      assert.equal(f?.citation.file, 'ncci/2026Q2/AOC_V2026Q2-MCR.xlsx');
      assert.match(f?.citation.record ?? '', /^row \d+: Add-On_Code \S+, AOC_Edit_Type \d/);
    });
  }

  test('the fast in-force check agrees with the NCCI rule on every row of the table', () => {
    const picked = pickLayer(catalog, 'ncci', 'ncci-aoc', DOS);
    assert.ok(picked);
    for (const date of ['2012-12-31', '2013-04-01', '2019-12-31', '2020-01-01', '2025-10-01', DOS]) {
      for (const e of picked.layer.edits) {
        assert.equal(
          editApplies(e.effectiveDate, e.deletionDate, date),
          addOnEditInForce(e, date),
          `row ${e.line} on ${date}`,
        );
      }
    }
  });

  test('a long primary list is cut with a count', () => {
    const [f] = runRule(addOnRule, claimOf(['96161']), catalog);
    assert.match(f?.message ?? '', /and \d+ more \(\d+ listed; AOC edit type 3/);
  });
});
