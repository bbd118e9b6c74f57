// The addenda layout on hand-made lines in the three forms CMS/CDC publish (CM order, PCS order, CM codes).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAddenda } from './addenda-file.js';

const pad = (s: string, n: number) => s.padEnd(n, ' ');
const cmOrder = (action: string, flag: string, code: string, short: string, long: string) =>
  `${pad(action, 13)}${flag} ${pad(code, 7)} ${pad(short, 60)} ${long}`;
const pcsOrder = (action: string, code: string, short: string, long: string) =>
  `${pad(action, 13)}${pad(code, 7)} ${pad(short, 60)} ${long}`;
const codes = (action: string, code: string, long: string) => `${pad(action, 13)}${pad(code, 7)} ${long}`;

describe('parseAddenda', () => {
  test('ICD-10-CM order addenda: flag, code, long title; a revision pairs "from" with "to"; summary lines skipped', () => {
    const text = [
      cmOrder('Delete:', '1', 'B880', 'Other acariasis', 'Other acariasis'),
      cmOrder('Add:', '0', 'B880', 'Other acariasis', 'Other acariasis'),
      cmOrder('Add:', '1', 'B8801', 'Infestation by Demodex mites', 'Infestation by Demodex mites'),
      cmOrder('Revise from:', '1', 'L02212', 'Cutaneous abscess of back', 'Abscess of back [any part, except buttock]'),
      cmOrder('Revise to:', '1', 'L02212', 'Cutaneous abscess of back', 'Abscess of back [except buttock and flank]'),
      '',
      'Codes',
      '  74260 codes in icd10cm_order_2025.txt',
    ].join('\r\n');
    const r = parseAddenda(text, 'icd10cm_order_addenda.txt', 'order');
    assert.deepEqual(r.issues, []);
    assert.deepEqual(
      r.records.map((c) => [c.action, c.code, c.title, c.billable, c.line]),
      [
        ['delete', 'B880', 'Other acariasis', true, 1],
        ['add', 'B880', 'Other acariasis', false, 2],
        ['add', 'B8801', 'Infestation by Demodex mites', true, 3],
        ['revise', 'L02212', 'Abscess of back [except buttock and flank]', true, 5],
      ],
    );
    assert.equal(r.records[3]?.previousTitle, 'Abscess of back [any part, except buttock]');
  });

  test('ICD-10-PCS order addenda (no flag) and codes addenda (long title only)', () => {
    const pcs = parseAddenda(
      pcsOrder('Add:', '00H033J', 'Insertion of Infusion Dev into Brain', 'Insertion of Infusion Device into Brain'),
      'order_addenda.txt',
      'order',
    );
    assert.deepEqual(
      pcs.records.map((c) => [c.action, c.code, c.title, c.billable]),
      [['add', '00H033J', 'Insertion of Infusion Device into Brain', undefined]],
    );
    const cm = parseAddenda(codes('Delete:', 'B880', 'Other acariasis'), 'codes_addenda.txt', 'codes');
    assert.deepEqual(
      cm.records.map((c) => [c.action, c.code, c.title]),
      [['delete', 'B880', 'Other acariasis']],
    );
  });

  test('a revision without its other half is an issue; a file with no change line is not addenda', () => {
    const r = parseAddenda(
      [codes('Revise from:', 'L02212', 'Old'), codes('Add:', 'B8801', 'New code')].join('\n'),
      'x.txt',
      'codes',
    );
    assert.deepEqual(
      r.records.map((c) => c.code),
      ['B8801'],
    );
    assert.match(r.issues[0]?.message ?? '', /"Revise from:" L02212 has no "Revise to:"/);
    assert.throws(() => parseAddenda(codes('Add:', 'b8-01', 'x'), 'x.txt', 'codes'), /addenda layout/);
  });
});
