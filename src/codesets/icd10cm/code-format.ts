// ICD-10-CM code spelling. The official files write codes two ways: dotted in the XML ("S72.001"), undotted in
// the order and codes files ("S72001"). Everything this folder returns is dotted and upper case so codes from
// different files compare as plain strings.

/**
 * Category: a letter, then a digit and a letter or digit ("A00", "C7A") or, since FY2026's QA0, a letter and a
 * digit. Then optionally a dot and up to 4 letters or digits.
 */
const CATEGORY = '[A-Z](?:[0-9][0-9A-Z]|[A-Z][0-9])';
const CODE_SHAPE = new RegExp(`^${CATEGORY}(?:\\.[0-9A-Z]{1,4})?$`);
/** As printed in the index: a code possibly ending in "-" ("C56.-", "T36.0X-", "D24-") meaning "incomplete". */
const INDEX_CODE_SHAPE = new RegExp(`^${CATEGORY}(?:\\.[0-9A-Z]{0,4})?-?$`);

/** Dotted, upper case; a trailing dash (incomplete code in the index) is kept as printed. */
export function normalizeCmCode(raw: string): string {
  const code = raw.trim().toUpperCase();
  if (code.includes('.')) return code;
  const dashed = code.endsWith('-');
  const body = dashed ? code.slice(0, -1) : code;
  const dotted = body.length > 3 ? `${body.slice(0, 3)}.${body.slice(3)}` : body;
  return dashed ? `${dotted}-` : dotted;
}

export function isCmCode(code: string): boolean {
  return CODE_SHAPE.test(code);
}

export function isIndexCode(code: string): boolean {
  return INDEX_CODE_SHAPE.test(code);
}
