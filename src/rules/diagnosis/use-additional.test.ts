// dx.use-additional on the real catalog: E11's "use additional code to identify control using: insulin (Z79.4) …",
// a chapter note shared by two codes reported once, and a "For codes …" note that applies to some codes only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lookupCode } from '../../catalog/index.js';
import { describeOnCatalogs } from '../test-support/catalogs.js';
import { catalogOf, run } from '../test-support/diagnosis.js';
import { useAdditionalRule } from './use-additional.js';

describeOnCatalogs('dx.use-additional', (source) => {
  const catalog = catalogOf(source);

  test('the notes the cases rely on are in the real tabular', () => {
    const e11 = lookupCode(catalog(), { code: 'E11.9' }).inheritedNotes.find((n) => n.from === 'E11');
    assert.ok(e11?.notes.useAdditionalCode?.includes('insulin (Z79.4)'));
    const ch1 = lookupCode(catalog(), { code: 'A09' }).inheritedNotes.find((n) => n.level === 'chapter');
    assert.deepEqual(ch1?.notes.useAdditionalCode, ['code to identify resistance to antimicrobial drugs (Z16.-)']);
    const g31 = lookupCode(catalog(), { code: 'G31.01' }).inheritedNotes.find((n) => n.from === 'G31');
    assert.match(g31?.notes.useAdditionalCode?.[0] ?? '', /^For codes G31\.0-G31\.83, G31\.85-G31\.9/);
  });

  test('E11.9 alone: one info naming insulin (Z79.4) and oral drugs (Z79.84)', () => {
    const findings = run(useAdditionalRule, catalog(), { dx: ['E11.9'] }, 'dx.use-additional');
    assert.equal(findings.length, 1);
    const f = findings[0];
    assert.equal(f?.severity, 'info');
    assert.deepEqual(f?.codes, ['E11.9']);
    assert.match(f?.message ?? '', /insulin \(Z79\.4\)/);
    assert.match(f?.message ?? '', /Z79\.84/);
    assert.match(f?.citation.record ?? '', /^E11 \(line \d+\) Use additional code: "code to identify control using:"/);
    assert.equal(f?.citation.release, 'icd10cm:2023');
  });

  for (const [name, dx] of [
    ['E11.9 with Z79.4', ['E11.9', 'Z79.4']],
    ['E11.9 with Z79.84', ['E11.9', 'Z79.84']],
    ['E11.9 with Z79.4 listed first', ['Z79.4', 'E11.9']],
    ['a code with no use-additional note', ['K21.9']],
    ['G31.84 (outside the G31 note\'s "For codes" scope; its own note is satisfied by Z87.891)', ['G31.84', 'Z87.891']],
  ] as const) {
    test(`nothing for ${name}`, () => {
      assert.deepEqual(run(useAdditionalRule, catalog(), { dx: [...dx] }, 'dx.use-additional'), []);
    });
  }

  test('a chapter note shared by two codes is one finding naming both', () => {
    const findings = run(useAdditionalRule, catalog(), { dx: ['A41.9', 'A09'] }, 'dx.use-additional');
    const ch1 = findings.filter((f) => f.citation.record.startsWith('Chapter 1 '));
    assert.equal(ch1.length, 1);
    assert.deepEqual(ch1[0]?.codes, ['A41.9', 'A09']);
    assert.match(ch1[0]?.message ?? '', /Z16/);
    // with Z16.- on the claim the chapter note is satisfied for both
    const withZ16 = run(useAdditionalRule, catalog(), { dx: ['A41.9', 'A09', 'Z16.11'] }, 'dx.use-additional');
    assert.ok(!withZ16.some((f) => f.citation.record.startsWith('Chapter 1 ')));
  });

  test('a "For codes" note applies to the codes it names', () => {
    const inScope = run(useAdditionalRule, catalog(), { dx: ['G31.01'] }, 'dx.use-additional');
    assert.ok(inScope.some((f) => f.citation.record.startsWith('G31 ') && /F02\.80/.test(f.message)));
    const satisfied = run(useAdditionalRule, catalog(), { dx: ['G31.01', 'F02.80'] }, 'dx.use-additional');
    assert.ok(!satisfied.some((f) => f.citation.record.startsWith('G31 ')));
  });
});
