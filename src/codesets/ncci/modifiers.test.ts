import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { codesetPath, skipUnlessCodesets } from '../../shared/test-support/codesets.js';
import { readPdfPages } from '../guidance/index.js';
import {
  isNcciPtpAssociatedModifier,
  NCCI_PTP_ASSOCIATED_MODIFIERS,
  NOT_NCCI_PTP_ASSOCIATED_MODIFIERS,
  ncciModifier,
} from './modifiers.js';

const EXCERPT_2026 = 'ncci/policy-manual-2026-excerpt/NCCI_-_Modifiers__NCCI_Coding_Policy_.pdf';
const MANUAL_2025 = 'ncci/policy-manual-2025/ncci_manual.pdf';

/** The list as the Policy Manual prints it, ranges spelled out. */
const EXPECTED = {
  anatomic: [
    ...['E1', 'E2', 'E3', 'E4'],
    ...['FA', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9'],
    ...['TA', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'],
    ...['LT', 'RT', 'LC', 'LD', 'RC', 'LM', 'RI'],
  ],
  'global-surgery': ['24', '25', '57', '58', '78', '79'],
  other: ['27', '59', '91', 'XE', 'XS', 'XP', 'XU'],
};

function expand(list: string): string[] {
  return list.split(/,\s*/).flatMap((item) => {
    const range = /^([A-Z])(\d)-[A-Z](\d)$/.exec(item.trim());
    if (!range) return [item.trim()];
    const [, letter, from, to] = range as unknown as [string, string, string, string];
    return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => `${letter}${Number(from) + i}`);
  });
}

describe('NCCI PTP-associated modifiers', () => {
  test('the 44 modifiers of ch. I sec. E, in the manual order, by group', () => {
    for (const [group, codes] of Object.entries(EXPECTED)) {
      assert.deepEqual(
        NCCI_PTP_ASSOCIATED_MODIFIERS.filter((m) => m.group === group).map((m) => m.code),
        codes,
        group,
      );
    }
    assert.equal(NCCI_PTP_ASSOCIATED_MODIFIERS.length, 44);
  });

  test('each has a short meaning of its own and a citation of the Policy Manual', () => {
    for (const m of NCCI_PTP_ASSOCIATED_MODIFIERS) {
      assert.ok(m.meaning.length > 0 && m.meaning.length <= 110, `${m.code}: one short line`);
      assert.match(m.source, /NCCI Policy Manual for Medicare Services, ch\. I sec\. E, rev\. 1\/1\/2026, p\. I-14/);
    }
    assert.match(ncciModifier('59')?.source ?? '', /pp\. I-17 to I-20/);
    assert.match(ncciModifier('91')?.source ?? '', /sec\. N/);
  });

  test('lookup ignores case and spaces; 22, 76 and 77 are not PTP-associated', () => {
    assert.equal(isNcciPtpAssociatedModifier('59'), true);
    assert.equal(isNcciPtpAssociatedModifier(' xs '), true);
    assert.equal(ncciModifier('rt')?.meaning, 'Right side of the body');
    for (const code of [...NOT_NCCI_PTP_ASSOCIATED_MODIFIERS, '26', 'TC', 'GA', '']) {
      assert.equal(isNcciPtpAssociatedModifier(code), false, code);
    }
  });

  for (const [label, file] of [
    ['2026 excerpt', EXCERPT_2026],
    ['2025 manual', MANUAL_2025],
  ] as const) {
    test(`the list matches the Policy Manual text (${label})`, {
      skip: skipUnlessCodesets(file),
    }, async () => {
      // the PDF read with the guidance reader (pdf.js): the lines of every page in reading order
      const pages = await readPdfPages(readFileSync(codesetPath(file)));
      const text = pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
      const line = (label: string): string[] => {
        const match = new RegExp(`${label}\\s*:\\s*(.+)`).exec(text);
        assert.ok(match, `"${label}:" line found`);
        return expand((match[1] as string).trim());
      };
      assert.deepEqual(line('Anatomic modifiers'), EXPECTED.anatomic);
      assert.deepEqual(line('Global surgery modifiers'), EXPECTED['global-surgery']);
      assert.deepEqual(line('Other modifiers'), EXPECTED.other);
      assert.match(text, /Modifiers 22 .* 76 .* and 77 .*are not NCCI PTP-associated modifiers/s);
    });
  }
});
