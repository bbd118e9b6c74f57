// CMS/CDC General Equivalence Mappings (GEMs), text form: the 2018 diagnosis GEMs (2018_I10gem.txt ICD-10-CM ->
// ICD-9-CM, 2018_I9gem.txt ICD-9-CM -> ICD-10-CM, the final release) and the 2016 procedure GEMs (gem_i9pcs.txt
// ICD-9-CM Volume 3 -> ICD-10-PCS, gem_pcsi9.txt ICD-10-PCS -> ICD-9-CM Volume 3). Layout, as the 2018
// "Diagnosis Code Set General Equivalence Mappings" guide and GEMs technical documentation describe it: one row per
// line, source code, target code and five flag digits separated by spaces (the files pad the codes to fixed widths;
// we split on white space). Codes are written without dots; see code-format.ts for how we dot them.
// Flags: approximate, no map, combination (0/1 each), scenario (0-9), choice list (0-9). A no-map row's target is
// "NoDx" or "NoPCS" (the 2016 PCS -> ICD-9 file also has two "NoI9" rows whose no-map flag is off; we read them as
// no map and report them).
import path from 'node:path';
import { AppError, type Parsed, type ParseIssue, splitLines } from '../../shared/index.js';
import { formatGemCode, hasGemCodeShape, isNoMapPlaceholder } from './code-format.js';
import type { GemCodeSystem, GemDirection, GemEntry, GemFlags } from './types.js';

type Family = 'icd9' | 'icd10cm' | 'pcs';

interface DirectionRule {
  kind: GemDirection['kind'];
  source: GemCodeSystem;
  target: GemCodeSystem;
  forward: boolean;
  families: [Family, Family];
  /** how CMS names the file ("2018_I10gem.txt", "gem_i9pcs.txt"), tested on the lower-cased base name */
  fileName: RegExp;
  label: string;
}

const DIRECTIONS: DirectionRule[] = [
  {
    kind: 'dx',
    source: 'icd10cm',
    target: 'icd9cm',
    forward: false,
    families: ['icd10cm', 'icd9'],
    fileName: /i10gem/,
    label: 'ICD-10-CM to ICD-9-CM',
  },
  {
    kind: 'dx',
    source: 'icd9cm',
    target: 'icd10cm',
    forward: true,
    families: ['icd9', 'icd10cm'],
    fileName: /i9gem/,
    label: 'ICD-9-CM to ICD-10-CM',
  },
  {
    kind: 'pcs',
    source: 'icd9proc',
    target: 'icd10pcs',
    forward: true,
    families: ['icd9', 'pcs'],
    fileName: /i9pcs/,
    label: 'ICD-9-CM procedures to ICD-10-PCS',
  },
  {
    kind: 'pcs',
    source: 'icd10pcs',
    target: 'icd9proc',
    forward: false,
    families: ['pcs', 'icd9'],
    fileName: /pcsi9/,
    label: 'ICD-10-PCS to ICD-9-CM procedures',
  },
];

/**
 * Which code system family one code evidently belongs to, or undefined when its shape fits several: V and E codes
 * of 3-5 characters are ICD-9-CM as well as short ICD-10-CM codes ("E030", "V08"), and ICD-10-PCS codes starting
 * with a letter and a digit ("B020ZZZ") look like 7-character ICD-10-CM codes; the vote over a whole column settles.
 */
function familyOf(code: string): Family | undefined {
  if (isNoMapPlaceholder(code)) return undefined;
  if (/^\d{3,5}$/.test(code)) return 'icd9';
  if (/^[VE]\d{2,4}$/.test(code)) return undefined;
  if (/^\d[0-9A-HJ-NP-Z]{6}$/.test(code)) return 'pcs';
  if (/^[A-Z]\d[0-9A-Z]{1,5}$/.test(code)) return 'icd10cm';
  if (/^[0-9A-HJ-NP-Z]{7}$/.test(code)) return 'pcs';
  return undefined;
}

function majority(votes: Map<Family, number>): Family | undefined {
  let best: Family | undefined;
  let bestCount = 0;
  for (const [family, count] of votes) {
    if (count > bestCount) {
      best = family;
      bestCount = count;
    }
  }
  return best;
}

/** The space-separated fields of a line, or undefined for a blank line. */
function fieldsOf(raw: string): string[] | undefined {
  const trimmed = raw.trim();
  return trimmed === '' ? undefined : trimmed.split(/\s+/);
}

