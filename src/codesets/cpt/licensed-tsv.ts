// CodeDesk's licensed-CPT descriptor file, a format this project defines (docs/data-sources.md) so an operator
// who holds an AMA CPT licence can load descriptors CodeDesk does not ship. Version 1: UTF-8, tab-separated, a
// header line exactly `code<TAB>short_description<TAB>long_description`, then one code per line; the code is
// 5 characters (4 digits + a digit, F, T, U or M), the short description may be empty, the long one may not.

import { AppError, type Parsed, type ParseIssue, splitLines } from '../../shared/index.js';
import { isCptCode } from './code-format.js';
import type { CptDescriptor } from './types.js';

export const CPT_LICENSED_HEADER = 'code\tshort_description\tlong_description';

export function parseCptLicensedTsv(text: string, file: string): Parsed<CptDescriptor> {
  const lines = splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (lines[0] !== CPT_LICENSED_HEADER) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: 'a licensed CPT file starts with the line "code<TAB>short_description<TAB>long_description"',
    });
  }
  const records: CptDescriptor[] = [];
  const issues: ParseIssue[] = [];
  const seen = new Set<string>();
  const issue = (line: number, field: string | undefined, message: string): void => {
    issues.push(field === undefined ? { file, line, message } : { file, line, field, message });
  };
  lines.forEach((content, index) => {
    const line = index + 1;
    if (index === 0 || content.trim() === '') return;
    const fields = content.split('\t');
    if (fields.length !== 3) {
      issue(line, undefined, `expected 3 tab-separated fields, found ${fields.length}`);
      return;
    }
    const [code = '', short = '', long = ''] = fields.map((f) => f.trim());
    if (!isCptCode(code)) {
      issue(line, 'code', `"${code}" is not a CPT code (4 digits and a digit, F, T, U or M)`);
      return;
    }
    if (long === '') {
      issue(line, 'long_description', `${code} has no long description`);
      return;
    }
    if (seen.has(code)) {
      issue(line, 'code', `${code} appears a second time; this line is ignored`);
      return;
    }
    seen.add(code);
    records.push(
      short === ''
        ? { code, longDescription: long, line }
        : { code, shortDescription: short, longDescription: long, line },
    );
  });
  return { records, issues };
}
