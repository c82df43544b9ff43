import { ApplicationFailure, Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { awaitOpeningRecordedUpdate, commandUpdates, getStateQuery } from './messages';
import { partnershipWorkflow } from './partnership.workflow';
import {
  partnershipWorkflowId,
  READ_MODEL_DATA_ERROR,
  READ_MODEL_GAP,
  revisionOfWrite,
  type PartnershipActivities,
  type ReadModelWrite,
  type StartPartnershipInput,
} from './types';

/**
 * The workflow alone, on the real Temporal dev server that the test setup started: its activities are replaced
 * by recorders so the test sees exactly what the workflow asks to be written.
 */
describe('partnershipWorkflow', () => {
  let connection: Connection;
  let client: Client;

  beforeAll(async () => {
    try {
      // ERROR: the retry test fails activities on purpose, and each failure is a WARN line.
      Runtime.install({ logger: new DefaultLogger('ERROR') });
    } catch {
      // installed already in this test file's context
    }
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    client = new Client({ connection });
  });

  afterAll(async () => {
    await connection?.close();
  });

  const input = (): StartPartnershipInput => ({
    partnershipId: randomUUID(),
    partnership: {
      title: 'Idéburen sektor i Skåne',
      publicParty: { name: 'Region Skåne' },
      organisations: [{ name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' }],
    },
    startedBy: 'officer@regionskane.se',
    requestId: 'req-workflow-test',
  });

  async function runWith<T>(activities: PartnershipActivities, body: (taskQueue: string) => Promise<T>): Promise<T> {
    const taskQueue = `wf-${randomUUID()}`;
    const workerConnection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS });
    const worker = await Worker.create({
      connection: workerConnection,
      taskQueue,
      workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! },
      activities,
    });
    try {
      return await worker.runUntil(body(taskQueue));
    } finally {
      await workerConnection.close();
    }
  }

  function startWithOpening(taskQueue: string, start: StartPartnershipInput) {
    return client.workflow.executeUpdateWithStart(awaitOpeningRecordedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation(partnershipWorkflow, {
        workflowId: partnershipWorkflowId(start.partnershipId),
        taskQueue,
        args: [start],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
  }

  it('records the opening step, with the level reached derived from who was informed', async () => {
    const recorded: ReadModelWrite[] = [];
    const start = input();
    const state = await runWith({ syncReadModel: async (write) => void recorded.push(write) }, (taskQueue) => startWithOpening(taskQueue, start));

    expect(state).toMatchObject({ partnershipId: start.partnershipId, phase: 'PROBLEM_DEFINITION', revision: 0 });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ workflowId: `partnership-${start.partnershipId}`, requestId: 'req-workflow-test' });
    expect(recorded[0].steps).toEqual([
      expect.objectContaining({
        stepKey: '0.1.PARTNERSHIP_OPENED',
        phase: 'PROBLEM_DEFINITION',
        responsible: { kind: 'PUBLIC' },
        // Rules version 3: the step aims for its phase's choice, and none is chosen at the opening.
        levelAimedFor: null,
        levelReached: 'INFORMATION',
        actor: 'officer@regionskane.se',
        evidence: { informed: ['802456-1238'] },
      }),
    ]);
    // Each organisation is asked to answer its invitation.
    expect(recorded[0].state?.tasks).toEqual([
      expect.objectContaining({ type: 'RESPOND_TO_INVITATION', addressedTo: '802456-1238', status: 'OPEN' }),
    ]);
  });

  it('answers a move with the writes it still owes, and its activity makes them even when nobody else does', async () => {
    const recorded: ReadModelWrite[] = [];
    let releaseWrites = () => undefined as void;
    const writesMayGo = new Promise<void>((resolve) => (releaseWrites = resolve));
    const start = input();
    await runWith(
      {
        syncReadModel: async (write) => {
          // The opening goes through; the move's write waits, so the answer must not depend on it.
          if (revisionOfWrite(write) > 0) await writesMayGo;
          recorded.push(write);
        },
      },
      async (taskQueue) => {
        await startWithOpening(taskQueue, start);
        const handle = client.workflow.getHandle(partnershipWorkflowId(start.partnershipId));
        const result = await handle.executeUpdate(commandUpdates.RESPOND_TO_INVITATION, {
          args: [{ command: { type: 'RESPOND_TO_INVITATION', party: '802456-1238', accept: true }, actor: 'rep', requestId: 'req-answer' }],
        });
        expect(result).toMatchObject({ revision: 1, phase: 'PROBLEM_DEFINITION' });
        expect(result.writes?.map((w) => [revisionOfWrite(w), w.steps.map((s) => s.action)])).toEqual([[1, ['INVITATION_ACCEPTED']]]);
        // Bounded: what the move changed (the organisation, its task), not the whole state.
        expect(result.writes?.[0].state).toBeUndefined();
        expect(result.writes?.[0].delta).toMatchObject({ revision: 1, baseRevision: 0 });
        expect(result.writes?.[0].delta?.changed.organisations).toEqual([
          { position: 1, organisation: expect.objectContaining({ status: 'ACCEPTED' }) },
        ]);
        expect(result.writes?.[0].delta?.changed.tasks).toEqual([expect.objectContaining({ type: 'RESPOND_TO_INVITATION', status: 'DONE' })]);
        expect(recorded.map(revisionOfWrite)).toEqual([0]);

        releaseWrites();
        for (let i = 0; i < 100 && recorded.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(recorded.map((w) => [revisionOfWrite(w), w.requestId])).toEqual([
          [0, 'req-workflow-test'],
          [1, 'req-answer'],
        ]);
      },
    );
  });

  it('keeps retrying the opening step while the database is unavailable, and answers once it is written', async () => {
    let attempts = 0;
    const start = input();
    const state = await runWith(
      {
        syncReadModel: async () => {
          attempts += 1;
          if (attempts < 3) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        },
      },
      (taskQueue) => startWithOpening(taskQueue, start),
    );
    expect(state.partnershipId).toBe(start.partnershipId);
    expect(attempts).toBe(3);
  });

  it('runs one execution per partnership: a second start with the same id reaches the same run', async () => {
    const start = input();
    const runIds = await runWith({ syncReadModel: async () => undefined }, async (taskQueue) => {
      await startWithOpening(taskQueue, start);
      await startWithOpening(taskQueue, start);
      const handle = client.workflow.getHandle(partnershipWorkflowId(start.partnershipId));
      const query = await handle.query(getStateQuery);
      expect(query.phase).toBe('PROBLEM_DEFINITION');
      const description = await handle.describe();
      expect(description.searchAttributes).toMatchObject({ IopPhase: ['PROBLEM_DEFINITION'], IopPublicParty: ['Region Skåne'] });
      const runs: string[] = [];
      for await (const execution of client.workflow.list({ query: `WorkflowId = '${handle.workflowId}'` })) runs.push(execution.runId);
      return runs;
    });
    expect(runIds).toHaveLength(1);
  });

  it('continues as new when its history grows long, carrying its state, and goes on accepting moves', async () => {
    const start = { ...input(), continueAsNewAfterEvents: 40 };
    const envelope = <C>(command: C) => ({ args: [{ command, actor: 'officer', requestId: 'req-can' }] as [never] });
    await runWith({ syncReadModel: async () => undefined }, async (taskQueue) => {
      await startWithOpening(taskQueue, start);
      const handle = client.workflow.getHandle(partnershipWorkflowId(start.partnershipId));
      const firstRunId = (await handle.describe()).runId;
      await handle.executeUpdate(
        commandUpdates.PROPOSE_PROBLEM_DEFINITION,
        envelope({
          type: 'PROPOSE_PROBLEM_DEFINITION',
          party: 'PUBLIC',
          challenge: 'Ensamhet',
          targetGroup: 'Äldre',
          goals: ['Mötesplatser'],
          developmentAreas: [],
        }),
      );
      await handle.executeUpdate(commandUpdates.AGREE_TO_PROBLEM_DEFINITION, envelope({ type: 'AGREE_TO_PROBLEM_DEFINITION', party: '802456-1238' }));
      for (let i = 1; i <= 12; i++) {
        await handle.executeUpdate(
          commandUpdates.RECORD_MEETING,
          envelope({
            type: 'RECORD_MEETING',
            party: 'PUBLIC',
            date: '2026-12-01',
            minutes: `Möte ${i}`,
            attendees: [{ party: 'PUBLIC', names: ['A'] }],
          }),
        );
      }
      // A move is answered before its write; the workflow continues as new once its writes are done.
      let latestRunId = firstRunId;
      for (let i = 0; i < 100 && latestRunId === firstRunId; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        latestRunId = (await handle.describe()).runId;
      }
      expect(latestRunId).not.toBe(firstRunId);
      const state = await handle.query(getStateQuery);
      expect(state.phase).toBe('DIALOGUE');
      expect(state.dialogue.meetings.map((m) => m.minutes)).toEqual(Array.from({ length: 12 }, (_, i) => `Möte ${i + 1}`));
      expect(state.revision).toBe(14);
    });
  });

  /** Waits, briefly, until the recorder holds `count` writes. */
  async function recordedAtLeast(recorded: unknown[], count: number): Promise<void> {
    for (let i = 0; i < 100 && recorded.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const accept = { command: { type: 'RESPOND_TO_INVITATION' as const, party: '802456-1238', accept: true }, actor: 'rep', requestId: 'req-accept' };
  const propose = {
    command: {
      type: 'PROPOSE_PROBLEM_DEFINITION' as const,
      party: 'PUBLIC',
      challenge: 'Ensamhet',
      targetGroup: 'Äldre',
      goals: ['Mötesplatser'],
      developmentAreas: [],
    },
    actor: 'officer',
    requestId: 'req-propose',
  };
  const shapeOf = (w: ReadModelWrite) => [revisionOfWrite(w), w.state ? 'whole' : 'delta'];

  it('makes a write again with its whole state when the read model lacks the base of its patch', async () => {
    const recorded: ReadModelWrite[] = [];
    const start = input();
    await runWith(
      {
        syncReadModel: async (write) => {
          recorded.push(write);
          if (revisionOfWrite(write) === 1 && write.delta) throw ApplicationFailure.nonRetryable('no base', READ_MODEL_GAP);
        },
      },
      async (taskQueue) => {
        await startWithOpening(taskQueue, start);
        const handle = client.workflow.getHandle(partnershipWorkflowId(start.partnershipId));
        await handle.executeUpdate(commandUpdates.RESPOND_TO_INVITATION, { args: [accept] });
        await recordedAtLeast(recorded, 3);
        await handle.executeUpdate(commandUpdates.PROPOSE_PROBLEM_DEFINITION, { args: [propose] });
        await recordedAtLeast(recorded, 4);
      },
    );
    expect(recorded.map(shapeOf)).toEqual([
      [0, 'whole'],
      [1, 'delta'],
      [1, 'whole'],
      [2, 'delta'],
    ]);
  });

  it('sends the write after one refused as data with its whole state, and answers with it so', async () => {
    const recorded: ReadModelWrite[] = [];
    let refuseMayGo = () => undefined as void;
    const refuse = new Promise<void>((resolve) => (refuseMayGo = resolve));
    const start = input();
    await runWith(
      {
        syncReadModel: async (write) => {
          if (revisionOfWrite(write) === 1) {
            await refuse;
            throw ApplicationFailure.nonRetryable('22P05', READ_MODEL_DATA_ERROR, { sqlState: '22P05' });
          }
          recorded.push(write);
        },
      },
      async (taskQueue) => {
        await startWithOpening(taskQueue, start);
        const handle = client.workflow.getHandle(partnershipWorkflowId(start.partnershipId));
        await handle.executeUpdate(commandUpdates.RESPOND_TO_INVITATION, { args: [accept] });
        // The second move's answer carries both writes owed, each bounded: the first has not failed yet.
        const answer = await handle.executeUpdate(commandUpdates.PROPOSE_PROBLEM_DEFINITION, { args: [propose] });
        expect(answer.writes?.map(shapeOf)).toEqual([
          [1, 'delta'],
          [2, 'delta'],
        ]);
        refuseMayGo();
        await recordedAtLeast(recorded, 2);
        // Write 1 is lost for good (an operator's alert); write 2 cannot be a patch on top of it.
        const third = await handle.executeUpdate(commandUpdates.AGREE_TO_PROBLEM_DEFINITION, {
          args: [{ command: { type: 'AGREE_TO_PROBLEM_DEFINITION', party: '802456-1238' }, actor: 'rep', requestId: 'req-agree' }],
        });
        // Write 2 may still be unconfirmed when the third move is decided (its activity has run, the workflow has not
        // yet heard): then it travels in the answer too, whole as it is owed.
        expect([
          [[3, 'delta']],
          [
            [2, 'whole'],
            [3, 'delta'],
          ],
        ]).toContainEqual(third.writes?.map(shapeOf));
        await recordedAtLeast(recorded, 3);
      },
    );
    expect(recorded.map(shapeOf)).toEqual([
      [0, 'whole'],
      [2, 'whole'],
      [3, 'delta'],
    ]);
  });
});
