// Claim Check input: validates the claim document of contracts.md ("Claims") field by field and normalizes it
// for the rules. A claim that breaks the schema throws AppError CLAIM_INVALID naming the exact field
// ("lines[2].modifiers[0]: ..."); a claim that is well formed but wrong in substance (unknown codes, bad
// pointers, zero or fractional units) passes through, because the rules report those as findings a coder can
// act on. Unknown fields are refused rather than ignored: a misspelt "modifier" would otherwise vanish silently.
import { type Catalog, codeKey, isValidIsoDate } from '../catalog/index.js';
import { AppError } from '../shared/index.js';
import { lineCodeSystem, printedDiagnosis } from './code-lookup.js';
import type { Claim, ClaimLine } from './types.js';

export const MAX_CLAIM_LINES = 50;
export const MAX_DIAGNOSES = 25;
export const MAX_MODIFIERS = 4;
/** no line can point at more diagnoses than a claim holds */
const MAX_POINTERS = MAX_DIAGNOSES;
const MAX_CODE_LENGTH = 12;
/** the oldest date the NCCI date rules accept; no code set in the catalog is older */
const MIN_DATE = '1900-01-01';

const CLAIM_FIELDS = ['dateOfService', 'patient', 'placeOfService', 'setting', 'diagnoses', 'lines'];
const PATIENT_FIELDS = ['age', 'sex'];
const LINE_FIELDS = ['code', 'modifiers', 'units', 'diagnosisPointers', 'dateOfService'];
const SETTINGS: readonly Claim['setting'][] = ['practitioner', 'outpatient-hospital'];
const CODE_RE = /^[A-Za-z0-9]+(\.[A-Za-z0-9]*)?$/;
const MODIFIER_RE = /^\s*[A-Za-z0-9]{2}\s*$/;

