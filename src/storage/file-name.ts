// The sender's file name, kept only as metadata: the name a download suggests. It never names anything on disk.
// Made harmless wherever it is shown again (a header, a page, a log): the folders a browser may include are cut
// off, characters that are not text or reorder text (control characters, bidirectional controls, unpaired
// surrogates) are dropped, characters file systems or headers treat specially become "_", and the length is
// bounded; the checked format's extension is added when the name lacks it, so the download opens as what it is.
import { FILE_NAME_MAX_CHARS } from './upload-kinds.js';

const SPECIAL = /[/\\:*?"<>|;]/g;

/** The name to keep for an upload whose content was checked as `extension` (".pdf"); `alsoFine`: other spellings (".jpeg"). */
export function sanitizeFileName(raw: string, extension: string, alsoFine: readonly string[] = []): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = withoutNonText(base).normalize('NFC').replace(SPECIAL, '_').replace(/\s+/g, ' ').trim();
  // no leading dots: not a hidden file, never "." or ".."
  name = name.replace(/^[.\s]+/, '');
  const lower = name.toLowerCase();
  if (![extension, ...alsoFine].some((e) => lower.endsWith(e) && lower.length > e.length)) name = `${name}${extension}`;
  if (name === extension) name = `upload${extension}`;
  const chars = [...name];
  if (chars.length <= FILE_NAME_MAX_CHARS) return name;
  // too long: shorten the stem, keep the extension
  const dot = name.lastIndexOf('.');
  const ext = [...name.slice(dot)];
  return (
    chars
      .slice(0, FILE_NAME_MAX_CHARS - ext.length)
      .join('')
      .trimEnd() + ext.join('')
  );
}

/** Drops control characters (C0, DEL, C1), bidirectional controls, the byte-order mark and unpaired surrogates. */
function withoutNonText(text: string): string {
  let out = '';
  // for…of walks code points: a surrogate pair comes whole, an unpaired surrogate alone
  for (const char of text) {
    const c = char.codePointAt(0) ?? 0;
    const dropped =
      c < 0x20 ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069) ||
      c === 0xfeff ||
      (c >= 0xd800 && c <= 0xdfff);
    if (!dropped) out += char;
  }
  return out;
}
