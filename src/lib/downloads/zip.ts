import { crc32, deflateRawSync } from 'node:zlib';
import { buildDate } from './pdf';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
  /** Store without compression (an ODT's `mimetype` must be stored). */
  store?: boolean;
}

/**
 * Whether a name is safe inside a ZIP: a relative path of folders and a file, each part non-empty, not `.`
 * or `..`, without backslashes, colons or control characters. Unzip tools write such a name inside the
 * folder they unpack to and nowhere else, on every system. Names made from content come from `fileName()`,
 * which only gives such names.
 */
export function isSafeEntryName(name: string): boolean {
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\:\u0000-\u001f\u007f]/.test(part));
}

/** A date as the MS-DOS time and date fields of a ZIP entry (two-second steps), read in UTC. */
function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Bit 11 of the flags: the name is UTF-8 (set only when it has characters beyond ASCII, as zip tools do). */
const utf8Flag = 0x0800;
const deflated = 8;
const stored = 0;
/** Version 2.0 of the format, made on MS-DOS: no operating-system attributes. */
const version = 20;

/**
 * A ZIP archive of the entries, in the order given. A name may contain folders (`lesson/handout.pdf`); an
 * unsafe name (see `isSafeEntryName`) is refused. Every entry carries the same fixed date and no
 * operating-system attributes, so the same files always give the same archive bytes. Entries are
 * compressed with Node's own zlib (the one PDFKit compresses with), several times faster than a deflate
 * written in JavaScript; an entry that would not get smaller is stored.
 */
export function zipFiles(entries: ZipEntry[]): Uint8Array {
  const names = new Set<string>();
  const { time, date } = dosTime(buildDate());
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (!isSafeEntryName(entry.name)) throw new Error(`Unsafe file name in archive: ${JSON.stringify(entry.name)}`);
    if (names.has(entry.name)) throw new Error(`Duplicate file name in archive: ${entry.name}`);
    names.add(entry.name);
    const name = Buffer.from(entry.name, 'utf8');
    const packed = entry.store ? undefined : deflateRawSync(entry.bytes, { level: 6 });
    const useDeflate = packed !== undefined && packed.length < entry.bytes.length;
    const data = useDeflate ? packed : entry.bytes;
    const fields = {
      flags: name.length === entry.name.length ? 0 : utf8Flag,
      method: useDeflate ? deflated : stored,
      crc: crc32(entry.bytes),
      compressed: data.length,
      size: entry.bytes.length,
    };
    // The local header and the central directory record hold the same 24 bytes, from "version needed" to the
    // name's length; the record has "version made by" before them and the local header's offset after.
    const shared = (header: Buffer, at: number) => {
      header.writeUInt16LE(version, at);
      header.writeUInt16LE(fields.flags, at + 2);
      header.writeUInt16LE(fields.method, at + 4);
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(date, at + 8);
      header.writeUInt32LE(fields.crc, at + 10);
      header.writeUInt32LE(fields.compressed, at + 14);
      header.writeUInt32LE(fields.size, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    shared(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(version, 4);
    shared(central, 6);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    directory.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directorySize = directory.reduce((total, part) => total + part.length, 0);
  // Without ZIP64 fields an archive holds at most 65,535 entries and 4 GiB; the downloads are far below both.
  if (entries.length > 0xffff || offset + directorySize > 0xffffffff) throw new Error('Archive too large for a ZIP without ZIP64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...directory, end]));
}
