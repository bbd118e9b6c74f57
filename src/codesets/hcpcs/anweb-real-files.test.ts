// Integration tests on the official CMS HCPCS files of the staged data folder (see its MANIFEST.md): the 2019
// annual file (txt + xlsx), the October 2020 quarterly xlsx and the January 2026 quarterly file (txt + xlsx). The
// records they name are also read from the excerpts of the same files (src/catalog/fixtures/excerpts); counts and
// the txt/xlsx comparisons are the official files' only.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Parsed } from '../../shared/parse-types.js';
import { type CodesetFiles, describeOnFiles, lineOf } from '../../shared/test-support/excerpts.js';
import { decodeText } from '../../shared/text.js';
import { parseHcpcsAnweb } from './anweb-txt.js';
import { parseHcpcsAnwebXlsx } from './anweb-xlsx.js';
import type { HcpcsRecord } from './types.js';

const TXT_2019 = 'hcpcs/2019/HCPC2019_CONTR_ANWEB.txt';
const XLSX_2019 = 'hcpcs/2019/HCPC2019_CONTR_ANWEB.xlsx';
const XLSX_2020_10 = 'hcpcs/2020-10/anweb.xlsx';
const TXT_2026_01 = 'hcpcs/2026-01/HCPC2026_JAN_ANWEB_01122026.txt';
const XLSX_2026_01 = 'hcpcs/2026-01/HCPC2026_JAN_ANWEB_01122026.xlsx';

const cache = new Map<string, Promise<Parsed<HcpcsRecord>>>();

/** Each file is parsed once for all the tests that read it. */
function parsed(files: CodesetFiles, relative: string): Promise<Parsed<HcpcsRecord>> {
  const key = `${files.official}|${relative}`;
  let result = cache.get(key);
  if (!result) {
    result = files
      .bytes(relative)
      .then((bytes) =>
        relative.endsWith('.xlsx')
          ? parseHcpcsAnwebXlsx(bytes, relative)
          : parseHcpcsAnweb(decodeText(bytes), relative),
      );
    cache.set(key, result);
  }
  return result;
}

function count(records: HcpcsRecord[], kind: HcpcsRecord['kind']): number {
  return records.filter((r) => r.kind === kind).length;
}

function find(records: HcpcsRecord[], code: string): HcpcsRecord {
  const record = records.find((r) => r.code === code);
  assert.ok(record, `${code} is in the file`);
  return record;
}

const collapseSpaces = (s: string): string => s.replace(/ {2,}/g, ' ');

interface Differences {
  /** codes whose long description differs only by a double space that fell on a line wrap of the txt */
  wrapSpaces: string[];
  /** codes whose action effective date is blank in the xlsx (where the txt repeats the add date) */
  actionDateBlankInXlsx: number;
  /** other fields known to differ between the two forms, as "CODE field" */
  fields: string[];
}

/** Compares the txt and xlsx forms of one release record by record and returns every difference found. */
function compareForms(txt: HcpcsRecord[], xlsx: HcpcsRecord[]): Differences {
  assert.deepEqual(
    txt.map((r) => `${r.kind} ${r.code}`),
    xlsx.map((r) => `${r.kind} ${r.code}`),
    'same codes and modifiers, in the same order',
  );
  const found: Differences = { wrapSpaces: [], actionDateBlankInXlsx: 0, fields: [] };
  txt.forEach((t, i) => {
    const x = xlsx[i] as HcpcsRecord;
    assert.equal(t.shortDescription, x.shortDescription, `${t.code} short description`);
    assert.equal(t.actionCode, x.actionCode, `${t.code} action code`);
    assert.equal(t.addDate, x.addDate, `${t.code} add date`);
    assert.equal(t.terminationDate, x.terminationDate, `${t.code} termination date`);
    assert.equal(collapseSpaces(t.longDescription), collapseSpaces(x.longDescription), `${t.code} long description`);
    if (t.longDescription !== x.longDescription) found.wrapSpaces.push(t.code);
    if (x.actionEffectiveDate === undefined && t.actionEffectiveDate !== undefined) {
      assert.equal(
        t.actionEffectiveDate,
        t.addDate,
        `${t.code}: the xlsx leaves out an action date equal to the add date`,
      );
      found.actionDateBlankInXlsx++;
    } else {
      assert.equal(t.actionEffectiveDate, x.actionEffectiveDate, `${t.code} action effective date`);
    }
    const skip = new Set(['line', 'longDescription', 'actionEffectiveDate']);
    for (const key of new Set([...Object.keys(t), ...Object.keys(x)])) {
      if (skip.has(key)) continue;
      const field = key as keyof HcpcsRecord;
      if (JSON.stringify(t[field]) !== JSON.stringify(x[field])) found.fields.push(`${t.code} ${key}`);
    }
  });
  return found;
}

