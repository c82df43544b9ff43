import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from './hash-chain';

/** A signed statement that link `seq` of chain `chainKey` had `hash` at `signedAt`. */
export interface Checkpoint {
  chainKey: string;
  seq: number;
  hash: string;
  signedAt: string;
  /** The fingerprint of the public key that verifies `signature`. */
  keyId: string;
  /** Ed25519 over the canonical text of {chainKey, seq, hash, signedAt}, base64. */
  signature: string;
}

/** What a checkpoint's signature covers, as the one text both the signer and the verifier make. */
export function checkpointPayload(c: Pick<Checkpoint, 'chainKey' | 'seq' | 'hash' | 'signedAt'>): Buffer {
  return Buffer.from(canonicalJson({ chainKey: c.chainKey, seq: c.seq, hash: c.hash, signedAt: c.signedAt }), 'utf8');
}

/** SHA-256 of the public key's SubjectPublicKeyInfo: names the key without revealing anything. */
export function keyId(publicKey: KeyObject): string {
  return `ed25519:${createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 32)}`;
}

function requireEd25519(key: KeyObject, variable: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${variable}: must be an Ed25519 key, not ${key.asymmetricKeyType}`);
  return key;
}

const isPem = (text: string) => text.trimStart().startsWith('-----BEGIN');

/** CHAIN_SIGNING_KEY: a PKCS#8 Ed25519 private key, as PEM or as base64 DER (one line, for an environment variable). */
export function parseSigningKey(text: string, variable = 'CHAIN_SIGNING_KEY'): KeyObject {
  try {
    const key = isPem(text) ? createPrivateKey(text) : createPrivateKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'pkcs8' });
    return requireEd25519(key, variable);
  } catch (error) {
    throw new Error(`${variable}: not a PKCS#8 Ed25519 private key (PEM or base64 DER): ${(error as Error).message}`, { cause: error });
  }
}

/** CHAIN_VERIFY_KEY: an SPKI Ed25519 public key, as PEM or as base64 DER. */
export function parseVerifyKey(text: string, variable = 'CHAIN_VERIFY_KEY'): KeyObject {
  try {
    const key = isPem(text) ? createPublicKey(text) : createPublicKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'spki' });
    return requireEd25519(key, variable);
  } catch (error) {
    throw new Error(`${variable}: not an SPKI Ed25519 public key (PEM or base64 DER): ${(error as Error).message}`, { cause: error });
  }
}

/** The keys a process has: the signing key only where it signs (the worker), the public key wherever it verifies. */
export interface CheckpointKeys {
  signingKey?: KeyObject;
  verifyKey?: KeyObject;
  /** Where each new checkpoint is appended as a JSON line, and which verification reads back. */
  exportFile?: string;
}

/** From the environment's text: the public key is derived from the signing key when only that is given. */
export function checkpointKeys(env: {
  CHAIN_SIGNING_KEY?: string;
  CHAIN_VERIFY_KEY?: string;
  CHAIN_CHECKPOINT_EXPORT_FILE?: string;
}): CheckpointKeys {
  const signingKey = env.CHAIN_SIGNING_KEY ? parseSigningKey(env.CHAIN_SIGNING_KEY) : undefined;
  const verifyKey = env.CHAIN_VERIFY_KEY ? parseVerifyKey(env.CHAIN_VERIFY_KEY) : signingKey ? createPublicKey(signingKey) : undefined;
  if (signingKey && verifyKey && keyId(createPublicKey(signingKey)) !== keyId(verifyKey)) {
    throw new Error('CHAIN_VERIFY_KEY: is not the public key of CHAIN_SIGNING_KEY');
  }
  return { signingKey, verifyKey, exportFile: env.CHAIN_CHECKPOINT_EXPORT_FILE || undefined };
}

/** Node's own Ed25519 (`crypto.sign` with a null digest, as Ed25519 hashes internally). */
export function signCheckpoint(signingKey: KeyObject, head: Pick<Checkpoint, 'chainKey' | 'seq' | 'hash' | 'signedAt'>): Checkpoint {
  const signature = sign(null, checkpointPayload(head), signingKey).toString('base64');
  return { chainKey: head.chainKey, seq: head.seq, hash: head.hash, signedAt: head.signedAt, keyId: keyId(createPublicKey(signingKey)), signature };
}

export function checkpointSignatureHolds(verifyKey: KeyObject, checkpoint: Checkpoint): boolean {
  try {
    return verify(null, checkpointPayload(checkpoint), verifyKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}
