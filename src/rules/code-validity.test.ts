// code.* rules on the real code lists: ICD-10-CM FY2026 (with FY2021/FY2023 for deleted codes and CDC's FY2026
// conversion table), HCPCS Level II 2019 / 2020-10 / 2026-01, and the CPT numbers of the RVU26C fee schedule; and
// the same cases on the excerpts of those files (cited line numbers are the excerpts' own there).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../catalog/index.js';
import { diagnosisCodeValidity } from './diagnosis-code-validity.js';
import { lineCodeValidity } from './line-code-validity.js';
import { type CatalogSource, describeOnCatalogs } from './test-support/catalogs.js';
import { claimOf, DOS, runRule } from './test-support/claims.js';
import type { RuleId, Severity } from './types.js';

interface Case {
  what: string;
  code: string;
  date?: string;
  /** undefined: no finding */
  rule?: RuleId;
  severity?: Severity;
  /** text the message must contain */
  says?: string[];
  /** the cited record must contain */
  record?: string;
}

/** The record a case expects: on the excerpts a cited "line N: " is the excerpt's line, so only the rest is kept. */
function expectedRecord(source: CatalogSource, record: string | undefined): string | undefined {
  return source.official ? record : record?.replace(/^line \d+: /, '');
}

/** The line of a code in a release's code list, as the catalog cites it. */
function lineOf(catalog: Catalog, release: string, code: string): number {
  const list = catalog.codeIndex(catalog.releasesById.get(release) ?? assert.fail(release));
  return list.entryAt(list.byKey.get(code.replace('.', '')) ?? assert.fail(code)).line;
}

