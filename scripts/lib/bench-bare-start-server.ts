/**
 * The starts figure's second baseline: the least any HTTP service can do for a start on this machine. A process of
 * its own (as the API is) with node:http and a Temporal client that starts the workflow with the body it gets, as
 * the bare client does, and answers 201: no framework, no token, no validation, no opening written, no log. Beside
 * the API and the bare client it says how much of the gap is one more process hop in front of Temporal and how much
 * is the engine's own.
 *
 * Started by bench-starts.ts as `node bench-bare-start-server.js` with the apps' Temporal variables (TEMPORAL_ADDRESS,
 * TEMPORAL_NAMESPACE, TEMPORAL_TASK_QUEUE, TEMPORAL_PAYLOAD_KEYS) and BARE_START_PORT; it prints "ready" once it
 * listens.
 */
import { createServer } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { dataConverterFrom } from '../../libs/temporal/src/data-converter';
import type { NewPartnership } from '../../libs/domain/src';
import { partnershipWorkflow } from '../../workflows';
import { bareStartInput } from './bench-stack';

async function main(): Promise<void> {
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const client = new Client({
    connection,
    namespace: process.env.TEMPORAL_NAMESPACE,
    dataConverter: dataConverterFrom({ TEMPORAL_PAYLOAD_KEYS: process.env.TEMPORAL_PAYLOAD_KEYS }),
  });
  const taskQueue = process.env.TEMPORAL_TASK_QUEUE ?? 'bench';
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const input = bareStartInput(JSON.parse(Buffer.concat(chunks).toString('utf8')) as NewPartnership);
      client.workflow.start(partnershipWorkflow, { taskQueue, workflowId: `bench-bare-http-${input.partnershipId}`, args: [input] }).then(
        () => response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: input.partnershipId })),
        (error: Error) => response.writeHead(500).end(error.message),
      );
    });
  });
  server.listen(Number(process.env.BARE_START_PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
  process.on('SIGTERM', () => server.close(() => void connection.close().then(() => process.exit(0))));
}

void main();
