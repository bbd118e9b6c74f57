// Writes small PDFs for tests, so the PDF reader and the guidance parsers are tested without the official files:
// PDF 1.4, one content stream per page, text in the standard Helvetica fonts (no font data embedded), each line
// placed where the test says. Only printable ASCII text.

export interface TinyLine {
  text: string;
  y: number;
  x?: number;
  size?: number;
  bold?: boolean;
}

function escapePdfText(text: string): string {
  if (/[^\x20-\x7e]/.test(text)) throw new Error(`tiny PDFs take printable ASCII only: ${JSON.stringify(text)}`);
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function contentOf(lines: readonly TinyLine[]): string {
  return lines
    .map((l) => {
      const size = l.size ?? 11;
      const x = l.x ?? 72;
      const font = l.bold ? '/F2' : '/F1';
      return `BT ${font} ${size} Tf 1 0 0 1 ${x} ${l.y} Tm (${escapePdfText(l.text)}) Tj ET`;
    })
    .join('\n');
}

/** A PDF of the pages given (US letter, 612 x 792), as bytes. */
export function tinyPdf(pages: readonly (readonly TinyLine[])[]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  pages.forEach((lines, i) => {
    const pageId = pageIds[i] as number;
    const stream = contentOf(lines);
    objects[pageId] =
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ' +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(pdf, 'latin1');
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
