// What a refused file appears to be, from its first bytes, so the refusal can say it in plain words ("it is a
// program") rather than only what the file is not. Only for the message: nothing is accepted on these grounds.

const startsWith = (bytes: Buffer, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

const SIGNS: readonly [test: (bytes: Buffer, text: string) => boolean, what: string][] = [
  [(b) => startsWith(b, 0x7f, 0x45, 0x4c, 0x46), 'it is a program (an ELF executable)'],
  [(_b, t) => t.startsWith('MZ'), 'it is a Windows program'],
  [
    (b) => [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(b.length >= 4 ? b.readUInt32BE(0) : 0),
    'it is a macOS program',
  ],
  [(_b, t) => t.startsWith('#!'), 'it is a script'],
  [(b) => startsWith(b, 0xd0, 0xcf, 0x11, 0xe0), 'it is an older Office file (.doc); save it as .docx or PDF'],
  [(_b, t) => t.startsWith('%PDF-'), 'it is a PDF document'],
  [(b) => startsWith(b, 0x50, 0x4b, 0x03, 0x04), 'it is a ZIP archive'],
  [(b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47), 'it is a PNG image'],
  [(b) => startsWith(b, 0xff, 0xd8, 0xff), 'it is a JPEG image'],
  [(_b, t) => t.startsWith('GIF8'), 'it is a GIF image'],
  [(_b, t) => /^\s*<(?:!doctype html|html|svg|\?xml)/i.test(t), 'it is a web page or XML file'],
];

/** "it is a script", …; undefined when the first bytes say nothing we name */
export function whatItIs(bytes: Buffer): string | undefined {
  if (bytes.length === 0) return 'the file is empty';
  const text = bytes.subarray(0, 64).toString('latin1');
  return SIGNS.find(([test]) => test(bytes, text))?.[1];
}