/** `line`: the 1-based claim line, said after the JSON path (which counts from 0) so a coder finds it too. */
function failClaim(field: string, why: string, line?: number): never {
  throw new AppError('CLAIM_INVALID', { field, why: line === undefined ? why : `${why} (claim line ${line})` });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function absent(v: unknown): boolean {
  return v === undefined || v === null;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 20 ? `${v.slice(0, 20)}…` : v}"`;
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function onlyKnownFields(obj: Record<string, unknown>, known: readonly string[], path: string, line?: number): void {
  for (const k in obj) {
    if (Object.hasOwn(obj, k) && !known.includes(k)) {
      failClaim(`${path}${path ? '.' : ''}${k}`, `unknown field; expected ${known.join(', ')}`, line);
    }
  }
}

function date(v: unknown, field: string, line?: number): string {
  if (typeof v !== 'string' || !isValidIsoDate(v))
    failClaim(field, `must be a date written YYYY-MM-DD, not ${describe(v)}`, line);
  if (v < MIN_DATE) failClaim(field, `must be on or after ${MIN_DATE}`, line);
  return v;
}

function code(v: unknown, field: string, line?: number): string {
  const s = typeof v === 'string' ? v.trim() : undefined;
  if (!s) failClaim(field, `must be a code (letters and digits, with an optional dot), not ${describe(v)}`, line);
  if (s.length > MAX_CODE_LENGTH || !CODE_RE.test(s)) {
    failClaim(field, `must be a code of at most ${MAX_CODE_LENGTH} letters and digits, with an optional dot`, line);
  }
  return s;
}

function patientOf(v: unknown): Claim['patient'] {
  if (absent(v)) return {};
  if (!isObject(v)) failClaim('patient', `must be an object like {"age": 45, "sex": "F"}, not ${describe(v)}`);
  onlyKnownFields(v, PATIENT_FIELDS, 'patient');
  const out: Claim['patient'] = {};
  if (!absent(v.age)) {
    if (typeof v.age !== 'number' || !Number.isInteger(v.age) || v.age < 0 || v.age > 124) {
      failClaim('patient.age', `must be a whole number of years from 0 to 124, not ${describe(v.age)}`);
    }
    out.age = v.age;
  }
  if (!absent(v.sex)) {
    const sex = typeof v.sex === 'string' ? v.sex.trim().toUpperCase() : '';
    if (sex !== 'F' && sex !== 'M' && sex !== 'U')
      failClaim('patient.sex', `must be F, M or U, not ${describe(v.sex)}`);
    out.sex = sex;
  }
  return out;
}

function lineOf(v: unknown, index: number, claimDate: string, catalog: Catalog): ClaimLine {
  const path = `lines[${index}]`;
  const n = index + 1;
  if (!isObject(v)) failClaim(path, `must be an object with at least "code", not ${describe(v)}`, n);
  onlyKnownFields(v, LINE_FIELDS, path, n);
  const raw = code(v.code, `${path}.code`, n);
  const dateOfService = absent(v.dateOfService) ? claimDate : date(v.dateOfService, `${path}.dateOfService`, n);

  const modifiers: string[] = [];
  if (!absent(v.modifiers)) {
    if (!Array.isArray(v.modifiers))
      failClaim(`${path}.modifiers`, `must be an array like ["26"], not ${describe(v.modifiers)}`, n);
    if (v.modifiers.length > MAX_MODIFIERS) {
      failClaim(
        `${path}.modifiers`,
        `has ${v.modifiers.length} modifiers; a claim line takes at most ${MAX_MODIFIERS}`,
        n,
      );
    }
    for (let k = 0; k < v.modifiers.length; k++) {
      const m: unknown = v.modifiers[k];
      if (typeof m !== 'string' || !MODIFIER_RE.test(m)) {
        failClaim(`${path}.modifiers[${k}]`, `must be a modifier of two letters or digits, not ${describe(m)}`, n);
      }
      modifiers.push(m.length === 2 ? m.toUpperCase() : m.trim().toUpperCase());
    }
  }

  let units = 1;
  if (!absent(v.units)) {
    // Zero, negative and fractional units stay: the units rule reports them with the line. Non-numbers cannot
    // be reasoned about, so they stop here.
    if (typeof v.units !== 'number' || !Number.isFinite(v.units))
      failClaim(`${path}.units`, `must be a number, not ${describe(v.units)}`, n);
    units = v.units;
  }

  const diagnosisPointers: number[] = [];
  if (!absent(v.diagnosisPointers)) {
    const p = v.diagnosisPointers;
    if (!Array.isArray(p))
      failClaim(
        `${path}.diagnosisPointers`,
        `must be an array of diagnosis positions like [1, 2], not ${describe(p)}`,
        n,
      );
    if (p.length > MAX_POINTERS)
      failClaim(`${path}.diagnosisPointers`, `has ${p.length} pointers; at most ${MAX_POINTERS}`, n);
    for (let k = 0; k < p.length; k++) {
      const pointer: unknown = p[k];
      if (typeof pointer !== 'number' || !Number.isInteger(pointer)) {
        failClaim(
          `${path}.diagnosisPointers[${k}]`,
          `must be a whole number (1 = the first diagnosis), not ${describe(pointer)}`,
          n,
        );
      }
      diagnosisPointers.push(pointer);
    }
  }

  const key = codeKey(raw);
  const system = lineCodeSystem(catalog, key, dateOfService);
  return {
    line: index + 1,
    code: system ? key : raw.toUpperCase(),
    system,
    modifiers,
    units,
    diagnosisPointers,
    dateOfService,
  };
}

/**
 * Validates a claim document (parsed JSON) and returns it normalized: ICD-10-CM codes dotted as printed, line
 * codes upper-case with their system (CPT or HCPCS Level II) from the code lists, modifiers upper-case, defaults
 * filled in (setting practitioner, units 1, the claim's date on each line). Throws AppError CLAIM_INVALID naming
 * the field, or CLAIM_TOO_MANY_LINES.
 */
export function normalizeClaim(input: unknown, catalog: Catalog): Claim {
  if (!isObject(input))
    failClaim('claim', `must be a JSON object with dateOfService, diagnoses and lines, not ${describe(input)}`);
  onlyKnownFields(input, CLAIM_FIELDS, '');
  const dateOfService = date(input.dateOfService, 'dateOfService');
  const patient = patientOf(input.patient);

  let setting: Claim['setting'] = 'practitioner';
  if (!absent(input.setting)) {
    if (!SETTINGS.includes(input.setting as Claim['setting'])) {
      failClaim('setting', `must be "practitioner" or "outpatient-hospital", not ${describe(input.setting)}`);
    }
    setting = input.setting as Claim['setting'];
  }

  let placeOfService: string | undefined;
  if (!absent(input.placeOfService)) {
    if (typeof input.placeOfService !== 'string' || !/^\d{2}$/.test(input.placeOfService)) {
      failClaim(
        'placeOfService',
        `must be a two-digit place of service code like "11", not ${describe(input.placeOfService)}`,
      );
    }
    placeOfService = input.placeOfService;
  }

  const rawDiagnoses = input.diagnoses;
  if (!Array.isArray(rawDiagnoses))
    failClaim('diagnoses', `must be an array of ICD-10-CM codes, not ${describe(rawDiagnoses)}`);
  if (rawDiagnoses.length > MAX_DIAGNOSES) {
    failClaim('diagnoses', `has ${rawDiagnoses.length} codes; a claim takes at most ${MAX_DIAGNOSES}`);
  }
  const diagnoses = rawDiagnoses.map((d: unknown, k: number) =>
    printedDiagnosis(catalog, code(d, `diagnoses[${k}]`), dateOfService),
  );

  const rawLines = input.lines;
  if (!Array.isArray(rawLines)) failClaim('lines', `must be an array of service lines, not ${describe(rawLines)}`);
  if (rawLines.length === 0) failClaim('lines', 'must have at least one service line');
  if (rawLines.length > MAX_CLAIM_LINES) {
    throw new AppError('CLAIM_TOO_MANY_LINES', { count: rawLines.length, max: MAX_CLAIM_LINES });
  }
  const lines = rawLines.map((l: unknown, k: number) => lineOf(l, k, dateOfService, catalog));

  const claim: Claim = { dateOfService, patient, setting, diagnoses, lines };
  if (placeOfService !== undefined) claim.placeOfService = placeOfService;
  return claim;
}