function detectDirection(lines: string[], file: string, issues: ParseIssue[]): GemDirection {
  const votes = [new Map<Family, number>(), new Map<Family, number>()];
  for (const raw of lines) {
    const fields = fieldsOf(raw);
    if (fields?.length !== 3) continue;
    for (let col = 0; col < 2; col++) {
      const family = familyOf((fields[col] ?? '').toUpperCase());
      const tally = votes[col];
      if (family && tally) tally.set(family, (tally.get(family) ?? 0) + 1);
    }
  }
  const source = votes[0] ? majority(votes[0]) : undefined;
  const target = votes[1] ? majority(votes[1]) : undefined;
  const byContent = DIRECTIONS.filter(
    (d) => (source === undefined || d.families[0] === source) && (target === undefined || d.families[1] === target),
  );
  const name = path.basename(file).toLowerCase();
  const byName = DIRECTIONS.filter((d) => d.fileName.test(name));
  const named = byName.length === 1 ? byName[0] : undefined;
  const decided = source !== undefined || target !== undefined;

  if (byContent.length === 0) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `the codes are ${source ?? 'unknown'} -> ${target ?? 'unknown'}, which no General Equivalence Mapping links`,
    });
  }
  let rule: DirectionRule | undefined;
  let detectedFrom: GemDirection['detectedFrom'];
  if (byContent.length === 1) {
    rule = byContent[0];
    detectedFrom = named === rule ? 'content and file name' : 'content';
    if (named && rule && named !== rule) {
      issues.push({
        file,
        line: 1,
        field: 'direction',
        message: `the file name says ${named.label} but the codes are ${rule.label}; read as ${rule.label}`,
      });
    }
  } else {
    rule = named && byContent.includes(named) ? named : undefined;
    detectedFrom = decided ? 'content and file name' : 'file name';
  }
  if (!rule) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: 'cannot tell which General Equivalence Mapping this is from its codes or its name',
    });
  }
  return { kind: rule.kind, source: rule.source, target: rule.target, forward: rule.forward, detectedFrom };
}

function decodeFlags(flags: string): GemFlags {
  return {
    approximate: flags[0] === '1',
    noMap: flags[1] === '1',
    combination: flags[2] === '1',
    scenario: Number(flags[3]),
    choiceList: Number(flags[4]),
  };
}

/** Why the decoded flags disagree with one another or with the target, per the guide's summary of entry types. */
function flagProblems(flags: GemFlags, placeholder: boolean): string[] {
  const problems: string[] = [];
  if (flags.combination && (flags.scenario === 0 || flags.choiceList === 0)) {
    problems.push('combination flag is on but scenario or choice list is 0');
  }
  if (!flags.combination && (flags.scenario !== 0 || flags.choiceList !== 0)) {
    problems.push('combination flag is off but scenario or choice list is not 0');
  }
  if (flags.noMap && flags.combination) problems.push('no-map and combination flags are both on');
  if (flags.noMap && !placeholder) problems.push('no-map flag is on but the target is a code');
  if (!flags.noMap && placeholder) problems.push('the target is a no-map placeholder but the no-map flag is off');
  return problems;
}

interface RowProblem {
  field?: string;
  message: string;
}

interface RowResult {
  entry: GemEntry;
  /** problems that did not stop the row being read */
  warnings: { field: string; message: string }[];
}

function readRow(fields: string[], direction: GemDirection, line: number): RowResult | RowProblem {
  if (fields.length !== 3) return { message: `expected source, target and flags, found ${fields.length} fields` };
  const sourceRaw = fields[0] ?? '';
  const targetRaw = fields[1] ?? '';
  const flagsRaw = fields[2] ?? '';
  if (!/^[01]{3}\d{2}$/.test(flagsRaw)) {
    return { field: 'flags', message: `"${flagsRaw}" is not five flag digits (three 0/1, scenario, choice list)` };
  }
  const sourceCode = sourceRaw.toUpperCase();
  if (!hasGemCodeShape(sourceCode, direction.source)) {
    return { field: 'source', message: `"${sourceRaw}" is not an undotted ${direction.source} code` };
  }
  const placeholder = isNoMapPlaceholder(targetRaw);
  const targetCode = targetRaw.toUpperCase();
  if (!placeholder && !hasGemCodeShape(targetCode, direction.target)) {
    return { field: 'target', message: `"${targetRaw}" is not an undotted ${direction.target} code` };
  }
  const warnings: RowResult['warnings'] = [];
  if (sourceCode !== sourceRaw) {
    warnings.push({ field: 'source', message: `lower-case code "${sourceRaw}" read as "${sourceCode}"` });
  }
  if (!placeholder && targetCode !== targetRaw) {
    warnings.push({ field: 'target', message: `lower-case code "${targetRaw}" read as "${targetCode}"` });
  }
  const flags = decodeFlags(flagsRaw);
  for (const problem of flagProblems(flags, placeholder))
    warnings.push({ field: 'flags', message: `${flagsRaw}: ${problem}` });
  const entry: GemEntry = {
    source: formatGemCode(sourceCode, direction.source),
    target: placeholder ? null : formatGemCode(targetCode, direction.target),
    sourceRaw,
    targetRaw,
    flags,
    flagsRaw,
    line,
  };
  return { entry, warnings };
}

export interface ParsedGem extends Parsed<GemEntry> {
  direction: GemDirection;
}

/** Parse one GEM text file; `file` is its name (used for issues and, when the codes cannot tell, the direction). */
export function parseGem(text: string, file: string): ParsedGem {
  const issues: ParseIssue[] = [];
  const lines = splitLines(text);
  const direction = detectDirection(lines, file, issues);

  const records: GemEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fields = fieldsOf(lines[i] ?? '');
    if (!fields) continue;
    const line = i + 1;
    const result = readRow(fields, direction, line);
    if ('message' in result) {
      issues.push(result.field === undefined ? { file, line, message: result.message } : { file, line, ...result });
      continue;
    }
    for (const warning of result.warnings) issues.push({ file, line, ...warning });
    records.push(result.entry);
  }
  if (records.length === 0 && issues.length > 0) {
    throw new AppError('CODESET_NOT_RECOGNIZED', {
      file,
      why: `no line is a GEM row (${issues[0]?.message})`,
    });
  }
  return { records, issues, direction };
}
