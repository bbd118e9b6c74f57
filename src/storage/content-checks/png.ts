// PNG (ISO/IEC 15948:2004, W3C PNG second edition), the part that says what the image is: the 8-byte signature,
// IHDR as the first chunk, 13 bytes long, giving width and height (§11.2.2; each at least 1 and here at most
// MAX_IMAGE_SIDE), and the IEND chunk closing the file (§11.2.5; a file without it is cut short). The chunks in
// between are not decoded.
import { MAX_IMAGE_SIDE } from '../upload-kinds.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** length 0, "IEND", and the CRC of "IEND" */
const IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

export function isPng(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(SIGNATURE);
}

export function pngProblem(bytes: Buffer): string | undefined {
  if (bytes.length < 8 + 25 + IEND.length) return 'it is too short to be a PNG image';
  if (bytes.readUInt32BE(8) !== 13 || bytes.subarray(12, 16).toString('latin1') !== 'IHDR')
    return 'its PNG header (IHDR) is missing or damaged';
  const size = sideProblem(bytes.readUInt32BE(16), bytes.readUInt32BE(20));
  if (size) return size;
  if (!bytes.subarray(bytes.length - IEND.length).equals(IEND))
    return 'it does not end with the PNG end chunk: the file is cut short or damaged';
  return undefined;
}

/** the bound every image kind shares */
export function sideProblem(width: number, height: number): string | undefined {
  if (width < 1 || height < 1) return 'the image has no width or height';
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE)
    return `the image is ${width}×${height} pixels; the most taken is ${MAX_IMAGE_SIDE}×${MAX_IMAGE_SIDE}`;
  return undefined;
}
