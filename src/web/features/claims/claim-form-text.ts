// The Claim Check form's fields under the shared rule for free text (shared/text-input.ts): the first field
// holding a refused character, named as the claim path the page places messages by (controlFor in
// claim-page.tsx), so the message lands beside that field and the form comes back as typed.
import { checkText, isAppError } from '../../../shared/index.js';
import type { ClaimFormError } from './claim-page.js';

const HEADER: Record<string, string> = {
  dateOfService: 'dateOfService',
  age: 'patient.age',
  sex: 'patient.sex',
  placeOfService: 'placeOfService',
  setting: 'setting',
  diagnoses: 'diagnoses',
};

const LINE_PART: Record<string, string> = {
  code: 'code',
  units: 'units',
  pointers: 'diagnosisPointers',
  date: 'dateOfService',
};

/** "line2.mod3" → "lines[1].modifiers[2]"; the pasted codes and anything else → "lines" */
function claimPathOf(name: string): string {
  const header = HEADER[name];
  if (header) return header;
  const m = /^line(\d{1,3})\.(?:mod(\d)|(\w+))$/.exec(name);
  if (!m) return 'lines';
  const line = `lines[${Number(m[1]) - 1}]`;
  if (m[2]) return `${line}.modifiers[${Number(m[2]) - 1}]`;
  const part = LINE_PART[m[3] ?? ''];
  return part ? `${line}.${part}` : line;
}

export function refusedClaimField(body: unknown): ClaimFormError | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  for (const [name, raw] of Object.entries(body)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value !== 'string') continue;
    try {
      // tabs and line breaks are whitespace the form trims or splits codes on, in every field
      checkText(name, value, { multiline: true });
    } catch (e) {
      if (!isAppError(e) || e.code !== 'TEXT_INVALID') throw e;
      return { field: claimPathOf(name), why: (e.params as { why: string }).why };
    }
  }
  return undefined;
}