describeOnFiles('HCPCS 2019 annual file', [], (files) => {
  const skip = files.skip(TXT_2019, XLSX_2019);
  const onlyOfficial = skip || files.onlyOfficial;

  test('txt: 6,440 codes and 360 modifiers, no issues', { skip: onlyOfficial }, async () => {
    const { records, issues } = await parsed(files, TXT_2019);
    assert.deepEqual(issues, []);
    assert.equal(count(records, 'code'), 6440);
    assert.equal(count(records, 'modifier'), 360);
  });

  test('txt: J2505 (a drug code) has its pricing indicator, BETOS, TOS, ASC and dates', { skip }, async () => {
    const { records } = await parsed(files, TXT_2019);
    const j2505 = find(records, 'J2505');
    assert.equal(j2505.longDescription, 'Injection, pegfilgrastim, 6 mg');
    assert.equal(j2505.shortDescription, 'Injection, pegfilgrastim 6mg');
    assert.deepEqual(j2505.pricing, ['53']);
    assert.equal(j2505.betos, 'O1E');
    assert.deepEqual(j2505.typeOfService, ['1', 'P']);
    assert.equal(j2505.ascGroup, 'YY');
    assert.equal(j2505.ascEffectiveDate, '2008-01-01');
    assert.equal(j2505.addDate, '2004-01-01');
    assert.equal(j2505.actionCode, 'N');
    const aa = find(records, 'AA');
    assert.equal(aa.kind, 'modifier');
    assert.deepEqual(aa.mcm, ['3350.5']);
  });

  test('txt: 17 lines of G0503 join into the long description of the xlsx', { skip }, async () => {
    const { records } = await parsed(files, TXT_2019);
    const g0503 = find(records, 'G0503');
    assert.match(
      g0503.longDescription,
      /^Subsequent psychiatric collaborative care management, first 60 minutes in a /,
    );
    assert.match(
      g0503.longDescription,
      / and\/or other treatment goals and are prepared for discharge from active treatment$/,
    );
    assert.deepEqual(g0503.crossReference, ['99493']);
    assert.equal(g0503.terminationDate, '2017-12-31');
  });

  test('xlsx: same release, same 6,800 records', { skip: onlyOfficial }, async () => {
    const { records, issues } = await parsed(files, XLSX_2019);
    assert.deepEqual(issues, []);
    assert.equal(count(records, 'code'), 6440);
    assert.equal(count(records, 'modifier'), 360);
  });

  test('txt and xlsx agree record by record, up to differences CMS made between the two', {
    skip: onlyOfficial,
  }, async () => {
    const found = compareForms((await parsed(files, TXT_2019)).records, (await parsed(files, XLSX_2019)).records);
    const wrapped = ['C9754', 'G0417', 'G0418', 'G0419', 'G0502', 'G0503', 'G9482', 'G9486', 'G9488', 'G9627', 'G9986'];
    assert.deepEqual(found.wrapSpaces, wrapped);
    assert.equal(found.actionDateBlankInXlsx, 115);
    // the xlsx lists a fourth type of service, R (rental), that the txt does not have
    assert.deepEqual(found.fields, ['E0210 typeOfService', 'E0776 typeOfService']);
  });
});

