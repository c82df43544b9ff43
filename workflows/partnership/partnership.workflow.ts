import { condition, log, proxyActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { deriveReachedLevel, StepRecord, StepEvidence } from '../../libs/domain/src';
import { awaitOpeningRecordedUpdate, getStateQuery } from './messages';
import type { PartnershipActivities, PartnershipState, StartPartnershipInput } from './types';

const activities = proxyActivities<PartnershipActivities>({
  startToCloseTimeout: '30 seconds',
  // A database outage must not lose a step: keep retrying, with a ceiling on the wait between attempts.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

/** One IOP (idéburet offentligt partnerskap), from the shared problem definition onwards. */
export async function partnershipWorkflow(input: StartPartnershipInput): Promise<PartnershipState> {
  const state: PartnershipState = {
    partnershipId: input.partnershipId,
    phase: 'PROBLEM_DEFINITION',
    recorded: false,
    partnership: input.partnership,
  };

  setHandler(getStateQuery, () => state);
  setHandler(awaitOpeningRecordedUpdate, async () => {
    await condition(() => state.recorded);
    return state;
  });

  upsertSearchAttributes({
    IopPhase: [state.phase],
    IopPublicParty: [input.partnership.publicParty.name],
    IopOrganisationNumbers: input.partnership.organisations.map((o) => o.organisationNumber),
  });

  // The public party invites the organisations: a one-way step, whose reached level the evidence decides.
  const evidence: StepEvidence = { informed: input.partnership.organisations.map((o) => o.organisationNumber) };
  const openingStep: StepRecord = {
    stepKey: 'opened',
    phase: 'PROBLEM_DEFINITION',
    action: 'PARTNERSHIP_OPENED',
    responsible: { kind: 'PUBLIC' },
    levelAimedFor: 'INFORMATION',
    levelReached: deriveReachedLevel(evidence),
    actor: input.startedBy,
    occurredAt: workflowInfo().startTime.toISOString(),
    evidence,
  };
  await activities.recordPartnershipOpened({
    partnershipId: input.partnershipId,
    workflowId: workflowInfo().workflowId,
    partnership: input.partnership,
    step: openingStep,
    requestId: input.requestId,
  });
  state.recorded = true;
  log.info('Partnership opened', { partnershipId: input.partnershipId, requestId: input.requestId });

  // The later phases (dialogue, drafting, approval, signature, implementation) arrive as updates; until then the
  // process waits for them durably.
  await condition(() => state.phase === 'ENDED');
  return state;
}
