import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { randomBytes } from 'node:crypto';
import { EncryptionCodec, PayloadDecryptionError } from './encryption-codec';
import { parsePayloadKeys } from './payload-keys';

const key = () => randomBytes(32).toString('base64');
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');
const minutes = { minutes: 'Mötet med Ingrid Västerbotten om ensamhet', attendees: ['Ingrid Västerbotten'] };

describe('the payload encryption codec', () => {
  const first = `k1:${key()}`;
  const second = `k2:${key()}`;
  const sut = new EncryptionCodec(parsePayloadKeys(first));

  it('gives back the very payload it encrypted, encoding and all', async () => {
    const original = defaultPayloadConverter.toPayload(minutes);
    const [encrypted] = await sut.encode([original]);
    const [decoded] = await sut.decode([encrypted]);
    expect(defaultPayloadConverter.fromPayload(decoded)).toEqual(minutes);
    expect(text(decoded.metadata?.encoding)).toBe('json/plain');
  });

  it('stores neither the text nor its encoding, and labels the key it used', async () => {
    const [encrypted] = await sut.encode([defaultPayloadConverter.toPayload(minutes)]);
    expect({ encoding: text(encrypted.metadata?.encoding), keyId: text(encrypted.metadata?.['encryption-key-id']) }).toEqual({
      encoding: 'binary/encrypted',
      keyId: 'k1',
    });
    expect(text(encrypted.data)).not.toContain('Ingrid');
    expect(text(encrypted.data)).not.toContain('json/plain');
    expect(Buffer.from(encrypted.data!).toString('base64')).not.toContain(Buffer.from('Ingrid').toString('base64'));
  });

  it('encrypts the same payload differently each time (a fresh IV)', async () => {
    const payload = defaultPayloadConverter.toPayload(minutes);
    const [a, b] = await sut.encode([payload, payload]);
    expect(Buffer.from(a.data!).equals(Buffer.from(b.data!))).toBe(false);
  });

  it('decrypts what an older key encrypted after a new key took over', async () => {
    const [underFirst] = await sut.encode([defaultPayloadConverter.toPayload(minutes)]);
    const rotated = new EncryptionCodec(parsePayloadKeys(`${second},${first}`));
    const [underSecond] = await rotated.encode([defaultPayloadConverter.toPayload('ny')]);
    expect(text(underSecond.metadata?.['encryption-key-id'])).toBe('k2');
    const decoded = await rotated.decode([underFirst, underSecond]);
    expect(decoded.map((p) => defaultPayloadConverter.fromPayload(p))).toEqual([minutes, 'ny']);
  });

  it('encrypts under TEMPORAL_PAYLOAD_KEY_ID when it names another listed key', async () => {
    const chosen = new EncryptionCodec(parsePayloadKeys(`${first},${second}`, 'k2'));
    const [encrypted] = await chosen.encode([defaultPayloadConverter.toPayload(1)]);
    expect(text(encrypted.metadata?.['encryption-key-id'])).toBe('k2');
  });

  it('refuses a payload under a key id it does not have, naming the key id', async () => {
    const [encrypted] = await sut.encode([defaultPayloadConverter.toPayload(minutes)]);
    const other = new EncryptionCodec(parsePayloadKeys(second));
    await expect(other.decode([encrypted])).rejects.toThrow(
      new PayloadDecryptionError('A payload is encrypted under key id k1, which is not in TEMPORAL_PAYLOAD_KEYS: add that key to decrypt it'),
    );
  });

  it('detects a payload whose ciphertext was altered', async () => {
    const [encrypted] = await sut.encode([defaultPayloadConverter.toPayload(minutes)]);
    const data = Buffer.from(encrypted.data!);
    data[20] ^= 0x01;
    await expect(sut.decode([{ ...encrypted, data }])).rejects.toThrow(/key id k1 failed authentication/);
  });

  it('detects a payload relabelled with another key id, even when that key is the same', async () => {
    const secret = key();
    const twins = new EncryptionCodec(parsePayloadKeys(`a:${secret},b:${secret}`));
    const [encrypted] = await twins.encode([defaultPayloadConverter.toPayload(minutes)]);
    const relabelled: Payload = { ...encrypted, metadata: { ...encrypted.metadata, 'encryption-key-id': new TextEncoder().encode('b') } };
    await expect(twins.decode([relabelled])).rejects.toThrow(/key id b failed authentication/);
  });

  it('passes through payloads written before encryption', async () => {
    const clear = defaultPayloadConverter.toPayload(minutes);
    expect(await sut.decode([clear])).toEqual([clear]);
  });
});

describe('the payload keys setting', () => {
  it.each([
    ['missing', undefined, undefined, /^TEMPORAL_PAYLOAD_KEYS: must be set/],
    ['without an id', key(), undefined, /TEMPORAL_PAYLOAD_KEYS: entry 1 must be id:<base64 key>/],
    ['malformed base64', 'k1:not*base64!', undefined, /TEMPORAL_PAYLOAD_KEYS: the key k1 is not valid base64/],
    [
      'the wrong length',
      `k1:${randomBytes(16).toString('base64')}`,
      undefined,
      /TEMPORAL_PAYLOAD_KEYS: the key k1 must be 32 bytes \(AES-256\), it is 16/,
    ],
    ['an id listed twice', `k1:${key()},k1:${key()}`, undefined, /the key id k1 is listed twice/],
    ['an encrypting key id that is not listed', `k1:${key()}`, 'k9', /^TEMPORAL_PAYLOAD_KEY_ID: k9 is not among the ids/],
  ])('refuses %s, naming the variable and the rule', (_case, keys, keyId, message) => {
    expect(() => parsePayloadKeys(keys, keyId)).toThrow(message);
  });

  it('never prints a key in its refusals', () => {
    const short = randomBytes(16).toString('base64');
    expect(() => parsePayloadKeys(`k1:${short}`)).toThrow(expect.objectContaining({ message: expect.not.stringContaining(short) }));
  });
});
