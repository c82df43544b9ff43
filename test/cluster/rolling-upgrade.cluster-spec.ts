import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import { CURRENT_RULES_VERSION } from '../../libs/domain/src/partnership/rules-version';
import { dataConverterFrom } from '../../libs/temporal/src/data-converter';
import { AUDITOR } from '../support/tokens';
import {
  AppProcess,
  eventTypes,
  healthy,
  History,
  pollers,
  RetryingClient,
  spawnApp,
  stopApp,
  temporalClient,
  until,
  workflowTaskIdentities,
} from './support/cluster';
import { partnershipWorkflowId } from '../../workflows/partnership/types';
import { bundleWithoutPatch, newestPatchId } from './support/old-build';
import { movesToDrafting, runPartnership } from './support/workload';

const BEFORE_UPGRADE = 4;
const AFTER_UPGRADE = 2;

/**
 * A rolling upgrade on the real Temporal server: a worker of the previous build (the workflows without their newest
 * `patched()` change) runs partnerships into the dialogue; a worker of the current build joins, the old one is
 * stopped while they are mid-process, and they all continue to the end of the phase without a failed workflow task.
 * Both versions' histories replay: every one with the current code, the old ones with the old build too.
 */
describe('a rolling upgrade of the workers', () => {
  const queue = `cluster-upgrade-${randomBytes(3).toString('hex')}`;
  const patchId = newestPatchId();
  let oldBundle: string;
  let oldWorker: AppProcess;
  let newWorker: AppProcess | undefined;
  let api: AppProcess;

  beforeAll(async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // installed already in this file's context
    }
    oldBundle = await bundleWithoutPatch(patchId, process.env.IOP_TEST_WORK_DIR!);
    oldWorker = await spawnApp('worker', 'upgrade-worker-old', { TEMPORAL_TASK_QUEUE: queue, WORKFLOW_BUNDLE_PATH: oldBundle });
    api = await spawnApp('api', 'upgrade-api', { TEMPORAL_TASK_QUEUE: queue });
    await healthy(api);
  });

  afterAll(async () => {
    await Promise.all([api, oldWorker, newWorker].filter((app): app is AppProcess => !!app).map((app) => stopApp(app)));
  });

  it('continues every partnership across the upgrade, and both versions replay', async () => {
    const client = new RetryingClient(() => [api.url!]);
    const moves = movesToDrafting();
    const inDialogue = moves.findIndex((move) => move.path === '/inputs');
    const { client: temporal, connection } = await temporalClient();
    try {
      // The old build opens partnerships and takes them into the dialogue.
      let upgrade: Promise<void> | undefined;
      let reachedDialogue = 0;
      const before = await Promise.all(
        Array.from({ length: BEFORE_UPGRADE }, (_, i) => {
          let made = 0;
          // Mid-process, once every partnership is in the dialogue: the new build joins, then the old one stops.
          const between = async () => {
            if (made++ === inDialogue) {
              upgrade ??= (async () => {
                await until('every partnership in the dialogue', async () => (reachedDialogue >= BEFORE_UPGRADE ? true : undefined));
                newWorker = await spawnApp('worker', 'upgrade-worker-new', { TEMPORAL_TASK_QUEUE: queue });
                await until('the new worker polling', async () =>
                  (await pollers(connection, queue)).includes(newWorker!.identity!) ? true : undefined,
                );
                await stopApp(oldWorker, 'SIGTERM');
              })();
              reachedDialogue += 1;
              await upgrade;
            }
          };
          return runPartnership(client, i, moves, () => undefined, between);
        }),
      );
      expect(oldWorker.child.signalCode ?? oldWorker.child.exitCode).not.toBeNull();
      // New partnerships, on the new build alone.
      const after = await Promise.all(Array.from({ length: AFTER_UPGRADE }, (_, i) => runPartnership(client, 100 + i, moves, () => undefined)));

      for (const run of [...before, ...after]) expect(run.accepted.at(-1)!.phase).toBe('DRAFTING');
      // The old build opened its partnerships under the rules it knew (the version before the newest); the new one
      // under the newest.
      for (const run of before) expect((await state(client, run.id)).rulesVersion ?? 1).toBe(CURRENT_RULES_VERSION - 1);
      for (const run of after) expect((await state(client, run.id)).rulesVersion).toBe(CURRENT_RULES_VERSION);

      const histories = async (ids: string[]) =>
        Promise.all(
          ids.map(async (id) => ({
            workflowId: partnershipWorkflowId(id),
            history: (await temporal.workflow.getHandle(partnershipWorkflowId(id)).fetchHistory()) as History,
          })),
        );
      const oldHistories = await histories(before.map((run) => run.id));
      const newHistories = await histories(after.map((run) => run.id));
      for (const { history } of [...oldHistories, ...newHistories]) expect(eventTypes(history)).not.toContain('EVENT_TYPE_WORKFLOW_TASK_FAILED');
      // Each old partnership was worked on by both builds.
      for (const { history } of oldHistories) {
        expect([...workflowTaskIdentities(history)]).toEqual(expect.arrayContaining([oldWorker.identity, newWorker!.identity]));
      }

      const dataConverter = dataConverterFrom({ TEMPORAL_PAYLOAD_KEYS: process.env.TEMPORAL_PAYLOAD_KEYS! });
      const replay = async (bundle: string, items: { workflowId: string; history: History }[]) => {
        const failures: string[] = [];
        for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath: bundle }, dataConverter }, items)) {
          if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
        }
        return failures;
      };
      expect(await replay(process.env.WORKFLOW_BUNDLE_PATH!, [...oldHistories, ...newHistories])).toEqual([]);
      expect(await replay(oldBundle, oldHistories)).toEqual([]);
    } finally {
      await connection.close();
    }
  });
});

async function state(client: RetryingClient, id: string): Promise<Record<string, any>> {
  const answer = await client.send('GET', `/partnerships/${id}/workflow-state`, AUDITOR);
  if (answer.status !== 200) throw new Error(`workflow-state of ${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}
