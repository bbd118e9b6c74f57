import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { codesetsDir, skipUnlessCodesets } from '../shared/test-support/codesets.js';
import { browseCodes } from './browse.js';
import { listHcpcsModifiers } from './browse-hcpcs.js';
import { Catalog } from './catalog.js';
import { lookupCode } from './lookup.js';
import type { HcpcsFullRecord } from './lookup-types.js';
import { excerptCatalogDir } from './test-support/excerpt-codesets.js';
import { importedCatalog } from './test-support/imported-catalog.js';

const LAYOUT = 'hcpcs/2026-01/HCPC2026_recordlayout.txt';
const NOTES = 'hcpcs/2026-01/proc_notes_JAN2026.txt';

function field(r: HcpcsFullRecord | undefined, name: string) {
  const f = r?.fields.find((x) => x.field === name);
  assert.ok(f, `field ${name} in the record`);
  return f;
}

// The catalog of the excerpts: January 2026 carries its record layout and processing notes, 2019 and October 2020
// their records only.
describe('a HCPCS lookup carries the whole official record with the meanings of its values', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = Catalog.open(await excerptCatalogDir());
  });

  test('J1100 (January 2026): every filled field, each value with its meaning from the record layout', () => {
    const r = lookupCode(catalog, { system: 'hcpcs', code: 'J1100', date: '2026-02-01' }).hcpcsRecord;
    assert.equal(r?.release, 'hcpcs:2026-01');
    assert.equal(r?.longDescription, 'Injection, dexamethasone sodium phosphate, 1 mg');
    assert.equal(r?.shortDescription, 'Dexamethasone sodium phos');
    assert.deepEqual(field(r, 'pricing').values, [{ value: '51', meaning: 'Drugs', group: 'Other', from: LAYOUT }]);
    assert.equal(
      field(r, 'multiplePricing').values[0]?.meaning,
      'Not applicable as HCPCS priced under one methodology',
    );
    assert.equal(field(r, 'coverage').values[0]?.meaning, 'Special coverage instructions apply');
    assert.equal(field(r, 'betos').values[0]?.meaning, 'Other drugs');
    assert.deepEqual(
      field(r, 'typeOfService').values.map((v) => [v.value, v.meaning]),
      [
        ['1', 'Medical care'],
        ['P', 'Lump sum purchase of DME, prosthetics, orthotics'],
      ],
    );
    assert.deepEqual(field(r, 'addDate').values, [{ value: '1982-01-01', meaning: null }]);
    assert.equal(field(r, 'actionCode').values[0]?.meaning, 'No maintenance for this code');
    assert.equal(field(r, 'actionCode').layoutTitle, 'HCPCS Action Code');
    assert.deepEqual(r?.sources.layout, LAYOUT);
    assert.deepEqual(r?.missing, []);
    // fields the record leaves blank are not listed
    assert.equal(
      r?.fields.some((f) => f.field === 'terminationDate' || f.field === 'labCertification'),
      false,
    );
  });

  test('a processing note number comes with the text of the release’s proc_notes file', () => {
    const r = lookupCode(catalog, { system: 'hcpcs', code: 'A4719', date: '2026-02-01' }).hcpcsRecord;
    assert.deepEqual(field(r, 'processingNote').values, [
      {
        value: '0017',
        meaning:
          'SEE INTERMEDIARY MANUAL SECTION 3170.5 FOR COVERAGE INSTRUCTIONS PERTAINING TO E1510-E1600, E1620, E1630-E1699, A4650-A4663, A4690, A4712, A4730-A4870, A4890-A4927.',
        from: NOTES,
      },
    ]);
    assert.equal(r?.sources.procNotes, NOTES);
  });

  test('a modifier has its record too: descriptors, dates, action', () => {
    const l = lookupCode(catalog, { system: 'hcpcs', code: 'GT', date: '2026-02-01' });
    assert.equal(l.kind, 'modifier');
    assert.equal(l.hcpcsRecord?.kind, 'modifier');
    assert.ok(l.hcpcsRecord?.fields.some((f) => f.field === 'addDate'));
    assert.match(field(l.hcpcsRecord, 'processingNote').values[0]?.meaning ?? '', /BALANCED BUDGET ACT/);
  });

  test('a release without a layout says so and borrows the meanings, labelled with their file', () => {
    const r = lookupCode(catalog, { system: 'hcpcs', code: 'J1100', date: '2020-11-01' }).hcpcsRecord;
    assert.equal(r?.release, 'hcpcs:2020-10');
    assert.equal(r?.sources.layout, null);
    assert.match(
      r?.missing[0] ?? '',
      /No record layout was loaded with HCPCS Level II 2020-10; the meanings below are from hcpcs\/2026-01\/HCPC2026_recordlayout.txt/,
    );
    assert.deepEqual(field(r, 'pricing').values[0], { value: '51', meaning: 'Drugs', group: 'Other', from: LAYOUT });
  });

  test('a release without its processing notes shows the number and says the file is not loaded', () => {
    const r = lookupCode(catalog, { system: 'hcpcs', code: 'S0189', date: '2019-06-01' }).hcpcsRecord;
    assert.deepEqual(field(r, 'processingNote').values, [{ value: '0088', meaning: null }]);
    assert.ok(
      r?.missing.some((m) => /processing notes file \(proc_notes\) of HCPCS Level II 2019 is not loaded/.test(m)),
    );
  });
});

