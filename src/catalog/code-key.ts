/** Lookup key of a code: no dot, no whitespace, upper case ("e11.9" -> "E119"). */
export function codeKey(code: string): string {
  // One pass without regex: this runs on every lookup. Input already in key form is returned as is.
  let clean = true;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 46 || c <= 32 || (c >= 97 && c <= 122)) {
      clean = false;
      break;
    }
  }
  if (clean) return code;
  let out = '';
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 46 || c <= 32) continue;
    out += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : code[i];
  }
  return out;
}
