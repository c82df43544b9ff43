/**
 * What every recorder of workflow histories shares (scripts/record-histories.ts for partnerships,
 * scripts/record-framework-histories.ts for framework agreements, scripts/record-initiative-histories.ts for
 * initiatives): a time-skipping test server, a worker on the built workflow bundle with stub activities, every
 * payload encrypted under a key of the run's own, and each scenario's chain of runs saved decrypted, one file per
 * run, never overwriting one (a recording is labelled with the workflow version it captures). Run a recorder only to
 * add a scenario, never to make a failing replay pass: a failing replay means the change needs `patched()`.
 */
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generatePayloadKeys } from '../libs/devstack/src/payload-keys';
import { freePort } from '../libs/devstack/src/ports';
import { registerSearchAttributes } from '../libs/devstack/src/temporal-server';
import { dataConverterFrom } from '../libs/temporal/src/data-converter';
import { decodeHistoryPayloads } from '../libs/temporal/src/history-decoding';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');

export interface Recording {
  /** Where the files go: the replay test's `__histories__`. */
  out: string;
  taskQueue: string;
  /** The worker's activities: stubs (the read model is not the point of a history). */
  activities: Record<string, (...args: never[]) => Promise<unknown>>;
  /** The workflow id of a scenario's process, from the id it returns. */
  workflowIdOf: (id: string) => string;
  /** Each scenario starts its process on the environment and returns its id. */
  scenarios: (env: TestWorkflowEnvironment) => Record<string, () => Promise<string>>;
}

/** `<recorder> <label> [scenario ...]`: records the named scenarios (or all) under `label`. */
export function runRecorder(recording: Recording): void {
  record(recording, process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}

async function record({ out, taskQueue, activities, workflowIdOf, scenarios }: Recording, label: string | undefined, only: string[]): Promise<void> {
  if (!label || !/^[a-z0-9-]+$/.test(label)) throw new Error('Name the workflow version being recorded: <recorder> <label> [scenario ...]');
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const testServer = join(PROJECT_ROOT, '.tools', 'venv', 'bin', 'temporal-test-server');
  if (!existsSync(testServer)) throw new Error('No temporal test server: run scripts/test.sh once, which installs it.');
  const port = await freePort();
  const dataConverter = dataConverterFrom({ TEMPORAL_PAYLOAD_KEYS: generatePayloadKeys('record') });
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServer }, port },
    client: { dataConverter },
  });
  await registerSearchAttributes(env.connection, 'default');
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: { codePath: join(PROJECT_ROOT, 'dist', 'workflow-bundle.js') },
    activities,
    dataConverter,
  });
  const chosen = Object.entries(scenarios(env)).filter(([name]) => only.length === 0 || only.includes(name));
  mkdirSync(out, { recursive: true });
  await worker.runUntil(async () => {
    for (const [name, scenario] of chosen) {
      const workflowId = workflowIdOf(await scenario());
      // Walk the chain of runs from the first: each continued-as-new run names its successor.
      let runId: string | undefined = (await env.client.workflow.getHandle(workflowId).describe()).raw.workflowExecutionInfo?.firstRunId ?? undefined;
      for (let run = 1; runId; run++) {
        const history = await decodeHistoryPayloads(
          await env.client.workflow.getHandle(workflowId, runId).fetchHistory(),
          dataConverter.payloadCodecs ?? [],
        );
        const last = history.events?.[history.events.length - 1];
        const next = last?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
        const file = join(out, `${name}${next || run > 1 ? `-run${run}` : ''}.${label}.json`);
        if (existsSync(file)) throw new Error(`${file} exists: recorded histories are never replaced; choose a new label`);
        // The JSON form every Temporal tool reads, as `temporal workflow show --output json` writes it.
        writeFileSync(file, `${historyToJSON(history)}\n`);
        process.stdout.write(`${file}\n`);
        runId = next;
      }
    }
  });
  await env.teardown();
}
