// Turns the rows of a CMS HCPCS Level II ANWEB file (contractor record layout 2019-2026, record ids 3, 4, 7
// and 8) into HcpcsRecords. Shared by the fixed-width text parser and the xlsx parser, which only differ in how
// a row's fields are read. Subset: codes and modifiers with every HcpcsRecord field; the sequence number and the
// MOG/OPPS fields (blank in the 2019, 2020 and 2026 releases) are not kept.
//
// Continuation lines (record id 4 for codes, 8 for modifiers) carry 80 more characters of the long description.
// CMS wrapped the text at a space and dropped that one space, so the pieces are joined with one space after
// removing the padding at the end of the previous piece; a piece's leading spaces are kept (two records begin a
// continuation with a space, which was a double space in the text). A double space that fell exactly at the
// wrap ends up as padding and cannot be recovered: the xlsx form then has one more space than the join.

import type { Parsed, ParseIssue } from '../../shared/index.js';
import { readYyyymmdd } from './anweb-dates.js';
import { type AnwebRow, RECORD_ID, repeatedNames } from './anweb-layout.js';
import type { HcpcsRecord } from './types.js';

const LEVEL2_CODE = /^[A-Z]\d{4}$/;
const MODIFIER_CODE = /^[A-Z0-9]{2}$/;

type Kind = HcpcsRecord['kind'];

function kindOfRecordId(recordId: string): { kind: Kind; continuation: boolean } | undefined {
  switch (recordId) {
    case RECORD_ID.codeFirstLine:
      return { kind: 'code', continuation: false };
    case RECORD_ID.codeContinuation:
      return { kind: 'code', continuation: true };
    case RECORD_ID.modifierFirstLine:
      return { kind: 'modifier', continuation: false };
    case RECORD_ID.modifierContinuation:
      return { kind: 'modifier', continuation: true };
    default:
      return undefined;
  }
}

type TextKey =
  | 'multiplePricing'
  | 'coverage'
  | 'betos'
  | 'statute'
  | 'ascGroup'
  | 'processingNote'
  | 'anesthesiaUnits'
  | 'actionCode';
type DateKey = 'ascEffectiveDate' | 'addDate' | 'actionEffectiveDate' | 'terminationDate';
type ListKey = 'pricing' | 'typeOfService' | 'cim' | 'mcm' | 'labCertification' | 'crossReference';

/** Optional one-value fields: set when the field is not blank. */
const TEXT_FIELDS: readonly [TextKey, string][] = [
  ['multiplePricing', 'MULT_PI'],
  ['coverage', 'COV'],
  ['betos', 'BETOS'],
  ['statute', 'STATUTE'],
  ['ascGroup', 'ASC_GRP'],
  ['processingNote', 'PROCNOTE'],
  ['anesthesiaUnits', 'ANEST_BU'],
  ['actionCode', 'ACTION CD'],
];

/** Optional YYYYMMDD fields, kept as YYYY-MM-DD. */
const DATE_FIELDS: readonly [DateKey, string][] = [
  ['ascEffectiveDate', 'ASC_DT'],
  ['addDate', 'ADD DT'],
  ['actionEffectiveDate', 'ACT EFF DT'],
  ['terminationDate', 'TERM DT'],
];

/** Repeated fields ("OCCURS MAX n"), kept as the list of their non-blank values. */
const LIST_FIELDS: readonly [ListKey, string[]][] = [
  ['pricing', repeatedNames('PRICE', 4)],
  ['typeOfService', repeatedNames('TOS', 5)],
  ['cim', repeatedNames('CIM', 3)],
  ['mcm', repeatedNames('MCM', 3)],
  ['labCertification', repeatedNames('LABCERT', 8)],
  ['crossReference', repeatedNames('XREF', 5)],
];

function listOf(row: AnwebRow, names: readonly string[]): string[] {
  const values: string[] = [];
  for (const name of names) {
    const value = row(name).trim();
    if (value !== '') values.push(value);
  }
  return values;
}

export class AnwebAssembler {
  private readonly records: HcpcsRecord[] = [];
  private readonly issues: ParseIssue[] = [];
  private readonly seen = new Set<string>();
  /** the record that continuation lines extend; undefined after a rejected first line */
  private current: HcpcsRecord | undefined;

  constructor(private readonly file: string) {}

  /** Adds one data row (a line of the text file, a row of the sheet) found at `line` (1-based). */
  add(row: AnwebRow, line: number): void {
    const recordId = row('RECID').trim();
    const type = kindOfRecordId(recordId);
    if (!type) {
      this.current = undefined;
      this.issue(line, 'RECID', `record identification code "${recordId}" is not 3, 4, 7 or 8`);
      return;
    }
    const code = row('HCPC').trim();
    const pattern = type.kind === 'code' ? LEVEL2_CODE : MODIFIER_CODE;
    if (!pattern.test(code)) {
      if (!type.continuation) this.current = undefined;
      const expected = type.kind === 'code' ? 'a letter and 4 digits' : '2 letters or digits';
      this.issue(line, 'HCPC', `"${code}" is not a HCPCS ${type.kind} (${expected}, record id ${recordId})`);
      return;
    }
    if (type.continuation) this.continueRecord(row, type.kind, code, line);
    else this.startRecord(row, type.kind, code, line);
  }

  result(): Parsed<HcpcsRecord> {
    return { records: this.records, issues: this.issues };
  }

  private startRecord(row: AnwebRow, kind: Kind, code: string, line: number): void {
    const key = `${kind}:${code}`;
    if (this.seen.has(key)) {
      this.current = undefined;
      this.issue(line, 'HCPC', `${kind} ${code} appears a second time; this record is ignored`);
      return;
    }
    this.seen.add(key);
    this.current = this.buildRecord(row, kind, code, line);
    this.records.push(this.current);
  }

  private continueRecord(row: AnwebRow, kind: Kind, code: string, line: number): void {
    const current = this.current;
    if (!current || current.kind !== kind || current.code !== code) {
      this.issue(line, 'HCPC', `continuation of ${kind} ${code} does not follow the first line of that ${kind}`);
      return;
    }
    const piece = row('LONG DESCRIPTION').trimEnd();
    if (piece.trim() === '') return;
    current.longDescription =
      current.longDescription === '' ? piece.trimStart() : `${current.longDescription} ${piece}`;
  }

  private buildRecord(row: AnwebRow, kind: Kind, code: string, line: number): HcpcsRecord {
    const record: HcpcsRecord = {
      code,
      kind,
      longDescription: row('LONG DESCRIPTION').trim(),
      shortDescription: row('SHORT DESCRIPTION').trim(),
      pricing: [],
      typeOfService: [],
      cim: [],
      mcm: [],
      labCertification: [],
      crossReference: [],
      line,
    };
    for (const [key, names] of LIST_FIELDS) record[key] = listOf(row, names);
    for (const [key, name] of TEXT_FIELDS) {
      const value = row(name).trim();
      if (value !== '') record[key] = value;
    }
    for (const [key, name] of DATE_FIELDS) {
      const reading = readYyyymmdd(row(name));
      if (reading.kind === 'date') record[key] = reading.iso;
      else if (reading.kind === 'invalid')
        this.issue(line, name, `"${row(name).trim()}" is not a date in YYYYMMDD form`);
    }
    return record;
  }

  private issue(line: number, field: string, message: string): void {
    this.issues.push({ file: this.file, line, field, message });
  }
}
