// Reads members of the zip archives CMS and CDC publish (PKZIP, deflate/stored), via yauzl.
// A file that is not a zip at all yields CODESET_NOT_RECOGNIZED naming the file.
import yauzl from 'yauzl';
import { AppError } from '../../shared/index.js';

export interface ZipMember {
  name: string;
  size: number;
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err || !zip)
        reject(
          new AppError('CODESET_NOT_RECOGNIZED', {
            file: path,
            why: `not a zip archive (${err?.message ?? 'unreadable'})`,
          }),
        );
      else resolve(zip);
    });
  });
}

/** Visit every file entry (not directories) of a zip archive. */
async function eachEntry(
  path: string,
  visit: (zip: yauzl.ZipFile, entry: yauzl.Entry) => Promise<boolean | undefined>,
): Promise<void> {
  const zip = await openZip(path);
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (e: Error) =>
        reject(new AppError('CODESET_NOT_RECOGNIZED', { file: path, why: `damaged zip archive (${e.message})` })),
      );
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        visit(zip, entry).then((stop) => (stop ? resolve() : zip.readEntry()), reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(
          new AppError('CODESET_NOT_RECOGNIZED', {
            file: `${path}!/${entry.fileName}`,
            why: err?.message ?? 'unreadable member',
          }),
        );
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (e: Error) =>
        reject(new AppError('CODESET_NOT_RECOGNIZED', { file: `${path}!/${entry.fileName}`, why: e.message })),
      );
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

export async function listZip(path: string): Promise<ZipMember[]> {
  const members: ZipMember[] = [];
  await eachEntry(path, async (_zip, entry) => {
    members.push({ name: entry.fileName, size: entry.uncompressedSize });
    return false;
  });
  return members;
}

export async function readZipMember(path: string, name: string): Promise<Buffer> {
  let found: Buffer | undefined;
  await eachEntry(path, async (zip, entry) => {
    if (entry.fileName !== name) return false;
    found = await readEntry(zip, entry, path);
    return true;
  });
  if (!found) throw new AppError('CODESET_NOT_RECOGNIZED', { file: path, why: `no member named ${name}` });
  return found;
}

/** Read every member in one pass (cheaper than one open per member for archives we import whole). */
export async function readAllZipMembers(path: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  await eachEntry(path, async (zip, entry) => {
    out.set(entry.fileName, await readEntry(zip, entry, path));
    return false;
  });
  return out;
}
