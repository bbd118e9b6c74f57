// The MCE diagnosis edits on the real catalog: MCE v43.1 (April 2026, official) for age, manifestation and
// unacceptable principal diagnosis; the v37 transcription's sex lists (the edit was deactivated on 10/01/2024).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Catalog } from '../../catalog/index.js';
import { describeOnCatalogs } from '../test-support/catalogs.js';
import { type ClaimSpec, catalogOf, run } from '../test-support/diagnosis.js';
import { mceAgeRule } from './mce-age.js';
import { mceManifestationPrincipalRule } from './mce-manifestation-principal.js';
import { mceSexRule } from './mce-sex.js';
import { mceUnacceptablePrincipalRule, onlyFirstListed } from './mce-unacceptable-principal.js';

function onList(catalog: Catalog, release: string, edit: number, list: RegExp, code: string): boolean {
  const r = catalog.releasesById.get(release);
  assert.ok(r, release);
  const e = catalog.layer(r, 'mce').edits.find((x) => x.number === edit);
  return e?.lists.some((l) => list.test(l.name) && l.codes.some((c) => c.code === code)) ?? false;
}

describeOnCatalogs('MCE diagnosis edits', (source) => {
  const catalog = catalogOf(source);

  test('the list entries the cases rely on are in the real MCE files', () => {
    const c = catalog();
    assert.ok(onList(c, 'mce:2026-04', 4, /^Maternity diagnoses \(age 9 through 64\)$/, 'O80'));
    assert.ok(onList(c, 'mce:2026-04', 4, /^Perinatal\/Newborn/, 'Z38.00'));
    assert.ok(onList(c, 'mce:2026-04', 4, /^Adult diagnoses \(age 15 through 124\)$/, 'Z00.00'));
    assert.ok(onList(c, 'mce:2026-04', 6, /Manifestation/, 'G63'));
    assert.ok(onList(c, 'mce:2026-04', 9, /Unacceptable/, 'Z87.891'));
    assert.ok(onList(c, 'mce:2026-04', 9, /Unacceptable/, 'Z00.00'));
    assert.ok(onList(c, 'mce:2026-04', 9, /Unacceptable/, 'Z12.31'));
    assert.ok(!onList(c, 'mce:2026-04', 9, /Unacceptable/, 'I10'));
    assert.ok(onList(c, 'mce:2020', 5, /^Female_Only$/, 'O80'));
    assert.ok(onList(c, 'mce:2020', 5, /^Male_Only$/, 'N40.0'));
    const sex = catalog()
      .layer(c.releasesById.get('mce:2026-04') as never, 'mce')
      .edits.find((e) => e.number === 5);
    assert.equal(sex?.inactiveSince, '2024-10-01');
    assert.equal(sex?.lists.length, 0);
  });

  type Case = ClaimSpec & { name: string; severity?: 'error' | 'warning' | 'review' | 'info'; codes?: string[] };
  const table: { rule: Parameters<typeof run>[0]; id: Parameters<typeof run>[3]; cases: Case[] }[] = [
    {
      rule: mceAgeRule,
      id: 'mce.age',
      cases: [
        { name: 'maternity code, age 70: error', dx: ['O80'], age: 70, severity: 'error', codes: ['O80'] },
        { name: 'maternity code, age 8: error', dx: ['O80'], age: 8, severity: 'error' },
        { name: 'maternity code, age 30', dx: ['O80'], age: 30 },
        { name: 'maternity code, age 64 (the bound)', dx: ['O80'], age: 64 },
        { name: 'newborn code, age 40: error', dx: ['Z38.00'], age: 40, severity: 'error', codes: ['Z38.00'] },
        { name: 'newborn code, age 0', dx: ['Z38.00'], age: 0 },
        { name: 'adult code, age 10: error', dx: ['Z00.00'], age: 10, severity: 'error' },
        { name: 'a code on no age list', dx: ['I10', 'E11.9'], age: 3 },
        { name: 'no age: one info, nothing guessed', dx: ['O80', 'I10'], severity: 'info', codes: ['O80'] },
        { name: 'no age and no code on an age list: nothing', dx: ['I10'] },
        { name: 'an age the MCE calls invalid (130): info, not an error', dx: ['O80'], age: 130, severity: 'info' },
        { name: 'a fractional age counts in whole years (64.7 is 64)', dx: ['O80'], age: 64.7 },
      ],
    },
    {
      rule: mceSexRule,
      id: 'mce.sex',
      cases: [
        { name: 'maternity code, male: review', dx: ['O80'], sex: 'M', severity: 'review', codes: ['O80'] },
        { name: 'maternity code, female', dx: ['O80'], sex: 'F' },
        { name: 'prostate code, female: review', dx: ['N40.0'], sex: 'F', severity: 'review', codes: ['N40.0'] },
        { name: 'sex unknown: not checked', dx: ['O80'], sex: 'U' },
        { name: 'sex missing: not checked', dx: ['O80'] },
        { name: 'a code on no sex list', dx: ['I10'], sex: 'M' },
      ],
    },
    {
      rule: mceManifestationPrincipalRule,
      id: 'mce.manifestation-principal',
      cases: [
        { name: 'G63 first: error', dx: ['G63', 'E85.4'], severity: 'error', codes: ['G63'] },
        { name: 'G63 second', dx: ['E85.4', 'G63'] },
        { name: 'control', dx: ['E11.9'] },
      ],
    },
    {
      rule: mceUnacceptablePrincipalRule,
      id: 'mce.unacceptable-principal',
      cases: [
        { name: 'history code first: review', dx: ['Z87.891', 'I10'], severity: 'review', codes: ['Z87.891'] },
        { name: 'history code second', dx: ['I10', 'Z87.891'] },
        { name: 'Z00.00 first: may only be first-listed (I.C.21.c.15)', dx: ['Z00.00', 'E11.9'] },
        { name: 'Z12.31 first: an "Encounter for" reason', dx: ['Z12.31'] },
        { name: 'control', dx: ['E11.9'] },
      ],
    },
  ];
  for (const { rule, id, cases } of table) {
    for (const c of cases) {
      test(`${id}: ${c.name}`, () => {
        const findings = run(rule, catalog(), c, id);
        if (!c.severity) {
          assert.deepEqual(findings, []);
          return;
        }
        assert.equal(findings.length, 1, JSON.stringify(findings));
        const f = findings[0];
        assert.ok(f);
        assert.equal(f.severity, c.severity);
        if (c.codes) assert.deepEqual(f.codes, c.codes);
        assert.equal(f.citation.source, 'Medicare Code Editor');
        assert.match(f.citation.record, /^Edit \d+ .*, line \d+: /);
        if (id === 'mce.sex') {
          assert.equal(f.citation.release, 'mce:2020');
          assert.match(f.message, /MCE v37 \(a third-party transcription/);
          assert.match(f.message, /stopped applying the sex conflict edit on 2024-10-01/);
          assert.match(f.message, /other payers/);
        } else {
          assert.equal(f.citation.release, 'mce:2026-04');
          assert.match(f.message, /MCE v43\.1/);
        }
      });
    }
  }

  test('mce.sex before the deactivation says the edit applied', () => {
    const [f] = run(mceSexRule, catalog(), { dx: ['N40.0'], sex: 'F', date: '2023-05-01' }, 'mce.sex');
    assert.equal(f?.severity, 'review');
    assert.match(f?.message ?? '', /still applies the sex conflict edit/);
  });

  test('the guideline list of codes that may only be first-listed', () => {
    for (const code of ['Z00.00', 'Z00.129', 'Z01.419', 'Z34.80', 'Z51.11', 'Z52.001', 'Z76.2', 'Z99.12'])
      assert.ok(onlyFirstListed(code), code);
    for (const code of ['Z00.6', 'Z52.9', 'Z51.89', 'Z99.11', 'Z87.891']) assert.ok(!onlyFirstListed(code), code);
  });
});
