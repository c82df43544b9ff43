/**
 * The keys that encrypt Temporal payloads, from `TEMPORAL_PAYLOAD_KEYS` (`id:<base64 of 32 bytes>`, comma
 * separated). Several keys so that a key can be rotated: a new key is listed first (or named by
 * `TEMPORAL_PAYLOAD_KEY_ID`) and encrypts from then on, while the old ones stay listed for as long as histories
 * they encrypted are kept, and decrypt those.
 */
export interface PayloadKeys {
  /** The key id new payloads are encrypted under. */
  encryptingKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export const PAYLOAD_KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export class PayloadKeyError extends Error {}

/** Parses and checks the variables; a problem names the variable and the rule, never a key's value. */
export function parsePayloadKeys(list: string | undefined, encryptingKeyId?: string): PayloadKeys {
  if (!list?.trim()) {
    throw new PayloadKeyError(
      `TEMPORAL_PAYLOAD_KEYS: must be set to id:<base64 of ${PAYLOAD_KEY_BYTES} random bytes>[,id:<base64>…], the keys that encrypt Temporal payloads`,
    );
  }
  const keys = new Map<string, Buffer>();
  list.split(',').forEach((entry, index) => {
    const position = `entry ${index + 1}`;
    const separator = entry.indexOf(':');
    if (separator < 0) throw new PayloadKeyError(`TEMPORAL_PAYLOAD_KEYS: ${position} must be id:<base64 key>`);
    const id = entry.slice(0, separator).trim();
    const encoded = entry.slice(separator + 1).trim();
    if (!KEY_ID.test(id))
      throw new PayloadKeyError(`TEMPORAL_PAYLOAD_KEYS: ${position}: the key id must be 1 to 64 letters, digits, dot, dash or underscore`);
    if (keys.has(id)) throw new PayloadKeyError(`TEMPORAL_PAYLOAD_KEYS: the key id ${id} is listed twice`);
    if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) throw new PayloadKeyError(`TEMPORAL_PAYLOAD_KEYS: the key ${id} is not valid base64`);
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== PAYLOAD_KEY_BYTES) {
      throw new PayloadKeyError(`TEMPORAL_PAYLOAD_KEYS: the key ${id} must be ${PAYLOAD_KEY_BYTES} bytes (AES-256), it is ${key.length}`);
    }
    keys.set(id, key);
  });
  const chosen = encryptingKeyId?.trim() || [...keys.keys()][0];
  if (!keys.has(chosen)) throw new PayloadKeyError(`TEMPORAL_PAYLOAD_KEY_ID: ${chosen} is not among the ids in TEMPORAL_PAYLOAD_KEYS`);
  return { encryptingKeyId: chosen, keys };
}
