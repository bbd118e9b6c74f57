// coverage.lab-ncd on the real lab NCD spreadsheet (release 2026100): glucose (82947, NCD 190.20B), HbA1c (83036,
// 190.21B), lipid panel (80061, 190.23B) and a blood count (85025, 190.15, whose list prints the non-covered codes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labNcdsForDiagnosis } from '../../catalog/medicare/icd-medicare.js';
import { describeOnCatalogs } from '../test-support/catalogs.js';
import { type ClaimSpec, catalogOf, run } from '../test-support/diagnosis.js';
import { labNcdRule } from './lab-ncd.js';
import { labNcdIndex, ncdsForProcedure } from './lab-ncd-index.js';

describeOnCatalogs('coverage.lab-ncd', (source) => {
  const catalog = catalogOf(source);
  const date = '2026-05-01';

  test('the spreadsheet entries the cases rely on', () => {
    const covered = (code: string, ncd: string) =>
      (labNcdsForDiagnosis(catalog(), code, date) ?? []).some((n) => n.ncd === ncd && n.coverage === 'covered');
    assert.ok(covered('E11.9', '190.20B') && covered('E11.9', '190.21B') && covered('E11.9', '190.23B'));
    assert.ok(covered('E78.5', '190.23B'));
    assert.ok(!covered('J06.9', '190.20B') && !covered('I10', '190.20B') && !covered('E03.9', '190.20B'));
    assert.ok(covered('E03.5', '190.20B'), 'E03.5 is the covered code of E03 for glucose');
    assert.ok(
      (labNcdsForDiagnosis(catalog(), 'Z00.00', date) ?? []).some(
        (n) => n.ncd === '190.20B' && n.coverage === 'denied',
      ),
    );
    const idx = labNcdIndex(catalog(), date);
    assert.ok(idx);
    assert.deepEqual(
      ncdsForProcedure(idx, '82947', date).map((g) => g.list.ncd),
      ['190.20B'],
    );
    assert.deepEqual(
      ncdsForProcedure(idx, '83036', date).map((g) => g.list.ncd),
      ['190.21B'],
    );
    assert.deepEqual(
      ncdsForProcedure(idx, '80061', date).map((g) => g.list.ncd),
      ['190.23B'],
    );
    // 190.15 prints the codes that do NOT support medical necessity: all others are covered
    const counts = ncdsForProcedure(idx, '85025', date)[0]?.list;
    assert.equal(counts?.ncd, '190.15');
    assert.equal(counts?.coveredKeys.length, 0);
    assert.equal(counts?.otherCodes, 1);
  });

  type Case = ClaimSpec & { name: string; severity?: 'warning' | 'info'; ncd?: string; text?: RegExp[] };
  const line = (code: string, pointers = [1], modifiers: string[] = []) => ({ code, pointers, modifiers });
  const cases: Case[] = [
    { name: 'glucose for type 2 diabetes', dx: ['E11.9'], lines: [line('82947')] },
    { name: 'HbA1c and lipids for type 2 diabetes', dx: ['E11.9'], lines: [line('83036'), line('80061')] },
    { name: 'lipids for hyperlipidemia', dx: ['E78.5'], lines: [line('80061')] },
    {
      name: 'glucose for a general exam (denied list): warning',
      dx: ['Z00.00'],
      lines: [line('82947')],
      severity: 'warning',
      ncd: '190.20B',
      text: [
        /NCD 190\.20B Blood Glucose Testing/,
        /Z00\.00 is on the NCD's list of ICD-10-CM codes denied/,
        /Advance Beneficiary Notice/,
      ],
    },
    {
      name: 'HbA1c for an upper respiratory infection: warning',
      dx: ['J06.9'],
      lines: [line('83036')],
      severity: 'warning',
      ncd: '190.21B',
      text: [/J06\.9 is not on the NCD's covered list/],
    },
    {
      name: 'glucose for hypothyroidism: the covered code of the same category is named',
      dx: ['E03.9'],
      lines: [line('82947')],
      severity: 'warning',
      text: [/same category: E03\.9 → E03\.5/],
    },
    {
      name: 'a line pointing to an uncovered diagnosis while a covered one is on the claim',
      dx: ['Z00.00', 'E11.9'],
      lines: [line('82947', [1])],
      severity: 'warning',
      text: [/E11\.9 on the claim is covered: point the line to it/],
    },
    { name: 'the same line pointing to both', dx: ['Z00.00', 'E11.9'], lines: [line('82947', [1, 2])] },
    {
      name: 'outpatient hospital: all the claim diagnoses count',
      dx: ['Z00.00', 'E11.9'],
      lines: [line('82947', [1])],
      setting: 'outpatient-hospital',
    },
    { name: 'no pointers: all the claim diagnoses count', dx: ['Z00.00', 'E11.9'], lines: [line('82947', [])] },
    {
      name: 'an ABN modifier on the line: info',
      dx: ['I10'],
      lines: [line('82947', [1], ['GA'])],
      severity: 'info',
      text: [/carries GA/],
    },
    {
      name: 'blood count for an infection (190.15 covers codes it does not list)',
      dx: ['J06.9'],
      lines: [line('85025')],
    },
    {
      name: 'blood count for a general exam (denied list): warning',
      dx: ['Z00.00'],
      lines: [line('85025')],
      severity: 'warning',
      ncd: '190.15',
    },
    { name: 'a code under no lab NCD', dx: ['Z00.00'], lines: [line('99214')] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const findings = run(labNcdRule, catalog(), { ...c, date }, 'coverage.lab-ncd');
      if (!c.severity) {
        assert.deepEqual(findings, []);
        return;
      }
      assert.equal(findings.length, 1, JSON.stringify(findings));
      const f = findings[0];
      assert.ok(f);
      assert.equal(f.severity, c.severity);
      assert.deepEqual(f.lines, [1]);
      assert.equal(f.codes[0], c.lines?.[0]?.code);
      assert.equal(f.citation.release, 'mcd:2026-01');
      assert.match(f.citation.file, /^mcd\/lab-ncd-2026100\/.*\.xlsx$/);
      if (c.ncd)
        assert.match(f.citation.record, new RegExp(`^NCD ${c.ncd.replace('.', '\\.')} .* \\(row \\d+\\); CPT/HCPCS`));
      for (const t of c.text ?? []) assert.match(f.message, t);
    });
  }
});
