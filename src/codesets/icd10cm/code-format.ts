// ICD-10-CM code spelling. The official files write codes two ways: dotted in the XML ("S72.001"), undotted in
// the order and codes files ("S72001"). Everything this folder returns is dotted and upper case so codes from
// different files compare as plain strings.

/** A complete or partial code: letter, 2 characters, optional dot and up to 4 more. */
const CODE_SHAPE = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;
/** As printed in the index: a code possibly ending in "-" ("C56.-", "T36.0X-", "D24-") meaning "incomplete". */
const INDEX_CODE_SHAPE = /^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{0,4})?-?$/;

/** Dotted, upper case; a trailing dash (incomplete code in the index) is kept as printed. */
export function normalizeCmCode(raw: string): string {
  const code = raw.trim().toUpperCase();
  if (code.includes('.')) return code;
  const dashed = code.endsWith('-');
  const body = dashed ? code.slice(0, -1) : code;
  const dotted = body.length > 3 ? `${body.slice(0, 3)}.${body.slice(3)}` : body;
  return dashed ? `${dotted}-` : dotted;
}

export function undotted(code: string): string {
  return code.replace('.', '');
}

export function isCmCode(code: string): boolean {
  return CODE_SHAPE.test(code);
}

export function isIndexCode(code: string): boolean {
  return INDEX_CODE_SHAPE.test(code);
}
