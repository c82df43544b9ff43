import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  log,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { decideInitiative, InitiativeCommandType, InitiativeMoveOutcome, InitiativeState, submitInitiative } from '../../libs/domain/src';
import { raiseAlertForDataError, refusalFailure } from '../shared/failures';
import { registerMoveUpdate } from '../shared/updates';
import { OrderedWriteQueue } from '../shared/write-queue';
import { awaitInitiativeSubmissionRecordedUpdate, getInitiativeStateQuery, initiativeCommandUpdates } from './messages';
import type {
  CommandAudit,
  InitiativeActivities,
  InitiativeCommandEnvelope,
  InitiativeCommandResult,
  InitiativeReadModelWrite,
  SubmitInitiativeInput,
} from './types';

/** Writes are regular activities retried without end: a database outage must not lose a step. */
const activities = proxyActivities<InitiativeActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

const now = (): string => new Date().toISOString();

/**
 * One initiative from an organisation (IOP-initiativ), from its submission to the public party's decision: the
 * rules are the domain's (`submitInitiative`, `decideInitiative`); this workflow makes them durable the way every
 * kind's does: each move validated before it is accepted, every step written to the read model in order (with its
 * audit entry, on the process's hash chain), the move answered once its write is made. It has no timer and few
 * moves, so it never continues as new; it completes once the decision is written.
 */
export async function initiativeWorkflow(input: SubmitInitiativeInput): Promise<InitiativeState> {
  const workflowId = workflowInfo().workflowId;
  const writes = new OrderedWriteQueue<InitiativeReadModelWrite, InitiativeActivities>(() => activities);
  // Set by the submission below, before any handler or the loop reads it.
  let state!: InitiativeState;

  function enqueue(outcome: InitiativeMoveOutcome, requestId: string, audit?: CommandAudit & { occurredAt: string }): number {
    const statusBefore = (state as InitiativeState | undefined)?.status;
    state = outcome.state;
    if (statusBefore !== undefined && statusBefore !== state.status) upsertSearchAttributes({ IopPhase: [state.status] });
    const write: InitiativeReadModelWrite = {
      initiativeId: state.initiativeId,
      workflowId,
      state,
      steps: outcome.steps,
      requestId,
      ...(audit ? { audit } : {}),
    };
    return writes.enqueue({ whole: write, bounded: write });
  }

  const submittedAt = workflowInfo().startTime.toISOString();
  const submitted = submitInitiative(input.initiativeId, input.initiative, { actor: input.submittedBy, now: submittedAt });
  // The API decided the same submission before it started this workflow.
  if (!submitted.ok) throw refusalFailure(submitted.refusal);
  upsertSearchAttributes({ IopPhase: [submitted.value.state.status], IopPublicParty: [submitted.value.state.publicParty.name] });
  const openingSeq = enqueue(submitted.value, input.requestId, input.audit && { ...input.audit, occurredAt: submittedAt });

  setHandler(getInitiativeStateQuery, () => state);
  setHandler(awaitInitiativeSubmissionRecordedUpdate, async () => {
    await condition(() => writes.written >= openingSeq);
    return state;
  });

  for (const type of Object.keys(initiativeCommandUpdates) as InitiativeCommandType[]) {
    const definition = initiativeCommandUpdates[type];
    const handle = async ({ command, actor, requestId, audit }: InitiativeCommandEnvelope): Promise<InitiativeCommandResult> => {
      const acceptedAt = now();
      const decision = decideInitiative(state, command, { actor, now: acceptedAt });
      if (!decision.ok) throw refusalFailure(decision.refusal);
      const seq = enqueue(decision.value, requestId, audit && { ...audit, occurredAt: acceptedAt });
      log.info('Move accepted', { type, initiativeId: state.initiativeId, revision: state.revision, requestId });
      await condition(() => writes.written >= seq);
      return { revision: decision.value.state.revision, status: decision.value.state.status, warnings: [], appliedRequestId: requestId };
    };
    const validate = ({ command, actor }: InitiativeCommandEnvelope): void => {
      if (command.type !== type) throw ApplicationFailure.nonRetryable(`The ${definition.name} update carries ${command.type}`);
      const decision = decideInitiative(state, command, { actor, now: now() });
      if (!decision.ok) throw refusalFailure(decision.refusal);
    };
    registerMoveUpdate(definition, handle, validate);
  }

  for (;;) {
    while (!writes.isEmpty) {
      const write = writes.next();
      try {
        await writes.writer().syncInitiativeReadModel(write);
        writes.confirm();
      } catch (error) {
        // Every write is whole, so the next one repairs what a refused one left out.
        raiseAlertForDataError(error, { initiativeId: write.initiativeId }, write.state.revision);
        writes.skip();
      }
    }
    if (state.status === 'DECIDED') break;
    const revision = state.revision;
    await condition(() => !writes.isEmpty || state.revision !== revision);
  }

  await condition(allHandlersFinished);
  return state;
}
