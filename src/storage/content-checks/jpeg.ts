// JPEG (ITU-T T.81 | ISO/IEC 10918-1, in the JFIF or Exif wrapping), the part that says what the image is: SOI
// (FFD8) first, then marker segments (B.1.1.4: FF, the marker, a two-byte length that counts itself) up to the first
// start-of-frame — SOF0 to SOF15 but DHT (C4), JPG (C8) and DAC (CC) — whose header gives the height and width
// (B.2.2); sides from 1 to MAX_IMAGE_SIDE. A scan (SOS) or the end (EOI) before any frame, or a segment running past
// the end of the file, is refused; so is a file with no EOI (FFD9) near its end (cut short). The entropy-coded
// image data is not decoded.
import { sideProblem } from './png.js';

/** how far from the end EOI may sit: some cameras and editors append a little after it */
const TAIL_BYTES = 1024;
const EOI = Buffer.from([0xff, 0xd9]);

export function isJpeg(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
/** markers without a length: TEM and RST0–RST7 */
const standsAlone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

export function jpegProblem(bytes: Buffer): string | undefined {
  const damaged = 'its JPEG structure is damaged';
  let i = 2;
  for (;;) {
    if (i + 1 >= bytes.length || bytes[i] !== 0xff) return damaged;
    while (bytes[i] === 0xff && i + 1 < bytes.length) i++; // fill bytes
    const marker = bytes[i] ?? 0;
    i++;
    if (standsAlone(marker)) continue;
    if (marker === 0xd9 || marker === 0xda) return 'it has no image size before its image data';
    if (i + 2 > bytes.length) return damaged;
    const length = bytes.readUInt16BE(i);
    if (length < 2 || i + length > bytes.length) return 'a JPEG segment runs past the end: the file is cut short';
    if (isFrame(marker)) {
      if (length < 8) return damaged;
      const size = sideProblem(bytes.readUInt16BE(i + 5), bytes.readUInt16BE(i + 3));
      if (size) return size;
      break;
    }
    i += length;
  }
  const tailStart = Math.max(i, bytes.length - TAIL_BYTES);
  if (!bytes.includes(EOI, tailStart)) return 'it has no JPEG end marker: the file is cut short or damaged';
  return undefined;
}
