import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { decide, openPartnership, PartnershipCommand, PartnershipState } from '../../libs/domain/src';
import { movesToDialogue } from '../../libs/domain/src/partnership/decide-builders.test';
import { CURRENT_RULES_VERSION } from '../../libs/domain/src/partnership/rules-version';
import { freePort } from '../../libs/devstack/src/ports';
import { registerSearchAttributes } from '../../libs/devstack/src/temporal-server';
import { quietTemporalRuntime } from '../../test/support/harness';
import { awaitOpeningRecordedUpdate, commandUpdates } from './messages';
import { partnershipWorkflow } from './partnership.workflow';
import { CommandEnvelope, CommandResult, partnershipWorkflowId, REFUSAL_FAILURE_TYPE, type StartPartnershipInput } from './types';

/**
 * Two executions of this same workflow code, one resumed (continue-as-new input) from a partnership opened under
 * rules version 1, one opened fresh (version 2): the same move is decided by the rules each partnership was opened
 * under, for its whole life. On Temporal's time-skipping test server, with recorder activities.
 */
describe('rules versions in the workflow', () => {
  let env: TestWorkflowEnvironment;
  const ORG = '802456-1238';
  const partnership = { title: 'IOP', publicParty: { name: 'Region Skåne' }, organisations: [{ name: 'N', organisationNumber: ORG }] };
  const toDialogue = movesToDialogue(ORG);
  // An attendee entry that names nobody: counted as attendance by version 1, refused by version 2.
  const namelessMeeting: PartnershipCommand = {
    type: 'RECORD_MEETING',
    party: 'PUBLIC',
    date: '2026-12-01',
    minutes: 'Möte',
    attendees: [{ party: 'PUBLIC', names: [] }],
  };

  beforeAll(async () => {
    quietTemporalRuntime();
    const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..');
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: join(root, '.tools', 'venv', 'bin', 'temporal-test-server') }, port: await freePort() },
    });
    const refused = await registerSearchAttributes(env.connection, 'default');
    if (refused) throw new Error(`Could not register the search attributes: ${refused}`);
  });

  afterAll(async () => {
    await env?.teardown();
  });

  /** A state under version 1 in DIALOGUE, as a run started before version 2 would hand to its next run. */
  function versionOneState(partnershipId: string): PartnershipState {
    let state = openPartnership(partnershipId, partnership, { actor: 'officer', now: '2026-11-01T10:00:00.000Z' }, 1).state;
    for (const command of toDialogue) {
      const decided = decide(state, command, { actor: 'officer', now: '2026-11-02T10:00:00.000Z' });
      if (!decided.ok) throw new Error(decided.refusal.code);
      state = decided.value.state;
    }
    return state;
  }

  it('accepts a meeting whose attendee entry names nobody under version 1, and refuses it under version 2', async () => {
    const taskQueue = `rules-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! },
      activities: { syncReadModel: async () => undefined },
    });
    const start = (input: StartPartnershipInput) =>
      env.client.workflow.executeUpdateWithStart(awaitOpeningRecordedUpdate, {
        startWorkflowOperation: new WithStartWorkflowOperation(partnershipWorkflow, {
          workflowId: partnershipWorkflowId(input.partnershipId),
          taskQueue,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
        }),
      });
    const move = (id: string, command: PartnershipCommand) =>
      env.client.workflow.getHandle(partnershipWorkflowId(id)).executeUpdate<CommandResult, [CommandEnvelope]>(commandUpdates[command.type].name, {
        args: [{ command, actor: 'officer', requestId: `req-${command.type}` }],
      });

    const outcomes = await worker.runUntil(async () => {
      const resumedId = randomUUID();
      const resumed = versionOneState(resumedId);
      await env.client.workflow.start(partnershipWorkflow, {
        workflowId: partnershipWorkflowId(resumedId),
        taskQueue,
        args: [{ partnershipId: resumedId, partnership, startedBy: 'officer', requestId: 'req-resumed', resumeState: resumed }],
      });
      const freshId = randomUUID();
      const opened = await start({ partnershipId: freshId, partnership, startedBy: 'officer', requestId: 'req-fresh' });
      for (const command of toDialogue) await move(freshId, command);
      const decided = async (id: string) =>
        move(id, namelessMeeting).then(
          (result) => ({ accepted: true, revision: result.revision }),
          (error: unknown) => ({ accepted: false, code: refusalCode(error) }),
        );
      return { freshVersion: opened.rulesVersion, resumed: await decided(resumedId), fresh: await decided(freshId) };
    });

    expect(outcomes.freshVersion).toBe(CURRENT_RULES_VERSION);
    expect(outcomes.resumed).toEqual({ accepted: true, revision: 4 });
    expect(outcomes.fresh).toEqual({ accepted: false, code: 'ATTENDEE_NAMES_REQUIRED' });
  });
});

function refusalCode(error: unknown): string | undefined {
  if (!(error instanceof WorkflowUpdateFailedError)) throw error;
  const cause = error.cause as { type?: string; details?: { code?: string }[] } | undefined;
  return cause?.type === REFUSAL_FAILURE_TYPE ? cause.details?.[0]?.code : undefined;
}
