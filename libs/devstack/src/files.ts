import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `content` so that a reader finds either the old file or the whole new one, never a part: a temporary file
 * in the same folder, flushed to disk, then renamed over the target (and the folder flushed, so the rename survives a
 * crash too).
 */
export function writeFileAtomically(path: string, content: string, mode = 0o644): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'w', mode);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  const folder = openSync(dirname(path), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}
