import { ApplicationFailure, Client, Connection, WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { SKR_CRITERIA } from '../../libs/domain/src';
import { awaitInitiativeSubmissionRecordedUpdate, initiativeCommandUpdates } from './messages';
import { initiativeWorkflow } from './initiative.workflow';
import { initiativeWorkflowId, type InitiativeActivities, type InitiativeReadModelWrite, type SubmitInitiativeInput } from './types';

/** The workflow alone, on the test setup's Temporal, its activity replaced by a recorder. */
describe('initiativeWorkflow', () => {
  let connection: Connection;
  let client: Client;

  beforeAll(async () => {
    try {
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

  const input = (): SubmitInitiativeInput => ({
    initiativeId: randomUUID(),
    initiative: {
      title: 'Läxhjälp i Vårsta',
      challenge: 'Barn lämnar skolan utan behörighet.',
      targetGroup: 'Barn i årskurs 4–9',
      contribution: 'Volontärer och lokaler',
      publicParty: { name: 'Region Skåne' },
      organisation: { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' },
    },
    submittedBy: 'rep@varsta.example',
    requestId: 'req-initiative-test',
  });

  async function runWith<T>(activities: InitiativeActivities, body: (taskQueue: string) => Promise<T>): Promise<T> {
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

  it('writes the submission, each move in order, refuses a decision before the assessment, and completes once decided', async () => {
    const recorded: InitiativeReadModelWrite[] = [];
    const start = input();
    const handleOf = () => client.workflow.getHandle(initiativeWorkflowId(start.initiativeId));
    const result = await runWith({ syncInitiativeReadModel: async (write) => void recorded.push(write) }, async (taskQueue) => {
      await client.workflow.executeUpdateWithStart(awaitInitiativeSubmissionRecordedUpdate, {
        startWorkflowOperation: new WithStartWorkflowOperation(initiativeWorkflow, {
          workflowId: initiativeWorkflowId(start.initiativeId),
          taskQueue,
          args: [start],
          workflowIdConflictPolicy: 'USE_EXISTING',
        }),
      });
      const early = await handleOf()
        .executeUpdate(initiativeCommandUpdates.DECIDE_ON_INITIATIVE, {
          args: [
            { command: { type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', outcome: 'DECLINED', reason: 'Nej' }, actor: 'officer', requestId: 'r1' },
          ],
        })
        .catch((error: unknown) => error);
      expect(early).toBeInstanceOf(WorkflowUpdateFailedError);
      expect(((early as WorkflowUpdateFailedError).cause as ApplicationFailure).details?.[0]).toMatchObject({
        code: 'INITIATIVE_CRITERIA_NOT_ASSESSED',
      });
      const assessments = SKR_CRITERIA.map((criterion) => ({ criterion, verdict: 'MET' as const, comment: 'Ja' }));
      await handleOf().executeUpdate(initiativeCommandUpdates.ASSESS_INITIATIVE, {
        args: [{ command: { type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments }, actor: 'officer', requestId: 'r2' }],
      });
      const decided = await handleOf().executeUpdate(initiativeCommandUpdates.DECIDE_ON_INITIATIVE, {
        args: [{ command: { type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', outcome: 'DECLINED', reason: 'Nej' }, actor: 'officer', requestId: 'r3' }],
      });
      expect(decided).toMatchObject({ revision: 2, status: 'DECIDED', appliedRequestId: 'r3' });
      return handleOf().result();
    });
    expect(result.status).toBe('DECIDED');
    expect(recorded.map((w) => [w.state.revision, w.steps.map((s) => s.action), w.requestId])).toEqual([
      [0, ['INITIATIVE_SUBMITTED'], 'req-initiative-test'],
      [1, ['INITIATIVE_ASSESSED'], 'r2'],
      [2, ['INITIATIVE_DECLINED'], 'r3'],
    ]);
    expect(recorded[0].steps[0]).toMatchObject({
      responsible: { kind: 'ORGANISATION', organisationNumber: '802003-4529' },
      levelReached: 'INFORMATION',
    });
  });
});
