// Parser for the CMS ICD-10-PCS order file (icd10pcs_order_YYYY.txt, layout of icd10pcsOrderFile.pdf,
// unchanged since FY2016; checked on FY2026). Fixed width, one code or table header per line:
//   1-5 order number (zero filled) · 7-13 code (7 characters; 3 for a table header) · 15 "1" valid code /
//   "0" header · 17-76 short title · 78-end long title; positions 6, 14, 16 and 77 are blank.
// The caller decodes the bytes (CMS ships ASCII; shared/text.ts decodeText handles UTF-8 or Latin-1).

import { AppError, type Parsed, type ParseIssue, splitLines } from '../../shared/index.js';
import type { PcsOrderRecord } from './types.js';

/** Order number, code, flag: what makes a line recognisably an order-file line. */
const LINE_SHAPE = /^\d{5} [0-9A-Z]{3,7} *\s[01] /;
const PCS_CODE = /^[0-9A-HJ-NP-Z]{3,7}$/;

export function parsePcsOrder(text: string, file: string): Parsed<PcsOrderRecord> {
  const lines = splitLines(text);
  assertRecognised(lines, file);
  const records: PcsOrderRecord[] = [];
  const issues: ParseIssue[] = [];
  const seen = new Map<string, number>();
  let lastOrder = 0;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    if (raw.trim() === '') continue;
    const issue = (field: string, message: string): void => {
      issues.push({ file, line, field, message });
    };
    if (raw.length < 78 || raw[5] !== ' ' || raw[13] !== ' ' || raw[15] !== ' ' || raw[76] !== ' ') {
      issue('layout', `line does not follow the order-file layout (${raw.length} characters); skipped`);
      continue;
    }
    const orderText = raw.slice(0, 5);
    if (!/^\d{5}$/.test(orderText)) {
      issue('order', `order number "${orderText}" is not 5 digits; line skipped`);
      continue;
    }
    const code = raw.slice(6, 13).trimEnd();
    if (!PCS_CODE.test(code)) {
      issue('code', `"${code}" is not an ICD-10-PCS code or table prefix; line skipped`);
      continue;
    }
    const flag = raw[14];
    if (flag !== '0' && flag !== '1') {
      issue('valid', `valid flag "${flag}" is neither 0 nor 1; line skipped`);
      continue;
    }
    const valid = flag === '1';
    if (valid && code.length !== 7) {
      issue('code', `"${code}" is flagged valid but is not 7 characters; line skipped`);
      continue;
    }
    const longTitle = raw.slice(77).trimEnd();
    if (longTitle === '') issue('longTitle', `${code} has no long title`);
    const order = Number(orderText);
    if (order <= lastOrder) issue('order', `order number ${order} does not follow ${lastOrder}`);
    lastOrder = Math.max(lastOrder, order);
    const first = seen.get(code);
    if (first !== undefined) {
      issue('code', `${code} repeats line ${first}; the repeat is skipped`);
      continue;
    }
    seen.set(code, line);
    records.push({ order, code, valid, shortTitle: raw.slice(16, 76).trimEnd(), longTitle, line });
  }
  return { records, issues };
}

/** Throw unless one of the first non-blank lines has the order-file shape (a wrong file, not a bad line). */
function assertRecognised(lines: string[], file: string): void {
  const sample = lines.filter((l) => l.trim() !== '').slice(0, 20);
  if (sample.length === 0) throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: 'the file is empty' });
  if (!sample.some((l) => LINE_SHAPE.test(l))) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: 'no line starts with a 5-digit order number, a PCS code and a 0/1 valid flag (ICD-10-PCS order file layout)',
    });
  }
}
