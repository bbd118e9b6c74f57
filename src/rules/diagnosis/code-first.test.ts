// dx.code-first on the real catalog: manifestation codes ("in diseases classified elsewhere", the MCE manifestation
// list) with and without their etiology before them, and a sequencing note on a code that is not a manifestation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lookupCode } from '../../catalog/index.js';
import { describeOnCatalogs } from '../test-support/catalogs.js';
import { catalogOf, run } from '../test-support/diagnosis.js';
import { codeFirstRule } from './code-first.js';

describeOnCatalogs('dx.code-first', (source) => {
  const catalog = catalogOf(source);

  test('the notes the cases rely on are in the real tabular', () => {
    const g63 = lookupCode(catalog(), { code: 'G63' });
    assert.match(g63.title ?? '', /in diseases classified elsewhere/);
    assert.deepEqual(g63.notes.codeFirst?.slice(0, 2), ['underlying disease, such as:', 'amyloidosis (E85.-)']);
    const d631 = lookupCode(catalog(), { code: 'D63.1' });
    assert.deepEqual(d631.notes.codeFirst, ['underlying chronic kidney disease (CKD) (N18.-)']);
    const f0280 = lookupCode(catalog(), { code: 'F02.80' });
    assert.ok(f0280.inheritedNotes.some((n) => n.from === 'F02' && n.notes.codeFirst?.includes("Alzheimer's (G30.-)")));
    const a419 = lookupCode(catalog(), { code: 'A41.9' });
    assert.ok(
      a419.inheritedNotes.some(
        (n) => n.from === 'A41' && n.notes.codeFirst?.includes('postprocedural sepsis (T81.4-)'),
      ),
    );
  });

  const cases: {
    name: string;
    dx: string[];
    severity?: 'error' | 'warning' | 'review';
    codes?: string[];
    text?: RegExp;
  }[] = [
    // G63 Polyneuropathy in diseases classified elsewhere: "code first underlying disease, such as: amyloidosis (E85.-) …"
    { name: 'G63 after its etiology E85.4', dx: ['E85.4', 'G63'] },
    { name: 'G63 alone: error', dx: ['G63'], severity: 'error', codes: ['G63'], text: /never first-listed/ },
    {
      name: 'G63 before its etiology: error, reorder',
      dx: ['G63', 'E85.4'],
      severity: 'error',
      codes: ['G63', 'E85.4'],
      text: /E85\.4 should be listed before G63/,
    },
    {
      name: 'G63 after a code its examples do not name: review',
      dx: ['I10', 'G63'],
      severity: 'review',
      codes: ['G63'],
      text: /such as|amyloidosis/,
    },
    // D63.1 Anemia in chronic kidney disease: "code first underlying chronic kidney disease (CKD) (N18.-)" (exhaustive)
    { name: 'D63.1 after N18.4', dx: ['N18.4', 'D63.1'] },
    { name: 'D63.1 without any N18 code: warning', dx: ['I10', 'D63.1'], severity: 'warning', codes: ['D63.1'] },
    { name: 'D63.1 before N18.4: error', dx: ['D63.1', 'N18.4'], severity: 'error', codes: ['D63.1', 'N18.4'] },
    // F02.80 Dementia in other diseases classified elsewhere: the F02 category note "code first … Alzheimer's (G30.-)"
    { name: 'F02.80 after G30.9', dx: ['G30.9', 'F02.80'] },
    {
      name: 'F02.80 before G30.9: error, citing the F02 note',
      dx: ['F02.80', 'G30.9'],
      severity: 'error',
      text: /note of F02 Dementia in other diseases classified elsewhere, which F02\.80 inherits/,
    },
    // A41 Other sepsis (not a manifestation): "code first postprocedural sepsis (T81.4-)"
    {
      name: 'A41.9 before T81.44XA: warning (a sequencing rule, not a manifestation)',
      dx: ['A41.9', 'T81.44XA'],
      severity: 'warning',
      codes: ['A41.9', 'T81.44XA'],
      text: /I\.B\.7/,
    },
    { name: 'A41.9 after T81.44XA', dx: ['T81.44XA', 'A41.9'] },
    { name: 'A41.9 alone: the condition may be absent', dx: ['A41.9'] },
    { name: 'control: no code-first notes', dx: ['E11.9', 'I10'] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const findings = run(codeFirstRule, catalog(), { dx: c.dx }, 'dx.code-first');
      if (!c.severity) {
        assert.deepEqual(findings, []);
        return;
      }
      assert.equal(findings.length, 1, JSON.stringify(findings));
      const f = findings[0];
      assert.ok(f);
      assert.equal(f.severity, c.severity);
      if (c.codes) assert.deepEqual(f.codes, c.codes);
      if (c.text) assert.match(f.message, c.text);
      assert.equal(f.citation.release, 'icd10cm:2023');
      assert.match(f.citation.record, /Code first: "/);
    });
  }
});