describe('browsing HCPCS: code groups are ranges of codes, modifiers are apart', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = Catalog.open(await excerptCatalogDir());
  });

  test('J: the groups hold codes only, labelled by their range; modifier J5 is no group', () => {
    const r = browseCodes(catalog, 'hcpcs', 'J', '2026-02-01');
    assert.ok(r);
    const modifierTitle = lookupCode(catalog, { system: 'hcpcs', code: 'J5', date: '2026-02-01' }).title;
    for (const e of r.entries) {
      assert.equal(e.prefix.length, 2);
      assert.notEqual(e.code, 'J5');
      assert.notEqual(e.label, modifierTitle);
    }
    const j1 = r.entries.find((e) => e.prefix === 'J1');
    assert.equal(j1?.label, 'J1100');
    assert.equal(j1?.code, undefined);
  });

  test('the modifiers are a list of their own, with their descriptors', () => {
    const list = listHcpcsModifiers(catalog, '2026-02-01');
    assert.equal(list?.release, 'hcpcs:2026-01');
    const codes = list?.modifiers.map((m) => m.code) ?? [];
    assert.ok(codes.includes('GT') && codes.includes('J5'));
    assert.ok(codes.every((c) => c.length === 2));
    assert.deepEqual([...codes].sort(), codes);
    assert.ok(list?.modifiers.every((m) => m.title !== ''));
  });
});

describe('HCPCS records on the catalog of the official files', { skip: skipUnlessCodesets() }, () => {
  const { catalog } = importedCatalog(codesetsDir);

  test('lab certification, cross-reference, termination and the 2019 processing notes, each with its meaning', () => {
    const lab = lookupCode(catalog(), { system: 'hcpcs', code: 'G0103', date: '2026-02-01' }).hcpcsRecord;
    assert.deepEqual(field(lab, 'labCertification').values[0], {
      value: '310',
      meaning: 'Routine chemistry',
      from: LAYOUT,
    });
    const xref = lookupCode(catalog(), { system: 'hcpcs', code: 'A0380', date: '2026-02-01' }).hcpcsRecord;
    assert.deepEqual(
      field(xref, 'crossReference').values.map((v) => v.value),
      ['A0425'],
    );
    const ended = lookupCode(catalog(), { system: 'hcpcs', code: 'C5271', date: '2026-02-01' }).hcpcsRecord;
    assert.deepEqual(field(ended, 'terminationDate').values, [{ value: '2025-12-31', meaning: null }]);
    assert.equal(field(ended, 'actionCode').values[0]?.meaning, 'Discontinue procedure or modifier code');
    const old = lookupCode(catalog(), { system: 'hcpcs', code: 'S0012', date: '2019-06-01' }).hcpcsRecord;
    assert.equal(old?.release, 'hcpcs:2019');
    assert.equal(old?.sources.procNotes, 'hcpcs/2019/proc_notes_2019.txt');
    assert.match(field(old, 'processingNote').values[0]?.meaning ?? '', /^"S" CODES ARE UNIQUE TEMPORARY CODES/);
    assert.deepEqual(old?.missing, []);
  });

  test('every code and modifier of January 2026: each coded value the layout lists has its meaning', () => {
    const release = catalog().releasesById.get('hcpcs:2026-01');
    assert.ok(release);
    const records = catalog().layer(release, 'hcpcs-records').records;
    const coded = [
      'pricing',
      'multiplePricing',
      'coverage',
      'betos',
      'typeOfService',
      'actionCode',
      'labCertification',
    ];
    const without: string[] = [];
    for (const rec of records) {
      const r = lookupCode(catalog(), { system: 'hcpcs', code: rec.code, date: '2026-02-01' }).hcpcsRecord;
      for (const f of r?.fields ?? [])
        if (coded.includes(f.field) || f.field === 'processingNote')
          for (const v of f.values) if (v.meaning === null) without.push(`${rec.code} ${f.field}=${v.value}`);
    }
    assert.deepEqual(without, []);
  });
});
