/** Lookup key of a code: no dot, no spaces, upper case ("e11.9" -> "E119"). */
export function codeKey(code: string): string {
  return code.replace(/[.\s]/g, '').toUpperCase();
}
