// PDF (ISO 32000-1:2008 for 1.x, ISO 32000-2:2020 for 2.0), the part a server can check without rendering: the
// header "%PDF-1.n" or "%PDF-2.0" at the very start (§7.5.2), the "%%EOF" marker at the end (§7.5.5; a little
// trailing whitespace or padding is tolerated, as readers do), "startxref" with the offset of the last
// cross-reference section, inside the file, just before it, and a cross-reference table ("xref", §7.5.4) or a
// cross-reference stream ("/Type /XRef", §7.5.8) somewhere in the file. Offsets are not required to be exact
// (readers repair slightly wrong ones, and real résumés have them). What the document draws is not looked at: it
// is only ever served as a download.

/** how far from the end "%%EOF" may sit: writers pad with whitespace or a few bytes of junk */
const TAIL_BYTES = 1024;

const HEADER = /^%PDF-(?:1\.[0-7]|2\.0)[\r\n\t %]/;
/** the last "startxref <offset> %%EOF" of the tail (an incrementally updated PDF has one per update) */
const START_XREF = /startxref[\r\n\t ]+(\d{1,12})[\r\n\t ]+%%EOF/g;

export function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** What keeps the file from being a whole PDF, in plain words; undefined when it passes. */
export function pdfProblem(bytes: Buffer): string | undefined {
  if (!HEADER.test(bytes.subarray(0, 16).toString('latin1')))
    return 'its PDF header names no PDF version from 1.0 to 2.0';
  const tail = bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)).toString('latin1');
  if (!tail.includes('%%EOF')) return 'it has no end-of-file marker: the file is cut short or damaged';
  const offsets = [...tail.matchAll(START_XREF)].map((m) => Number(m[1]));
  const last = offsets.at(-1);
  if (last === undefined) return 'it has no startxref before its end-of-file marker: the file is damaged';
  if (last >= bytes.length) return 'its startxref points past the end of the file: the file is cut short or damaged';
  if (!hasCrossReference(bytes)) return 'it has no cross-reference table or stream: the file is damaged';
  return undefined;
}

function hasCrossReference(bytes: Buffer): boolean {
  // "xref" at the start of a line is the table's keyword ("startxref" has it mid-line)
  for (const eol of ['\nxref', '\rxref']) if (bytes.includes(eol, 0, 'latin1')) return true;
  return /\/Type\s*\/XRef\b/.test(bytes.toString('latin1'));
}
