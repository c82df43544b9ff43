import { defaultPayloadConverter, type Payload, type PayloadCodec } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;
type Slot = { holder: Record<string | number, unknown>; key: string | number };

/** Every Temporal payload has an encoding in its metadata; nothing else in a history has that shape. */
const isPayload = (value: unknown): value is Payload => {
  const metadata = (value as Payload | null)?.metadata;
  return typeof metadata === 'object' && metadata !== null && metadata.encoding instanceof Uint8Array;
};

/**
 * Decodes, in place, every payload of a fetched history through the codecs (the last one first, as the SDK does):
 * inputs, results, failures' details and encoded attributes, markers, headers, memos. A failure whose message and
 * stack were moved into `encodedAttributes` gets them back, as the SDK's failure converter would. The result
 * reads, replays and exports (historyToJSON) like a history recorded without encryption.
 *
 * `undecodable: 'keep'` leaves a payload the codecs refuse (a key no longer listed) as it was, for a reader who
 * should see the rest; by default the refusal is thrown.
 */
export async function decodeHistoryPayloads<T extends History>(
  history: T,
  codecs: readonly PayloadCodec[],
  { undecodable = 'throw' }: { undecodable?: 'throw' | 'keep' } = {},
): Promise<T> {
  const slots: Slot[] = [];
  const failures: temporal.api.failure.v1.IFailure[] = [];
  const walk = (value: unknown, holder: Slot['holder'], key: Slot['key']): void => {
    if (isPayload(value)) {
      slots.push({ holder, key });
      return;
    }
    if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return;
    const node = value as Record<string | number, unknown>;
    if (isPayload((node as temporal.api.failure.v1.IFailure).encodedAttributes)) failures.push(node as temporal.api.failure.v1.IFailure);
    for (const child of Object.keys(node)) walk(node[child], node, child);
  };
  walk(history, { history }, 'history');
  const decodeOne = async (stored: Payload): Promise<Payload> => {
    let payload = stored;
    try {
      for (const codec of [...codecs].reverse()) [payload] = await codec.decode([payload]);
      return payload;
    } catch (error) {
      if (undecodable === 'keep') return stored;
      throw error;
    }
  };
  const decoded = await Promise.all(slots.map(({ holder, key }) => decodeOne(holder[key] as Payload)));
  slots.forEach(({ holder, key }, index) => (holder[key] = decoded[index]));
  for (const failure of failures) restoreCommonAttributes(failure);
  return history;
}

function restoreCommonAttributes(failure: temporal.api.failure.v1.IFailure): void {
  try {
    const attributes = defaultPayloadConverter.fromPayload<{ message?: unknown; stack_trace?: unknown }>(failure.encodedAttributes as Payload);
    if (typeof attributes?.message === 'string') failure.message = attributes.message;
    if (typeof attributes?.stack_trace === 'string') failure.stackTrace = attributes.stack_trace;
  } catch {
    // Not the SDK's encoded attributes: the failure stays as it was recorded.
  }
}
