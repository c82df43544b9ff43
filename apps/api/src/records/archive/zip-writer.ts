import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { Zip, ZipDeflate } from 'fflate';
import type { ArchiveFile } from './archive-file';

/** The client went away before the package was whole: nothing is wrong with the package, only nobody reads it. */
export class ReaderGone extends Error {
  constructor() {
    super('The reader closed the connection before the package was written');
  }
}

/** A stored document whose bytes no longer match the digest it was registered with (or its size). */
export class FixityMismatch extends Error {
  constructor(path: string) {
    super(`The stored bytes of ${path} do not match the SHA-256 and size they were registered with`);
  }
}

/**
 * Writes the files as one ZIP archive to `out` as it is built, each below the package's root folder (CSIPSTR1: the
 * archive unpacks to a single folder), one piece at a time: a document is read from its stream only as fast as the
 * reader takes the archive, so no document and no package is ever held whole in memory. Every entry is deflated
 * (the rendered XML and text well, the documents at the fastest level): a stored entry streamed with a data
 * descriptor is one that some unpackers (Java's ZipInputStream) refuse. A stored document is hashed as it passes:
 * bytes that no longer match what METS states break the archive rather than deliver a package whose checksums lie.
 */
export async function writeZip(out: Writable, root: string, files: ArchiveFile[], mtime: Date): Promise<void> {
  let failure: Error | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('close', () => (out.writableFinished ? resolve() : reject(new ReaderGone())));
    out.once('error', reject);
  });
  // Nobody may be awaiting `finished` when the reader goes away mid-document; the loop below sees it itself.
  finished.catch(() => undefined);
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      return;
    }
    if (!out.destroyed) out.write(chunk);
    if (final && !out.destroyed) out.end();
  });
  const drained = () => waitForDrain(out);
  for (const file of files) {
    const entry = new ZipDeflate(`${root}/${file.path}`, { level: 'bytes' in file.content ? 6 : 1 });
    entry.mtime = mtime;
    zip.add(entry);
    if ('bytes' in file.content) {
      entry.push(file.content.bytes, true);
    } else {
      const hash = createHash('sha256');
      let size = 0;
      for await (const piece of file.content.stream()) {
        hash.update(piece);
        size += piece.length;
        entry.push(piece instanceof Uint8Array ? piece : new Uint8Array(piece));
        if (failure) throw failure;
        await drained();
      }
      if (size !== file.sizeBytes || hash.digest('hex') !== file.sha256) throw new FixityMismatch(file.path);
      entry.push(new Uint8Array(0), true);
    }
    if (failure) throw failure;
    await drained();
  }
  zip.end();
  if (failure) throw failure;
  await finished;
}

/** Resolves once `out` takes more (at once when its buffer has room); rejects when it closed instead. */
function waitForDrain(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new ReaderGone());
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const drained = () => {
      out.off('close', closed);
      resolve();
    };
    const closed = () => {
      out.off('drain', drained);
      reject(new ReaderGone());
    };
    out.once('drain', drained);
    out.once('close', closed);
  });
}
