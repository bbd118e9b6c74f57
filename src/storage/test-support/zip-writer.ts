// A small ZIP writer for tests (PKWARE APPNOTE 6.3: local file headers, central directory, end of central
// directory; deflate or stored; no ZIP64): enough to build a minimal Word document, and the broken and hostile
// containers the DOCX check must refuse (sizes that lie, an encrypted flag, unsafe names).
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  data: Buffer | string;
  /** default deflate */
  method?: 'deflate' | 'store';
  /** the uncompressed size written in the headers, when it is to lie */
  declaredSize?: number;
  /** sets the "encrypted" flag (the data is not encrypted: the flag alone must be refused) */
  encryptedFlag?: boolean;
}

export function zipOf(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    const stored = e.method === 'store';
    const body = stored ? data : deflateRawSync(data);
    const name = Buffer.from(e.name, 'utf8');
    const flags = 0x0800 | (e.encryptedFlag ? 1 : 0); // UTF-8 names
    const fields = {
      method: stored ? 0 : 8,
      crc: crc32(data),
      compressed: body.length,
      uncompressed: e.declaredSize ?? data.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(fields.method, 8);
    local.writeUInt32LE(0, 10); // time, date
    local.writeUInt32LE(fields.crc, 14);
    local.writeUInt32LE(fields.compressed, 18);
    local.writeUInt32LE(fields.uncompressed, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(fields.method, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(fields.crc, 16);
    central.writeUInt32LE(fields.compressed, 20);
    central.writeUInt32LE(fields.uncompressed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
