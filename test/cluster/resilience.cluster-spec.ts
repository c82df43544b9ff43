import { randomBytes } from 'node:crypto';
import { Client as Pg } from 'pg';
import { AUDITOR } from '../support/tokens';
import { auditCheck } from '../support/processes';
import {
  Answer,
  AppProcess,
  eventTypes,
  healthy,
  History,
  pollers,
  restartTemporalServer,
  RetryingClient,
  spawnApp,
  stopApp,
  temporalClient,
  until,
  workflowTaskIdentities,
} from './support/cluster';
import { partnershipWorkflowId } from '../../workflows/partnership/types';
import { movesToDrafting, PartnershipRun, runPartnership } from './support/workload';

const PARTNERSHIPS = 10;
const MOVES = movesToDrafting();

/**
 * Two workers and two API processes on the real Temporal server (PostgreSQL persistence). While partnerships move,
 * a worker that holds some of them is killed (SIGKILL), then one API, then the Temporal server is killed and started
 * again. The client retries a network error or a 5xx under the same Idempotency-Key on the other API. Afterwards
 * every answered move is in the read model exactly once, in order, and the chains and the reconciliation with
 * Temporal are clean.
 */
describe('the engine on a Temporal cluster, under faults', () => {
  const env = {
    TEMPORAL_TASK_QUEUE: `cluster-resilience-${randomBytes(3).toString('hex')}`,
    // A move that Temporal does not answer (a dead worker's sticky task, a restarting server) is a 503 soon.
    TEMPORAL_MOVE_TIMEOUT_SECONDS: '10',
  };
  const workers: AppProcess[] = [];
  const apis: AppProcess[] = [];
  let temporal: Awaited<ReturnType<typeof temporalClient>>;

  beforeAll(async () => {
    workers.push(await spawnApp('worker', 'resilience-worker-1', env), await spawnApp('worker', 'resilience-worker-2', env));
    apis.push(await spawnApp('api', 'resilience-api-1', env), await spawnApp('api', 'resilience-api-2', env));
    await Promise.all(apis.map(healthy));
    // Both workers poll before the first start, so the workflows' first tasks are shared between them.
    temporal = await temporalClient();
    await until('both workers polling', async () => {
      const polling = await pollers(temporal.connection, env.TEMPORAL_TASK_QUEUE);
      return workers.every((worker) => polling.includes(worker.identity!)) ? true : undefined;
    });
  });

  afterAll(async () => {
    await Promise.all([...apis, ...workers].map((app) => stopApp(app)));
    await temporal?.connection.close();
  });

  it('loses and duplicates no answered move while a worker, an API and the Temporal server are killed', async () => {
    const client = new RetryingClient(() => apis.map((api) => api.url!));
    const total = PARTNERSHIPS * (MOVES.length + 1);
    let answered = 0;
    const started = new Set<string>();
    // The worker killed is one that has completed workflow tasks (sticky to it), so the survivor must take them over.
    const killABusyWorker = async () => stopApp((await busyWorker([...started])) ?? workers[0], 'SIGKILL');
    const faults: { at: number; name: string; run: () => Promise<void> }[] = [
      { at: Math.floor(total * 0.2), name: 'a busy worker killed', run: killABusyWorker },
      { at: Math.floor(total * 0.4), name: 'API 1 killed', run: () => stopApp(apis[0], 'SIGKILL') },
      { at: Math.floor(total * 0.6), name: 'Temporal server restarted', run: () => restartTemporalServer() },
    ];
    const done: Promise<string>[] = [];
    const onAnswered = (answer: Answer) => {
      if (typeof answer.body.id === 'string') started.add(answer.body.id);
      answered += 1;
      for (const fault of faults.filter((f) => f.at === answered)) done.push(fault.run().then(() => fault.name));
    };

    const runs: PartnershipRun[] = await Promise.all(Array.from({ length: PARTNERSHIPS }, (_, i) => runPartnership(client, i, MOVES, onAnswered)));
    expect(await Promise.all(done)).toEqual(['a busy worker killed', 'API 1 killed', 'Temporal server restarted']);
    // Requests sent to the killed API were answered by the other one.
    expect(client.failovers).toBeGreaterThan(0);

    const db = new Pg({ connectionString: process.env.IOP_TEST_OWNER_DATABASE_URL });
    await db.connect();
    try {
      const identities = new Set<string>();
      for (const run of runs) {
        // Each answered move raised the revision by one, in order: none was applied twice, none was lost.
        const revisions = run.accepted.map((move) => move.revision);
        expect(revisions).toEqual(MOVES.map((_, n) => run.openingRevision + n + 1));
        expect(run.accepted.at(-1)!.phase).toBe('DRAFTING');

        const read = await client.send('GET', `/partnerships/${run.id}`, AUDITOR);
        expect(read.status).toBe(200);
        expect(read.body.revision).toBe(revisions.at(-1));
        expect(read.body.phase).toBe('DRAFTING');
        // The one move whose repetition would add a row (a written input) is there once.
        expect(read.body.dialogue.inputs).toHaveLength(1);

        // The accepted moves' audit entries: one per revision the client was answered, no other.
        const audit = await db.query<{ command_key: string }>(
          `SELECT command_key FROM audit_log WHERE outcome = 'ACCEPTED' AND command_key LIKE $1 ORDER BY id`,
          [`${run.id}:%`],
        );
        const audited = audit.rows.map((row) => Number(row.command_key.split(':')[1])).filter((revision) => revision > run.openingRevision);
        expect(audited.sort((a, b) => a - b)).toEqual(revisions);

        const history = await historyOf(run.id);
        expect(eventTypes(history)).not.toContain('EVENT_TYPE_WORKFLOW_TASK_FAILED');
        for (const identity of workflowTaskIdentities(history)) identities.add(identity);
      }
      // Both workers did work: the killed one before its end, the survivor after it, on the partnerships it held.
      expect([...identities]).toEqual(expect.arrayContaining(workers.map((worker) => worker.identity)));

      const ids = runs.map((run) => run.id);
      const chains = await auditCheck('verify-chains', ...ids);
      expect(chains.stdout).toContain(`verify-chains: ${ids.length} partnerships checked, 0 broken`);
      expect(chains.status).toBe(0);
      const reconcile = await auditCheck('reconcile', ...ids);
      expect(reconcile.stdout).toContain(`reconcile: ${ids.length} partnerships checked, 0 diverging`);
      expect(reconcile.status).toBe(0);
    } finally {
      await db.end();
    }
  });

  function historyOf(partnershipId: string): Promise<History> {
    return temporal.client.workflow.getHandle(partnershipWorkflowId(partnershipId)).fetchHistory();
  }

  /** A worker that has completed a workflow task of one of these partnerships. */
  async function busyWorker(ids: string[]): Promise<AppProcess | undefined> {
    const identities = new Set<string>();
    for (const id of ids) for (const identity of workflowTaskIdentities(await historyOf(id))) identities.add(identity);
    return workers.find((worker) => identities.has(worker.identity!));
  }
});
