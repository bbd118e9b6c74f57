// Code shapes and dotting conventions for the four code systems of the CMS/CDC General Equivalence Mappings
// (2018 diagnosis GEMs, 2016 procedure GEMs). The GEM files write every code without its dot; we add it where the
// code system's convention is unambiguous:
//   ICD-9-CM diagnoses: numeric codes have a 3-digit category, dot after 3 ("0010" -> "001.0", "99592" -> "995.92");
//     V codes likewise after 3 characters ("V5889" -> "V58.89"); E codes after 4 ("E8558" -> "E855.8").
//     A code of exactly the category length stays undotted ("042", "V08", "E030").
//   ICD-9-CM procedures (Volume 3): dot after the 2-digit category ("0001" -> "00.01", "016" -> "01.6").
//   ICD-10-CM: dot after 3 characters ("R6521" -> "R65.21"), as dotIcd10cm does.
//   ICD-10-PCS: never dotted.
import { dotIcd10cm } from '../../shared/index.js';
import type { GemCodeSystem } from './types.js';

const SHAPES: Record<GemCodeSystem, RegExp> = {
  icd9cm: /^(?:\d{3,5}|V\d{2,4}|E\d{3,4})$/,
  icd9proc: /^\d{3,4}$/,
  icd10cm: /^[A-Z]\d[0-9A-Z]{1,5}$/,
  icd10pcs: /^[0-9A-HJ-NP-Z]{7}$/,
};

/** Whether an undotted, upper-case code has the shape of a code of that system. */
export function hasGemCodeShape(code: string, system: GemCodeSystem): boolean {
  return SHAPES[system].test(code);
}

/** ICD-9-CM diagnosis code with its dot: after 3 characters, or after 4 for E codes. */
export function dotIcd9cm(code: string): string {
  const c = code.trim().toUpperCase().replace('.', '');
  const at = c.startsWith('E') ? 4 : 3;
  return c.length > at ? `${c.slice(0, at)}.${c.slice(at)}` : c;
}

/** ICD-9-CM procedure code (Volume 3) with its dot after the 2-digit category. */
export function dotIcd9Procedure(code: string): string {
  const c = code.trim().replace('.', '');
  return c.length > 2 ? `${c.slice(0, 2)}.${c.slice(2)}` : c;
}

/** A GEM code in its usual printed form for its system. */
export function formatGemCode(code: string, system: GemCodeSystem): string {
  switch (system) {
    case 'icd9cm':
      return dotIcd9cm(code);
    case 'icd9proc':
      return dotIcd9Procedure(code);
    case 'icd10cm':
      return dotIcd10cm(code);
    case 'icd10pcs':
      return code.trim().toUpperCase();
  }
}

/** "NoDx", "NoPCS" (and the "NoI9" two rows of the 2016 PCS-to-ICD-9 GEM write): the target field of a no-map row. */
export function isNoMapPlaceholder(target: string): boolean {
  return /^No[A-Za-z0-9]+$/.test(target);
}
