/**
 * Records the event histories that workflows/initiative/replay.spec.ts replays against the current workflow code, as
 * scripts/record-histories.ts does for partnerships: run it only when adding a new scenario, never to make a failing
 * replay pass (a failing replay means the change needs `patched()`). Files are never overwritten: each recording is
 * labelled with the workflow version it captures.
 *
 * `npm run histories:record:initiatives -- <label> [scenario ...]`
 */
import { Client, WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { join } from 'node:path';
import { PROJECT_ROOT, runRecorder } from './history-recorder';
import { SKR_CRITERIA, type CriterionAssessmentInput, type InitiativeCommand, type SkrCriterion } from '../libs/domain/src';
import { initiativeWorkflow } from '../workflows';
import { awaitInitiativeSubmissionRecordedUpdate, initiativeUpdateFor } from '../workflows/initiative/messages';
import { initiativeWorkflowId } from '../workflows/initiative/types';

const ORGANISATION = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const TASK_QUEUE = 'record-initiative-histories';

async function submit(client: Client, id: string) {
  await client.workflow.executeUpdateWithStart(awaitInitiativeSubmissionRecordedUpdate, {
    startWorkflowOperation: new WithStartWorkflowOperation(initiativeWorkflow, {
      workflowId: initiativeWorkflowId(id),
      taskQueue: TASK_QUEUE,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [
        {
          initiativeId: id,
          initiative: {
            title: 'Inspelad',
            challenge: 'Barn lämnar skolan utan behörighet.',
            targetGroup: 'Barn i årskurs 4–9',
            contribution: 'Volontärer och lokaler',
            publicParty: { name: 'Region Skåne' },
            organisation: ORGANISATION,
          },
          submittedBy: 'recorder',
          requestId: `record-${id}`,
        },
      ],
    }),
  });
  const handle = client.workflow.getHandle(initiativeWorkflowId(id));
  let request = 0;
  return async (command: InitiativeCommand) =>
    handle.executeUpdate(initiativeUpdateFor(command), { args: [{ command, actor: 'recorder', requestId: `record-${++request}` }] });
}

const assessed = (criteria: readonly SkrCriterion[], verdict: CriterionAssessmentInput['verdict'] = 'MET'): CriterionAssessmentInput[] =>
  criteria.map((criterion) => ({ criterion, verdict, comment: `${verdict}: ${criterion}` }));

/** A move the workflow's validator must refuse with `code`: a refused update is rejected before it is accepted. */
async function refused(move: Promise<unknown>, code: string): Promise<void> {
  const error = await move.then(
    () => undefined,
    (e: unknown) => e,
  );
  const details = error instanceof WorkflowUpdateFailedError ? (error.cause as { details?: { code?: string }[] } | undefined)?.details : undefined;
  if (details?.[0]?.code !== code) throw new Error(`Expected the refusal ${code}, got ${error instanceof Error ? error.message : String(error)}`);
}

const HALF = SKR_CRITERIA.slice(0, 4);
const REST = SKR_CRITERIA.slice(4);

runRecorder({
  out: join(PROJECT_ROOT, 'workflows', 'initiative', '__histories__'),
  taskQueue: TASK_QUEUE,
  activities: { syncInitiativeReadModel: async () => undefined },
  workflowIdOf: initiativeWorkflowId,
  scenarios: (env) => ({
    // Submitted, assessed in two moves (the first criterion, unclear at first, assessed again as met), a partnership
    // opened: the workflow completes.
    'open-partnership': async () => {
      const id = 'history-initiative-open-partnership';
      const move = await submit(env.client, id);
      await move({ type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments: [...assessed(HALF.slice(0, 1), 'UNCLEAR'), ...assessed(HALF.slice(1))] });
      await env.sleep('2 days');
      await move({ type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments: [...assessed(HALF.slice(0, 1)), ...assessed(REST)] });
      await move({
        type: 'DECIDE_ON_INITIATIVE',
        party: 'PUBLIC',
        outcome: 'OPEN_PARTNERSHIP',
        partnership: { partnershipId: `partnership-of-${id}`, title: 'Läxhjälp i Vårsta', goals: ['Fler elever med behörighet'] },
      });
      await env.client.workflow.getHandle(initiativeWorkflowId(id)).result();
      return id;
    },
    // Assessed in one move, pointed to another form (a grant) with the reason: the workflow completes.
    'other-form': async () => {
      const id = 'history-initiative-other-form';
      const move = await submit(env.client, id);
      await move({ type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments: assessed(SKR_CRITERIA) });
      await move({ type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', outcome: 'OTHER_FORM', otherForm: 'GRANT', reason: 'Passar föreningsbidraget.' });
      await env.client.workflow.getHandle(initiativeWorkflowId(id)).result();
      return id;
    },
    // Assessed (a criterion not met), declined with the reason: the workflow completes.
    declined: async () => {
      const id = 'history-initiative-declined';
      const move = await submit(env.client, id);
      await move({ type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments: [...assessed(HALF), ...assessed(REST, 'NOT_MET')] });
      await move({ type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', outcome: 'DECLINED', reason: 'Inget gemensamt behov.' });
      await env.client.workflow.getHandle(initiativeWorkflowId(id)).result();
      return id;
    },
    // A decision refused before any criterion is assessed, half of them assessed, a decision refused again: the
    // refusals are the validator's and leave no event that changes state; the initiative is left open (ASSESSING).
    'decision-refused-before-assessment': async () => {
      const id = 'history-initiative-decision-refused';
      const move = await submit(env.client, id);
      await refused(
        move({ type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', outcome: 'DECLINED', reason: 'För tidigt.' }),
        'INITIATIVE_CRITERIA_NOT_ASSESSED',
      );
      await move({ type: 'ASSESS_INITIATIVE', party: 'PUBLIC', assessments: assessed(HALF) });
      await refused(
        move({ type: 'DECIDE_ON_INITIATIVE', party: 'PUBLIC', outcome: 'DECLINED', reason: 'För tidigt.' }),
        'INITIATIVE_CRITERIA_NOT_ASSESSED',
      );
      return id;
    },
  }),
});