describeOnFiles('HCPCS October 2020 quarterly xlsx', [], (files) => {
  const skip = files.skip(XLSX_2020_10);
  const _onlyOfficial = skip || files.onlyOfficial;

  test('6,825 codes and 371 modifiers; the RECID 4 row of G0503 is joined', { skip }, async () => {
    const { records, issues } = await parsed(files, XLSX_2020_10);
    assert.deepEqual(issues, []);
    if (files.official) {
      assert.equal(count(records, 'code'), 6825);
      assert.equal(count(records, 'modifier'), 371);
    }
    assert.match(
      find(records, 'G0503').longDescription,
      /other treatment goals and are prepared for discharge from active/,
    );
    const j5 = find(records, 'J5');
    assert.equal(j5.addDate, '2020-10-01', 'a date CMS typed as a number');
    assert.equal(j5.actionCode, 'A');
    assert.ok(!j5.longDescription.endsWith(' '), 'trailing space of the cell removed');
  });
});

describeOnFiles('HCPCS January 2026 quarterly file', [], (files) => {
  const skip = files.skip(TXT_2026_01, XLSX_2026_01);
  const onlyOfficial = skip || files.onlyOfficial;

  test('txt: 8,623 codes and 383 modifiers, no issues', { skip: onlyOfficial }, async () => {
    const { records, issues } = await parsed(files, TXT_2026_01);
    assert.deepEqual(issues, []);
    assert.equal(count(records, 'code'), 8623);
    assert.equal(count(records, 'modifier'), 383);
  });

  test('txt: G9871, the one 546-character record, reads by position', { skip }, async () => {
    const { records } = await parsed(files, TXT_2026_01);
    const g9871 = find(records, 'G9871');
    const line = files.official ? 9170 : lineOf(files, TXT_2026_01, 'G9871');
    assert.deepEqual(g9871, {
      code: 'G9871',
      kind: 'code',
      longDescription: 'Behavioral counseling for diabetes prevention, online, 60 minutes',
      shortDescription: 'Bhv couns dm prev, onln 60 m',
      pricing: ['00'],
      multiplePricing: '9',
      coverage: 'C',
      betos: 'Y1',
      typeOfService: ['1'],
      cim: [],
      mcm: [],
      labCertification: [],
      crossReference: [],
      anesthesiaUnits: '0',
      addDate: '2026-01-01',
      actionEffectiveDate: '2026-01-01',
      actionCode: 'A',
      line,
    });
  });

  test('txt: a discontinued code keeps its termination date and processing note', { skip }, async () => {
    const { records } = await parsed(files, TXT_2026_01);
    const s0189 = find(records, 'S0189');
    assert.equal(s0189.actionCode, 'D');
    assert.equal(s0189.terminationDate, '2025-12-31');
    assert.equal(s0189.processingNote, '0088');
    assert.equal(s0189.coverage, 'I');
  });

  test('xlsx: same release, same 9,006 records', { skip: onlyOfficial }, async () => {
    const { records, issues } = await parsed(files, XLSX_2026_01);
    assert.deepEqual(issues, []);
    assert.equal(count(records, 'code'), 8623);
    assert.equal(count(records, 'modifier'), 383);
  });

  test('txt and xlsx agree record by record, up to differences CMS made between the two', {
    skip: onlyOfficial,
  }, async () => {
    const found = compareForms((await parsed(files, TXT_2026_01)).records, (await parsed(files, XLSX_2026_01)).records);
    const wrapped = ['C9754', 'G0023', 'G0417', 'G0418', 'G0419', 'G0502', 'G0503', 'G0558'].concat([
      'G2211',
      'G9482',
      'G9486',
      'G9488',
      'G9627',
      'G9986',
      'M1377',
    ]);
    assert.deepEqual(found.wrapSpaces, wrapped);
    assert.equal(found.actionDateBlankInXlsx, 117);
    // the xlsx has a third pricing indicator, 11, for C9248 that the txt does not
    assert.deepEqual(found.fields, ['C9248 pricing']);
  });
});
