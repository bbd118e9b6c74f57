// Small text helpers for the official fixed-width and delimited files.

/** Decode bytes: UTF-8 when valid (with or without BOM), otherwise Latin-1 (how CMS ships most text files). */
export function decodeText(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return new TextDecoder('latin1').decode(bytes.subarray(start));
  }
}

/** Split into lines without their CR/LF terminators; a final empty line (after the last newline) is dropped. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Insert the dot into an ICD-10-CM code written without one ("E119" -> "E11.9"). */
export function dotIcd10cm(code: string): string {
  const c = code.trim().toUpperCase().replace('.', '');
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}
