import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The software that creates a package, as METS (CSIP10–16) and PREMIS name it: the engine and its version, read
 * from the repository's package.json above this file, wherever it runs from (the sources under test, dist in use).
 */
export const ENGINE_SOFTWARE = { name: 'IOP engine', version: engineVersion() };

function engineVersion(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (manifest.name === 'iop-engine' && manifest.version) return manifest.version;
  }
  return 'unknown';
}
