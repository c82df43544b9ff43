import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A fresh Ed25519 key pair as PEM (PKCS#8 private, SPKI public), for CHAIN_SIGNING_KEY and CHAIN_VERIFY_KEY. */
export function generateCheckpointKeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * The run command's checkpoint key pair: made once per data folder and kept there (the private key mode 600), so that
 * checkpoints signed in one run verify in the next. Outside the database's folder on purpose: the database never
 * holds the key that signs its chains.
 */
export function checkpointKeyPair(dir: string): { privateKeyPem: string; publicKeyPem: string; privateKeyFile: string } {
  const privateKeyFile = join(dir, 'chain-signing-key.pem');
  const publicKeyFile = join(dir, 'chain-verify-key.pem');
  if (!existsSync(privateKeyFile)) {
    mkdirSync(dirname(privateKeyFile), { recursive: true });
    writeFileSync(privateKeyFile, generateCheckpointKeyPair().privateKeyPem, { mode: 0o600 });
  }
  const privateKeyPem = readFileSync(privateKeyFile, 'utf8');
  // The public key is what an auditor takes along to verify the exported checkpoints elsewhere.
  const publicKeyPem = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
  writeFileSync(publicKeyFile, publicKeyPem, { mode: 0o644 });
  return { privateKeyPem, publicKeyPem, privateKeyFile };
}
