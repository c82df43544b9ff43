import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { randomBytes } from 'node:crypto';
import { EncryptionCodec } from './encryption-codec';
import { failureConverter } from './failure-converter';
import { decodeHistoryPayloads } from './history-decoding';
import { parsePayloadKeys } from './payload-keys';

const codec = new EncryptionCodec(parsePayloadKeys(`k1:${randomBytes(32).toString('base64')}`));
const encrypted = async (value: unknown) => (await codec.encode([defaultPayloadConverter.toPayload(value)]))[0];

/** A history as the cluster keeps it: an encrypted start input, and an update refused with an encoded failure. */
async function storedHistory(): Promise<temporal.api.history.v1.IHistory> {
  const failure = failureConverter.errorToFailure(new Error('Vårsta Diakonigård has not agreed'), defaultPayloadConverter);
  failure.encodedAttributes = (await codec.encode([failure.encodedAttributes!]))[0];
  return temporal.api.history.v1.History.create({
    events: [
      { workflowExecutionStartedEventAttributes: { input: { payloads: [await encrypted({ organisation: 'Vårsta Diakonigård' })] } } },
      { workflowExecutionUpdateCompletedEventAttributes: { outcome: { failure } } },
    ],
  });
}

describe('decoding a stored history', () => {
  it('decrypts every payload and gives failures their message back', async () => {
    const stored = await storedHistory();
    expect(stored.events![1].workflowExecutionUpdateCompletedEventAttributes!.outcome!.failure!.message).toBe('Encoded failure');
    const history = await decodeHistoryPayloads(stored, [codec]);
    const input = history.events![0].workflowExecutionStartedEventAttributes!.input!.payloads![0];
    expect(defaultPayloadConverter.fromPayload(input)).toEqual({ organisation: 'Vårsta Diakonigård' });
    expect(history.events![1].workflowExecutionUpdateCompletedEventAttributes!.outcome!.failure!.message).toBe('Vårsta Diakonigård has not agreed');
  });

  it('throws on a payload under an unknown key, or keeps it for a reader who should see the rest', async () => {
    const other = new EncryptionCodec(parsePayloadKeys(`k9:${randomBytes(32).toString('base64')}`));
    await expect(decodeHistoryPayloads(await storedHistory(), [other])).rejects.toThrow(/key id k1/);
    const kept = await decodeHistoryPayloads(await storedHistory(), [other], { undecodable: 'keep' });
    const input = kept.events![0].workflowExecutionStartedEventAttributes!.input!.payloads![0];
    expect(Buffer.from(input.metadata!.encoding!).toString()).toBe('binary/encrypted');
  });
});
