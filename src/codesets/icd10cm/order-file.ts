// ICD-10-CM order file (CMS/CDC icd10cm_order_YYYY.txt, fixed width, one code per line, CRLF; layout from
// "icd10OrderFiles.pdf", checked on the January 2021 and FY2026 files). Positions, 1-based:
//   1-5 order number (zero padded) · 7-13 code, undotted, left aligned · 15 "1" valid (billable) / "0" header ·
//   17-76 short title · 78-end long title. Columns 6, 14, 16 and 77 are blank.
// The addenda files ("Add:"/"Delete:" prefixes) are a different layout and are not read here.
import { AppError, type Parsed, type ParseIssue, splitLines } from '../../shared/index.js';
import { isCmCode, normalizeCmCode } from './code-format.js';
import type { CmOrderRecord } from './types.js';

const MIN_LENGTH = 78; // everything up to the first character of the long title
const SEPARATORS = [5, 13, 15, 76]; // 0-based positions that must be blank

function readLine(raw: string, line: number): CmOrderRecord | string {
  if (raw.length < MIN_LENGTH) return `line is ${raw.length} characters, the layout needs at least ${MIN_LENGTH}`;
  if (SEPARATORS.some((i) => raw[i] !== ' ')) return 'columns 6, 14, 16 and 77 must be blank';
  const orderText = raw.slice(0, 5);
  if (!/^\d{5}$/.test(orderText)) return `order number "${orderText}" is not 5 digits`;
  const code = normalizeCmCode(raw.slice(6, 13));
  if (!isCmCode(code)) return `"${raw.slice(6, 13).trim()}" is not an ICD-10-CM code`;
  const flag = raw[14];
  if (flag !== '0' && flag !== '1') return `billable flag "${flag}" is not 0 or 1`;
  const longTitle = raw.slice(77).trim();
  if (longTitle === '') return 'empty long title';
  return {
    order: Number(orderText),
    code,
    billable: flag === '1',
    shortTitle: raw.slice(16, 76).trim(),
    longTitle,
    line,
  };
}

export function parseCmOrder(text: string, file: string): Parsed<CmOrderRecord> {
  const records: CmOrderRecord[] = [];
  const issues: ParseIssue[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const result = readLine(raw, i + 1);
    if (typeof result === 'string') issues.push({ file, line: i + 1, message: result });
    else records.push(result);
  }
  // Not one line in the layout: some other file was handed over, and its thousands of issues would hide that.
  if (records.length === 0 && issues.length > 0) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no line follows the order-file layout (${issues[0]?.message})`,
    });
  }
  return { records, issues };
}
