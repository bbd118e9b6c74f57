// CMS HCPCS processing notes (proc_notes_2019.txt, proc_notes_JAN2026.txt): the text of each note number that the
// PROCNOTE field of the ANWEB record refers to ("Appendix A of the HCPCS manual"). Format as published: a title,
// then "NNNN--TEXT" with wrapped lines indented below it, each line closed by a "*" in a right-hand column
// (sometimes after tabs). Subset: note number and text, wrapped lines joined with single spaces.
import { AppError, type ParseIssue, splitLines } from '../../shared/index.js';

export interface ProcessingNote {
  /** four digits, as the record's PROCNOTE field has them: "0088" */
  number: string;
  text: string;
  line: number;
}

const NOTE_START = /^\s*(\d{4})--\s*(.*)$/;

export function parseHcpcsProcNotes(text: string, file: string): { notes: ProcessingNote[]; issues: ParseIssue[] } {
  const lines = splitLines(text);
  if (!lines.slice(0, 10).some((l) => /PROCESSING NOTES/i.test(l)))
    throw new AppError('CODESET_NOT_RECOGNIZED', { file, why: 'no "PROCESSING NOTES" title' });
  const notes: ProcessingNote[] = [];
  const issues: ParseIssue[] = [];
  let current: ProcessingNote | undefined;
  lines.forEach((raw, i) => {
    // the right-hand "*" column and the tabs before it are layout, not text
    const line = raw.replace(/\s*\*\s*$/, '').replace(/\s+$/, '');
    const start = NOTE_START.exec(line);
    if (start) {
      current = { number: start[1] as string, text: (start[2] as string).trim(), line: i + 1 };
      if (notes.some((n) => n.number === current?.number))
        issues.push({
          file,
          line: i + 1,
          field: 'note',
          message: `note ${current.number} appears twice; the first is kept`,
        });
      else notes.push(current);
      return;
    }
    if (current && line.trim() && !/^\s*_{5,}\s*$/.test(line))
      current.text = `${current.text} ${line.trim().replace(/\s+/g, ' ')}`.trim();
  });
  for (const n of notes) n.text = n.text.replace(/\s+/g, ' ').trim();
  if (notes.length === 0) issues.push({ file, line: 1, message: 'no "NNNN--" processing notes found' });
  return { notes, issues };
}
