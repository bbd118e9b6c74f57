import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isAppError } from '../../shared/errors.js';
import { codesetPath, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import { excerptBytes } from '../../shared/test-support/excerpts.js';
import { decodeText } from '../../shared/text.js';
import { parseHcpcsProcNotes } from './proc-notes.js';
import { type HcpcsRecordLayout, parseHcpcsRecordLayout } from './record-layout.js';

const LAYOUT_2026 = 'hcpcs/2026-01/HCPC2026_recordlayout.txt';
const NOTES_2026 = 'hcpcs/2026-01/proc_notes_JAN2026.txt';

function meaning(layout: HcpcsRecordLayout, alias: string, value: string): string | undefined {
  const f = layout.fields.find((x) => x.alias === alias);
  const list = f?.codeTable ? layout.tables.find((t) => t.name === f.codeTable)?.values : f?.values;
  return list?.find((v) => v.value === value)?.meaning;
}

describe('parseHcpcsRecordLayout on the January 2026 layout excerpt', () => {
  const text = async () => decodeText(await excerptBytes(LAYOUT_2026));

  test('reads fields by number, alias and position, and the meaning of each coded value', async () => {
    const { layout, issues } = parseHcpcsRecordLayout(await text(), LAYOUT_2026);
    assert.deepEqual(issues, []);
    assert.equal(layout.title, 'HCPCS Contractor Record - 2026');
    const pricing = layout.fields.find((f) => f.alias === 'PRCNGCD');
    assert.deepEqual([pricing?.number, pricing?.start, pricing?.end], [9, 120, 121]);
    // a meaning wrapped over lines is joined; the heading over a value list is its group
    assert.equal(
      meaning(layout, 'PRCNGCD', '00'),
      'Service not separately priced by part B (e.G., services not covered, bundled, used by part a only, etc.)',
    );
    assert.equal(pricing?.values.find((v) => v.value === '21')?.group, 'Clinical Lab Fee Schedule');
    // a value line indented with tabs in the published file (added in 2024)
    assert.equal(meaning(layout, 'PRCNGCD', '40'), 'Lymphedema Compression Treatment Items (eff 1/1/2024)');
    assert.equal(meaning(layout, 'PRCNGCD', '51'), 'Drugs');
    assert.equal(meaning(layout, 'CVRG_CD', 'D'), 'Special coverage instructions apply');
    assert.equal(meaning(layout, 'LABCERT', '140'), 'Virology');
    assert.equal(meaning(layout, 'ACTN_CD', 'N'), 'No maintenance for this code');
    assert.equal(meaning(layout, 'MULTCD', 'A'), 'Not applicable as HCPCS priced under one methodology');
  });

  test('BETOS and type of service meanings come from the appendix tables the fields name', async () => {
    const { layout } = parseHcpcsRecordLayout(await text(), LAYOUT_2026);
    assert.equal(layout.fields.find((f) => f.alias === 'BETOS')?.codeTable, 'BETOS_TB');
    assert.equal(meaning(layout, 'BETOS', 'O1E'), 'Other drugs');
    assert.equal(meaning(layout, 'BETOS', 'M3'), 'Emergency room visit');
    assert.equal(meaning(layout, 'TYPESRVC', '1'), 'Medical care');
    assert.equal(
      meaning(layout, 'TYPESRVC', '0'),
      'Whole blood only eff 01/96, whole blood or packed red cells before 01/96',
    );
  });

  test('the ASC field gives no value list: its description explains the YY indicator', async () => {
    const { layout } = parseHcpcsRecordLayout(await text(), LAYOUT_2026);
    const asc = layout.fields.find((f) => f.alias === 'ASCIND');
    assert.deepEqual(asc?.values, []);
    assert.match(asc?.description ?? '', /'YY' indicator represents that this procedure is approved/);
  });

  test('a file that is not a record layout is refused', () => {
    assert.throws(
      () => parseHcpcsRecordLayout('just some text\n', 'x.txt'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED',
    );
  });
});

describe('parseHcpcsProcNotes on the January 2026 processing notes excerpt', () => {
  test('reads each note number with its text, wrapped lines joined and the "*" column dropped', async () => {
    const { notes, issues } = parseHcpcsProcNotes(decodeText(await excerptBytes(NOTES_2026)), NOTES_2026);
    assert.deepEqual(issues, []);
    assert.deepEqual(
      notes.map((n) => n.number),
      ['0017', '0069', '0073', '0088'],
    );
    assert.equal(
      notes.find((n) => n.number === '0073')?.text,
      'SEE SECTION 4206(a)(b) OF THE BALANCED BUDGET ACT (BBA) OF 1997. PROGRAM MEMORANDOM B-99-2, JANUARY 1999.',
    );
  });

  test('a file without the title is refused; a repeated number is an issue, the first kept', () => {
    assert.throws(
      () => parseHcpcsProcNotes('0001--TEXT\n', 'x.txt'),
      (e: unknown) => isAppError(e) && e.code === 'CODESET_NOT_RECOGNIZED',
    );
    const r = parseHcpcsProcNotes('PROCESSING NOTES\n 0001--ONE *\n 0001--TWO *\n', 'x.txt');
    assert.deepEqual(
      r.notes.map((n) => n.text),
      ['ONE'],
    );
    assert.equal(r.issues[0]?.line, 3);
  });
});

describe('the record layouts and processing notes as published', () => {
  test('2026: every value list of the layout and every note', {
    skip: skipUnlessCodesets(LAYOUT_2026, NOTES_2026),
  }, () => {
    const { layout, issues } = parseHcpcsRecordLayout(readFileSync(codesetPath(LAYOUT_2026), 'latin1'), LAYOUT_2026);
    assert.deepEqual(issues, []);
    assert.equal(layout.fields.length, 31);
    assert.equal(layout.fields.find((f) => f.alias === 'PRCNGCD')?.values.length, 26);
    assert.equal(layout.fields.find((f) => f.alias === 'MOGGRP')?.values.length, 98);
    assert.equal(layout.tables.find((t) => t.name === 'BETOS_TB')?.values.length, 107);
    assert.equal(layout.tables.find((t) => t.name === 'CMS_TYPE_SRVC_TB')?.values.length, 34);
    const { notes } = parseHcpcsProcNotes(readFileSync(codesetPath(NOTES_2026), 'latin1'), NOTES_2026);
    assert.equal(notes.length, 234);
    // a note typed with tabs in the published file
    assert.match(
      notes.find((n) => n.number === '0229')?.text ?? '',
      /^THESE CODES ARE USED ONLY UNDER THE ASC PAYMENT SYSTEM\. .* FOR MORE INFORMATION\.$/,
    );
  });

  test('2019: the older layout reads the same way', {
    skip: skipUnlessCodesets('hcpcs/2019/HCPCS2019_recordlayout.txt'),
  }, () => {
    const file = 'hcpcs/2019/HCPCS2019_recordlayout.txt';
    const { layout, issues } = parseHcpcsRecordLayout(readFileSync(codesetPath(file), 'latin1'), file);
    assert.deepEqual(issues, []);
    // pricing indicator 40 was added in 2024
    assert.equal(meaning(layout, 'PRCNGCD', '40'), undefined);
    assert.equal(meaning(layout, 'PRCNGCD', '51'), 'Drugs');
  });
});
