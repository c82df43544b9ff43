import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fresh TEMPORAL_PAYLOAD_KEYS value: one AES-256 key under an id of its own (`<prefix>-<8 hex>`). */
export function generatePayloadKeys(prefix = 'dev'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}:${randomBytes(32).toString('base64')}`;
}

/**
 * The run command's payload keys: made once per data folder and kept there (mode 600), like the checkpoint key,
 * because the histories Temporal keeps in the same folder can be read only with the key they were encrypted under.
 * To rotate, put a new entry first in the file and keep the old one after it.
 */
export function payloadKeysIn(dir: string): { keys: string; file: string } {
  const file = join(dir, 'temporal-payload-keys');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${generatePayloadKeys()}\n`, { mode: 0o600 });
  }
  return { keys: readFileSync(file, 'utf8').trim(), file };
}