describeOnCatalogs('code validity of diagnoses', (source) => {
  let catalog: Catalog;
  before(async () => {
    catalog = await source.open();
  });

  const cases: Case[] = [
    { what: 'a billable code', code: 'E11.65' },
    { what: 'a billable code written without the dot', code: 'e1165' },
    {
      what: 'a subcategory header names its billable codes',
      code: 'E11.6',
      rule: 'code.not-billable',
      says: ['E11.65', 'E11.69', 'E11.610', 'heading'],
      record: 'line 4398: E11.6',
    },
    { what: 'a category header', code: 'J45', rule: 'code.not-billable', says: ['J45.41'] },
    {
      what: 'a fracture code without its 7th character',
      code: 'S72.001',
      rule: 'code.seventh-character',
      says: ['needs a 7th character', 'S72.001A (initial encounter for closed fracture)', 'S72.001S (sequela)'],
      record: 'S72.001',
    },
    { what: 'the same code with a 7th character', code: 'S72.001A' },
    {
      what: 'a 7th character the code does not take',
      code: 'S72.001Z',
      rule: 'code.seventh-character',
      says: ['"Z" is not a 7th character of S72.001', 'S72.001A'],
    },
    {
      what: 'placeholder X missing before the 6th and 7th characters',
      code: 'T36.01A',
      rule: 'code.seventh-character',
      says: ['placeholder X', 'T36.0X1A'],
      record: 'T36.0X1A',
    },
    { what: 'the placeholder-X code itself', code: 'T36.0X1A' },
    {
      what: 'a placeholder-X stem without its 7th character',
      code: 'T36.0X1',
      rule: 'code.seventh-character',
      says: ['T36.0X1A (initial encounter)', 'T36.0X1D', 'T36.0X1S'],
    },
    {
      what: 'two placeholders missing',
      code: 'S02.0A',
      rule: 'code.seventh-character',
      says: ['S02.0XXA'],
    },
    {
      what: 'a five-character stem needing XX and a 7th character',
      code: 'S02.0',
      rule: 'code.seventh-character',
      says: ['S02.0XXA', 'S02.0XXS'],
    },
    {
      what: 'a code deleted since FY2023 names its successors',
      code: 'S30.1XXA',
      rule: 'code.not-in-force',
      says: ['not valid on 2026-05-01', 'ICD-10-CM FY2023', 'S30.11XA', 'S30.12XA', 'S30.13XA'],
      record: 'S30.1XXA',
    },
    { what: 'the deleted code on a date it was valid', code: 'S30.1XXA', date: '2023-05-01' },
    {
      what: 'a code new since FY2023 on a FY2023 date',
      code: 'A41.54',
      date: '2023-05-01',
      rule: 'code.not-in-force',
      says: ['takes effect with ICD-10-CM FY2026 on 2025-10-01'],
    },
    { what: 'the new code on a FY2026 date', code: 'A41.54' },
    {
      what: 'a code that never existed, with its nearest ancestor',
      code: 'E11.99',
      rule: 'code.unknown',
      says: ['not an ICD-10-CM code', 'E11.9'],
      record: 'no entry for E11.99',
    },
    { what: 'a procedure code in the diagnoses', code: '99214', rule: 'code.unknown', says: ['CPT procedure code'] },
  ];

  for (const c of cases) {
    test(`${c.what}: ${c.code} -> ${c.rule ?? 'no finding'}`, () => {
      const findings = runRule(
        diagnosisCodeValidity,
        claimOf(['99214'], { diagnoses: [c.code], dateOfService: c.date ?? DOS }),
        catalog,
      );
      if (!c.rule) {
        assert.deepEqual(findings, []);
        return;
      }
      assert.equal(findings.length, 1, JSON.stringify(findings));
      const f = findings[0];
      assert.equal(f?.rule, c.rule);
      assert.equal(f?.severity, c.severity ?? 'error');
      assert.deepEqual(f?.lines, [1], 'the line pointing at the diagnosis');
      for (const s of c.says ?? []) assert.ok(f?.message.includes(s), `"${s}" not in: ${f?.message}`);
      assert.equal(f?.citation.source, 'ICD-10-CM');
      assert.match(f?.citation.file ?? '', /^icd10cm\//);
      const record = expectedRecord(source, c.record);
      if (record) assert.ok(f?.citation.record.includes(record), f?.citation.record);
    });
  }

  test('the citation of a valid header points at its line of the FY2026 order file', () => {
    const [f] = runRule(diagnosisCodeValidity, claimOf(['99214'], { diagnoses: ['E11.6'] }), catalog);
    const line = source.official ? 4398 : lineOf(catalog, 'icd10cm:2026', 'E11.6');
    assert.deepEqual(f?.citation, {
      source: 'ICD-10-CM',
      release: 'icd10cm:2026',
      file: 'icd10cm/2026/icd10cm_order_2026.txt',
      record: `line ${line}: E11.6`,
    });
  });

  test('each diagnosis is checked; lines pointing at it are named', () => {
    const findings = runRule(
      diagnosisCodeValidity,
      claimOf(
        [
          { code: '99214', diagnosisPointers: [1, 2] },
          { code: '93000', diagnosisPointers: [2] },
        ],
        { diagnoses: ['J45.41', 'E11.6', 'S72.001'] },
      ),
      catalog,
    );
    assert.deepEqual(
      findings.map((f) => [f.codes[0], f.rule, f.lines]),
      [
        ['E11.6', 'code.not-billable', [1, 2]],
        ['S72.001', 'code.seventh-character', []],
      ],
    );
  });
});

describeOnCatalogs('code validity of line codes', (source) => {
  let catalog: Catalog;
  before(async () => {
    catalog = await source.open();
  });

  const cases: Case[] = [
    { what: 'a CPT code of the fee schedule', code: '99214' },
    { what: 'a HCPCS Level II code in force', code: 'G0463' },
    {
      what: 'a HCPCS code terminated in 2018 names its cross-reference',
      code: 'C8904',
      rule: 'code.not-in-force',
      says: ['terminated on 2018-12-31', '77046'],
      record: 'termination date 2018-12-31',
    },
    { what: 'the terminated code on a date before its termination', code: 'C8904', date: '2018-06-01' },
    {
      what: 'a HCPCS code added after the date of service',
      code: 'A2001',
      date: '2020-11-01',
      rule: 'code.not-in-force',
      says: ['first appears in HCPCS Level II 2026-01'],
    },
    {
      what: 'a five-digit number Medicare does not price',
      code: '12345',
      rule: 'code.unknown',
      severity: 'warning',
      says: ['not in the loaded CPT numbers', 'no licensed CPT file'],
    },
    {
      what: 'a HCPCS-shaped code that does not exist',
      code: 'Z9999',
      rule: 'code.unknown',
      says: ['not a CPT or HCPCS'],
    },
    { what: 'a modifier in the code field', code: 'XS', rule: 'code.unknown', says: ['is a modifier'] },
    { what: 'a diagnosis in the code field', code: 'E11.9', rule: 'code.unknown', says: ['ICD-10-CM diagnosis code'] },
    { what: 'an ICD-10-PCS code', code: '0016070', rule: 'code.unknown', says: ['ICD-10-PCS'] },
  ];

  for (const c of cases) {
    test(`${c.what}: ${c.code} -> ${c.rule ?? 'no finding'}`, () => {
      const findings = runRule(
        lineCodeValidity,
        claimOf([{ code: c.code }], { dateOfService: c.date ?? DOS }),
        catalog,
      );
      if (!c.rule) {
        assert.deepEqual(findings, []);
        return;
      }
      assert.equal(findings.length, 1, JSON.stringify(findings));
      const f = findings[0];
      assert.equal(f?.rule, c.rule);
      assert.equal(f?.severity, c.severity ?? 'error');
      assert.deepEqual(f?.lines, [1]);
      for (const s of c.says ?? []) assert.ok(f?.message.includes(s), `"${s}" not in: ${f?.message}`);
      const record = expectedRecord(source, c.record);
      if (record) assert.ok(f?.citation.record.includes(record), f?.citation.record);
      assert.ok(f?.citation.file.length, 'a cited file');
    });
  }

  test('each line is checked on its own date of service', () => {
    const findings = runRule(
      lineCodeValidity,
      claimOf([
        { code: 'C8904', dateOfService: '2018-06-01' },
        { code: 'C8904', dateOfService: '2019-06-01' },
      ]),
      catalog,
    );
    assert.deepEqual(
      findings.map((f) => f.lines),
      [[2]],
    );
  });
});
