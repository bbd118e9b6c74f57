// ICD-10 addenda files: what a fiscal year's code list added, deleted and revised against the year before, as
// CMS/CDC publish them beside the order and codes files (icd10cm_order_addenda_YYYY.txt,
// icd10cm_codes_addenda_YYYY.txt, ICD-10-PCS order_addenda_YYYY.txt; checked on the FY2026 files). Each change line
// starts with a 13-character action ("Add:", "Delete:", "Revise from:", "Revise to:"), then:
//   order addenda, ICD-10-CM: valid flag (1 billable / 0 header), a space, the code in 7 columns, a space, the short
//     title in 60 columns, a space, the long title;
//   order addenda, ICD-10-PCS: the same without the flag;
//   codes addenda: the code in 7 columns, a space, the long title.
// Lines without an action (the summary counts at the end) are not changes and are skipped. A "Revise from:" line is
// paired with the "Revise to:" line that follows it for the same code.
import type { Parsed, ParseIssue } from '../../shared/index.js';
import { AppError, splitLines } from '../../shared/index.js';

export type AddendaAction = 'add' | 'delete' | 'revise';

export interface AddendaChange {
  action: AddendaAction;
  /** undotted, as the file prints it */
  code: string;
  /** the long title the change gives (for revise: the new one) */
  title: string;
  /** revise: the long title before */
  previousTitle?: string;
  /** order addenda of ICD-10-CM: the valid flag the change gives */
  billable?: boolean;
  line: number;
}

const ACTIONS: Record<string, AddendaAction | 'revise-from' | 'revise-to'> = {
  'Add:': 'add',
  'Delete:': 'delete',
  'Revise from:': 'revise-from',
  'Revise to:': 'revise-to',
};
const ACTION_WIDTH = 13;
const CODE_WIDTH = 7;
const SHORT_TITLE_WIDTH = 60;

interface ChangeLine {
  action: AddendaAction | 'revise-from' | 'revise-to';
  code: string;
  title: string;
  billable?: boolean;
}

function readLine(raw: string, layout: 'order' | 'codes'): ChangeLine | string | undefined {
  const action = ACTIONS[raw.slice(0, ACTION_WIDTH).trim()];
  if (!action) return undefined;
  let rest = raw.slice(ACTION_WIDTH);
  let billable: boolean | undefined;
  if (layout === 'order' && /^[01] /.test(rest)) {
    billable = rest[0] === '1';
    rest = rest.slice(2);
  }
  const code = rest.slice(0, CODE_WIDTH).trim();
  if (!/^[A-Z0-9]{3,7}$/.test(code)) return `"${code}" is not a code`;
  const titles = rest.slice(CODE_WIDTH + 1);
  // the order layout gives the short title in fixed columns, then the long one; the codes layout only the long one
  const title = (layout === 'order' ? titles.slice(SHORT_TITLE_WIDTH + 1) : titles).trim();
  if (title === '') return 'no title';
  return { action, code, title, ...(billable === undefined ? {} : { billable }) };
}

/** Parse an addenda file; `layout` from its name (an "order" addenda or a "codes" addenda). */
export function parseAddenda(text: string, file: string, layout: 'order' | 'codes'): Parsed<AddendaChange> {
  const records: AddendaChange[] = [];
  const issues: ParseIssue[] = [];
  const lines = splitLines(text);
  let pendingFrom: (ChangeLine & { line: number }) | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const read = readLine(lines[i] ?? '', layout);
    if (read === undefined) continue;
    if (typeof read === 'string') {
      issues.push({ file, line, message: read });
      continue;
    }
    if (pendingFrom && !(read.action === 'revise-to' && read.code === pendingFrom.code)) {
      issues.push({ file, line: pendingFrom.line, message: `"Revise from:" ${pendingFrom.code} has no "Revise to:"` });
      pendingFrom = undefined;
    }
    if (read.action === 'revise-from') {
      pendingFrom = { ...read, line };
      continue;
    }
    if (read.action === 'revise-to') {
      if (!pendingFrom) {
        issues.push({ file, line, message: `"Revise to:" ${read.code} without a "Revise from:" before it` });
        continue;
      }
      records.push({
        action: 'revise',
        code: read.code,
        title: read.title,
        previousTitle: pendingFrom.title,
        ...(read.billable === undefined ? {} : { billable: read.billable }),
        line,
      });
      pendingFrom = undefined;
      continue;
    }
    records.push({ action: read.action, code: read.code, title: read.title, ...pick(read), line });
  }
  if (pendingFrom)
    issues.push({ file, line: pendingFrom.line, message: `"Revise from:" ${pendingFrom.code} has no "Revise to:"` });
  if (records.length === 0 && issues.length > 0)
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no line follows the addenda layout (${issues[0]?.message})`,
    });
  return { records, issues };
}

function pick(read: ChangeLine): { billable?: boolean } {
  return read.billable === undefined ? {} : { billable: read.billable };
}
