// ICD-10-CM codes file (CMS/CDC icd10cm_codes_YYYY.txt; checked on FY2026): one valid (billable) code per line,
// undotted and padded with spaces to 7 characters, a space, then the long title. Headers are not listed.
// Read as "code, whitespace, title" rather than by column, which also accepts the looser copies in circulation.
import { AppError, type Parsed, type ParseIssue, splitLines } from '../../shared/index.js';
import { isCmCode, normalizeCmCode } from './code-format.js';

export interface CmCodesFileRecord {
  /** dotted */
  code: string;
  title: string;
  line: number;
}

const LINE = /^(\S+)\s+(\S.*)$/;

export function parseCmCodesFile(text: string, file: string): Parsed<CmCodesFileRecord> {
  const records: CmCodesFileRecord[] = [];
  const issues: ParseIssue[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const match = LINE.exec(raw.trimEnd());
    const code = match ? normalizeCmCode(match[1] ?? '') : '';
    if (!match || !isCmCode(code)) {
      issues.push({ file, line: i + 1, message: `not "code  title": ${JSON.stringify(raw.slice(0, 40))}` });
      continue;
    }
    records.push({ code, title: match[2] ?? '', line: i + 1 });
  }
  if (records.length === 0 && issues.length > 0) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: 'no line reads as an ICD-10-CM code followed by a title',
    });
  }
  return { records, issues };
}
