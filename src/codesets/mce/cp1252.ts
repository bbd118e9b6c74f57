// Windows-1252 text for the CMS MCE definitions file (shipped cp1252). Node 20's TextDecoder decodes the labels
// "windows-1252" and "latin1" alike as ISO-8859-1, so the bytes 0x80-0x9F (’ – “ ” …) come out as C1 control
// characters; this maps them to the characters cp1252 means. Text that never held them is returned unchanged.

const CP1252_C1: Record<number, string> = {
  128: '€',
  130: '‚',
  131: 'ƒ',
  132: '„',
  133: '…',
  134: '†',
  135: '‡',
  136: 'ˆ',
  137: '‰',
  138: 'Š',
  139: '‹',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  152: '˜',
  153: '™',
  154: 'š',
  155: '›',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
};

/** Replace C1 control characters (U+0080-U+009F) left by a Latin-1 decoding with their cp1252 characters. */
export function repairCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0)] ?? c);
}

/** Decode cp1252 bytes (UTF-8 with or without BOM is accepted too, when the bytes are valid UTF-8). */
export function decodeCp1252(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return repairCp1252(new TextDecoder('latin1').decode(bytes.subarray(start)));
  }
}
