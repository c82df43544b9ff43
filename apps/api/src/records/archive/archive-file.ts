import { createHash } from 'node:crypto';

/**
 * One file of the archive package, described before any of it is written: METS names every file's size and
 * SHA-256, so both are known up front (a stored document's from its registration, a rendered one's from its bytes).
 */
export interface ArchiveFile {
  /** Where it lies below the package's root folder, with forward slashes: `representations/rep1/data/003-Stadgar.pdf`. */
  path: string;
  mediaType: string;
  sizeBytes: number;
  /** Lowercase hex. */
  sha256: string;
  /** When the file came to be (a handling's registration, the export for what the export renders). */
  created: string;
  /** The owner's identifier of the file, where it has one (the handling's diarienummer, METS OWNERID). */
  ownerId?: string;
  /** The bytes: in memory for what the package renders, a stream read piece by piece for a stored document. */
  content: { bytes: Buffer } | { stream: () => AsyncIterable<Buffer | Uint8Array> };
}

/** A file the package renders itself (XML, the dossier): small, so held in memory, its digest computed here. */
export function renderedFile(path: string, mediaType: string, bytes: Buffer, created: string): ArchiveFile {
  return { path, mediaType, sizeBytes: bytes.length, sha256: sha256Of(bytes), created, content: { bytes } };
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A path as METS and ERMS reference it (xlink:href is a URI): each segment percent-encoded, so that spaces, å, ä, ö
 * and # in file names survive; an unpacking tool decodes it back to the path.
 */
export function hrefOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The path relative to a folder of the package (a representation's METS references its own files from its folder). */
export function relativeTo(folder: string, path: string): string {
  if (!path.startsWith(`${folder}/`)) throw new Error(`${path} is not inside ${folder}`);
  return path.slice(folder.length + 1);
}

// Characters no common file system accepts in a name, and controls.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F<>:"/\\|?*]+/g;

/**
 * A file name that unpacks the same on Windows, macOS and Linux: no separators, no reserved characters, no leading
 * dots or trailing dots and spaces, at most 120 characters, ending in the extension of the file's detected type.
 */
export function safeFileName(name: string, extension: string | undefined): string {
  let base = name
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  const suffix = extension ? `.${extension}` : '';
  if (suffix && base.toLowerCase().endsWith(suffix)) base = base.slice(0, -suffix.length);
  base = [...base].slice(0, 120 - suffix.length).join('') || 'dokument';
  return `${base}${suffix}`;
}
