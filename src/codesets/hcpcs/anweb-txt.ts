// CMS HCPCS Level II ANWEB fixed-width text file (e.g. HCPC2019_CONTR_ANWEB.txt, HCPC2026_JAN_ANWEB_*.txt),
// read per the CMS RIF "HCPCS Contractor Record" layouts of 2019 and 2026 (320-character records, identical
// positions). Subset: record ids 3/4 (code, continuation) and 7/8 (modifier, continuation); all fields that
// HcpcsRecord holds. Fields are cut by position only: records may be shorter (trailing spaces trimmed) or longer
// (G9871 in January 2026 is 546 characters) than 320. The disclaimer lines some releases put above the first
// record are skipped.

import { AppError, type Parsed, splitLines } from '../../shared/index.js';
import { AnwebAssembler } from './anweb-assembler.js';
import { ANWEB_FIELDS, type AnwebField, type AnwebRow } from './anweb-layout.js';
import type { HcpcsRecord } from './types.js';

/** How far down the file the first record must appear (the 2019 file has 8 disclaimer lines). */
const PREAMBLE_LIMIT = 50;

/** A code (letter + 4 digits) or a modifier (3 spaces + 2 characters), then a sequence number. */
const RECORD_PREFIX = /^(?:[A-Z]\d{4}| {3}[A-Z0-9]{2})\d{5}/;
/** ... then a record identification code: what proves the file is an ANWEB file. */
const RECORD_START = new RegExp(`${RECORD_PREFIX.source}[3478]`);

const FIELD_BY_NAME = new Map<string, AnwebField>(ANWEB_FIELDS.map((f) => [f.name, f]));

function rowOfLine(line: string): AnwebRow {
  return (name) => {
    const f = FIELD_BY_NAME.get(name);
    return f ? line.slice(f.start - 1, f.end) : '';
  };
}

function isAnweb(lines: readonly string[]): boolean {
  return lines.slice(0, PREAMBLE_LIMIT).some((line) => RECORD_START.test(line));
}

/** Where the records begin: the disclaimer lines above them are skipped, a malformed first record is not. */
function firstRecordIndex(lines: readonly string[]): number {
  return lines.findIndex((line) => RECORD_PREFIX.test(line));
}

export function parseHcpcsAnweb(text: string, file: string): Parsed<HcpcsRecord> {
  const lines = splitLines(text);
  if (!isAnweb(lines)) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no HCPCS ANWEB record (code, sequence number, record id 3/4/7/8) in the first ${PREAMBLE_LIMIT} lines`,
    });
  }
  const assembler = new AnwebAssembler(file);
  for (let i = firstRecordIndex(lines); i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    assembler.add(rowOfLine(line), i + 1);
  }
  return assembler.result();
}
