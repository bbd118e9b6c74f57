// dx.excludes1 on the real catalog (FY2026 codes, FY2023 tabular notes): pairs picked from the notes the lookup
// shows, each finding exactly when a note names the other code, with the severity split of excludes1.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lookupCode } from '../../catalog/index.js';
import { describeOnCatalogs } from '../test-support/catalogs.js';
import { catalogOf, run } from '../test-support/diagnosis.js';
import { excludes1Rule } from './excludes1.js';

describeOnCatalogs('dx.excludes1', (source) => {
  const catalog = catalogOf(source);

  test('the notes the cases rely on are in the real tabular', () => {
    const e119 = lookupCode(catalog(), { code: 'E11.9' });
    const e11 = e119.inheritedNotes.find((n) => n.from === 'E11');
    assert.ok(e11?.notes.excludes1?.includes('type 1 diabetes mellitus (E10.-)'));
    assert.equal(e119.notesRelease?.id, 'icd10cm:2023');
    const f458 = lookupCode(catalog(), { code: 'F45.8' });
    assert.match(f458.title ?? '', /^Other somatoform/);
    assert.ok(f458.notes.excludes1?.some((t) => t.includes('(G47.63)')));
    assert.ok((f458.notes.inclusionTerm?.length ?? 0) >= 2);
    const i10 = lookupCode(catalog(), { code: 'I10' });
    assert.ok(
      i10.inheritedNotes.some(
        (n) => n.level === 'section' && n.notes.excludes1?.includes('neonatal hypertension (P29.2)'),
      ),
    );
    const g63 = lookupCode(catalog(), { code: 'G63' });
    assert.ok(g63.notes.excludes1?.includes('diabetes mellitus (E08-E13 with .42)'));
    const e8720 = lookupCode(catalog(), { code: 'E87.20' });
    assert.ok(
      e8720.inheritedNotes.some((n) =>
        n.notes.excludes1?.includes('diabetic acidosis - see categories E08-E10, E11, E13 with ketoacidosis'),
      ),
    );
  });

  const cases: { name: string; dx: string[]; severity?: 'error' | 'review'; codes?: string[]; record?: RegExp }[] = [
    {
      name: 'type 2 with type 1 diabetes: the E11 category note, error',
      dx: ['E11.9', 'E10.9'],
      severity: 'error',
      codes: ['E11.9', 'E10.9'],
      record: /^E11 \(line \d+\) Excludes1: "type 1 diabetes mellitus \(E10\.-\)"/,
    },
    {
      // E10 and E11 exclude each other at category level: equally specific, the code listed first speaks
      name: 'either order: type 1 listed first',
      dx: ['E10.9', 'E11.65'],
      severity: 'error',
      codes: ['E10.9', 'E11.65'],
      record: /^E10 \(line \d+\) Excludes1: "type 2 diabetes mellitus \(E11\.-\)"/,
    },
    {
      name: 'type 2 with gestational diabetes (O24.4-): error across chapters',
      dx: ['O24.410', 'E11.9'],
      severity: 'error',
    },
    {
      name: 'the guideline I.A.12.a example: residual F45.8 and G47.63, review',
      dx: ['F45.8', 'G47.63'],
      severity: 'review',
      record: /^F45\.8 \(line \d+\) Excludes1/,
    },
    {
      name: 'a block-level note (I10-I16 excludes P29.2): review',
      dx: ['I10', 'P29.2'],
      severity: 'review',
      record: /^block I10-I16/,
    },
    {
      name: 'a qualified range (E08-E13 with .42) names E11.42: error',
      dx: ['E11.42', 'G63'],
      severity: 'error',
      codes: ['G63', 'E11.42'],
    },
    { name: 'the same range does not name E11.9', dx: ['E11.9', 'G63'] },
    {
      name: 'a qualifier in words ("with ketoacidosis"): review',
      dx: ['E87.20', 'E11.10'],
      severity: 'review',
    },
    { name: 'control: unrelated codes', dx: ['E11.9', 'I10', 'J06.9'] },
    { name: 'control: codes of one category', dx: ['E11.9', 'E11.65'] },
    { name: 'control: one code', dx: ['E11.9'] },
    { name: 'control: a duplicate', dx: ['E11.9', 'E11.9'] },
    { name: 'an unknown code is not an error here', dx: ['XYZ99', 'E11.9'] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const findings = run(excludes1Rule, catalog(), { dx: c.dx }, 'dx.excludes1');
      if (!c.severity) {
        assert.deepEqual(findings, []);
        return;
      }
      assert.equal(findings.length, 1, JSON.stringify(findings));
      const f = findings[0];
      assert.ok(f);
      assert.equal(f.severity, c.severity);
      if (c.codes) assert.deepEqual(f.codes, c.codes);
      assert.equal(f.citation.release, 'icd10cm:2023');
      assert.equal(f.citation.file, 'icd10cm/2023/icd10cm_tabular_2023.xml');
      if (c.record) assert.match(f.citation.record, c.record);
      assert.match(f.message, /I\.A\.12\.a/);
      if (c.severity === 'review') assert.match(f.message, /unrelated, both may be reported/);
    });
  }

  test('a pair named by both codes is reported once, from the most specific note', () => {
    // A41 excludes streptococcal sepsis (A40.-); A40 does not exclude A41 itself, but both carry notes
    const findings = run(excludes1Rule, catalog(), { dx: ['A41.9', 'A40.0'] }, 'dx.excludes1');
    assert.equal(findings.length, 1);
    assert.match(findings[0]?.citation.record ?? '', /^A41 /);
  });

  test('three codes: each excluded pair once', () => {
    const findings = run(excludes1Rule, catalog(), { dx: ['E11.9', 'E10.9', 'E13.9'] }, 'dx.excludes1');
    assert.deepEqual(findings.map((f) => f.codes.slice().sort().join('+')).sort(), [
      'E10.9+E11.9',
      'E10.9+E13.9',
      'E11.9+E13.9',
    ]);
  });
});
