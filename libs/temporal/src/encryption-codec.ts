import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PayloadKeys } from './payload-keys';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array | null | undefined) => (bytes ? Buffer.from(bytes).toString('utf8') : undefined);

/** Why a payload could not be decrypted: an unknown key, or data that is not what was encrypted. */
export class PayloadDecryptionError extends Error {}

/**
 * Encrypts every payload with AES-256-GCM, so that the Temporal cluster stores (and its operators read) only
 * ciphertext: the plaintext is the whole original Payload, protobuf-encoded, metadata included, so the encoding
 * (json/plain, binary/null, …) is hidden too and comes back as it was. A fresh 12-byte IV per payload; the key id
 * is authenticated data, so a payload relabelled with another key id fails like a tampered one.
 *
 * Layout of `data`: IV (12 bytes) ‖ ciphertext ‖ GCM tag (16 bytes), as WebCrypto writes it.
 *
 * A payload whose encoding is not `binary/encrypted` passes through decode unchanged: histories written before
 * encryption, and the recorded histories the replay test reads.
 */
export class EncryptionCodec implements PayloadCodec {
  constructor(private readonly keys: PayloadKeys) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const keyId = this.keys.encryptingKeyId;
    const key = this.keys.keys.get(keyId)!;
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(utf8(keyId));
      const plaintext = temporal.api.common.v1.Payload.encode(payload).finish();
      const data = Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
      return { metadata: { encoding: utf8(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: utf8(keyId) }, data: new Uint8Array(data) };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => (isEncrypted(payload) ? this.decrypt(payload) : payload));
  }

  private decrypt(payload: Payload): Payload {
    const keyId = text(payload.metadata?.[KEY_ID_METADATA]);
    if (!keyId) throw new PayloadDecryptionError(`An encrypted payload has no ${KEY_ID_METADATA}: it cannot be decrypted`);
    const key = this.keys.keys.get(keyId);
    if (!key) {
      throw new PayloadDecryptionError(
        `A payload is encrypted under key id ${keyId}, which is not in TEMPORAL_PAYLOAD_KEYS: add that key to decrypt it`,
      );
    }
    const data = Buffer.from(payload.data ?? []);
    if (data.length < IV_BYTES + TAG_BYTES) throw new PayloadDecryptionError(`A payload encrypted under key id ${keyId} is too short to be one`);
    const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
    decipher.setAAD(utf8(keyId));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    let plaintext: Buffer;
    try {
      plaintext = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new PayloadDecryptionError(
        `A payload encrypted under key id ${keyId} failed authentication: it was altered, or the key with that id is not the one that encrypted it`,
      );
    }
    return temporal.api.common.v1.Payload.decode(plaintext);
  }
}

export function isEncrypted(payload: Payload): boolean {
  return text(payload.metadata?.encoding) === ENCRYPTED_ENCODING;
}
