import type { Readable } from 'node:stream';
import { openPromise, type Entry, type ZipFile } from 'yauzl';

/**
 * DOCX, XLSX and ODT are ZIP archives; so is a zip bomb that calls itself one. These bounds are far above what any
 * office document reaches (a long report is a few hundred entries and a few MiB unpacked) and far below what
 * would hurt whoever opens the file.
 */
export const ZIP_LIMITS = {
  /** Entries in the archive. */
  entries: 10_000,
  /** Bytes of every entry unpacked, together. */
  uncompressedBytes: 256 * 1024 * 1024,
  /** Unpacked bytes per byte of the file: text compresses about 10 to 1, a bomb thousands to 1. */
  ratio: 100,
};

/** What the archive's own description says it is, by its content types (OOXML) or its `mimetype` entry (ODF). */
const OFFICE_TYPES = [
  {
    entry: '[Content_Types].xml',
    says: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  {
    entry: '[Content_Types].xml',
    says: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  { entry: 'mimetype', says: 'application/vnd.oasis.opendocument.text', mediaType: 'application/vnd.oasis.opendocument.text', exact: true },
] as const;

/** The entries read for what they say; a larger one is no description of a document. */
const DESCRIPTION_BYTES = 1024 * 1024;

export type OfficeZipVerdict =
  | { kind: 'office'; mediaType: string }
  /** A ZIP, but no DOCX, XLSX or ODT (a plain archive, a macro-enabled DOCM, a presentation). */
  | { kind: 'other' }
  | { kind: 'bomb'; limit: { en: string; sv: string } }
  | { kind: 'corrupt' };

const bomb = (en: string, sv: string): OfficeZipVerdict => ({ kind: 'bomb', limit: { en, sv } });
const mib = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MiB`;

/**
 * Opens the archive on disk and decides what it is. Every entry is unpacked as a stream and counted, checked
 * against the limits before it is unpacked (by the sizes the archive declares) and while it is (yauzl refuses an
 * entry longer than it declared), so a bomb is stopped before it grows; nothing is kept but the two small
 * entries that describe the document.
 */
export async function inspectOfficeZip(path: string, fileBytes: number): Promise<OfficeZipVerdict> {
  let zip: ZipFile;
  try {
    zip = await openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false });
  } catch {
    return { kind: 'corrupt' };
  }
  try {
    if (zip.entryCount > ZIP_LIMITS.entries)
      return bomb(`${zip.entryCount} entries (at most ${ZIP_LIMITS.entries})`, `${zip.entryCount} delar (högst ${ZIP_LIMITS.entries})`);
    const descriptions = new Map<string, string>();
    let unpacked = 0;
    for await (const entry of zip.eachEntry()) {
      unpacked += entry.uncompressedSize;
      if (unpacked > ZIP_LIMITS.uncompressedBytes)
        return bomb(`more than ${mib(ZIP_LIMITS.uncompressedBytes)}`, `mer än ${mib(ZIP_LIMITS.uncompressedBytes)}`);
      if (unpacked > ZIP_LIMITS.ratio * fileBytes)
        return bomb(`more than ${ZIP_LIMITS.ratio} times its own size`, `mer än ${ZIP_LIMITS.ratio} gånger sin egen storlek`);
      if (entry.fileName.endsWith('/')) continue;
      if (entry.isEncrypted() || !entry.canDecodeFileData()) return { kind: 'other' };
      const describes = OFFICE_TYPES.some((t) => t.entry === entry.fileName) && entry.uncompressedSize <= DESCRIPTION_BYTES;
      const text = await unpack(zip, entry, describes);
      if (describes) descriptions.set(entry.fileName, text);
    }
    const found = OFFICE_TYPES.find((t) => {
      const said = descriptions.get(t.entry);
      return said !== undefined && ('exact' in t ? said.trim() === t.says : said.includes(`"${t.says}"`));
    });
    return found ? { kind: 'office', mediaType: found.mediaType } : { kind: 'other' };
  } catch {
    return { kind: 'corrupt' };
  } finally {
    zip.close();
  }
}

/** Unpacks one entry to its end (counted by yauzl against what it declared), keeping its text only if asked. */
async function unpack(zip: ZipFile, entry: Entry, keep: boolean): Promise<string> {
  const stream: Readable = await zip.openReadStreamPromise(entry);
  const parts: Buffer[] = [];
  for await (const part of stream) if (keep) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}
