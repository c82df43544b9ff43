import { Client, Connection } from '@temporalio/client';
import { dataConverterFrom } from '../../libs/temporal/src/data-converter';
import { decodeHistoryPayloads } from '../../libs/temporal/src/history-decoding';

/**
 * A Temporal client for tests that reach the workflows past the API: with the run's payload keys, as every client
 * of this engine (the worker encrypts what it answers, and would be unreadable to a client without them).
 */
export async function connectTemporalClient(address = process.env.TEMPORAL_ADDRESS!): Promise<Client> {
  return new Client({ connection: await Connection.connect({ address }), dataConverter: dataConverterFrom(process.env) });
}

/** A workflow's history with its payloads decrypted. */
export async function decryptedHistory(client: Client, workflowId: string, runId?: string) {
  const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
  return decodeHistoryPayloads(history, client.options.loadedDataConverter.payloadCodecs);
}
