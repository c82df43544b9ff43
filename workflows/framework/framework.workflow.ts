import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  applyFrameworkTimer,
  decideFramework,
  FrameworkCommandType,
  FrameworkOutcome,
  FrameworkState,
  nextFrameworkTimer,
  startFramework,
} from '../../libs/domain/src';
import { continueAsNewDue } from '../shared/continue-as-new';
import { isFailureOfType, raiseAlertForDataError, refusalFailure } from '../shared/failures';
import { registerMoveUpdate } from '../shared/updates';
import { OrderedWriteQueue } from '../shared/write-queue';
import { awaitFrameworkOpeningRecordedUpdate, frameworkCommandUpdates, getFrameworkStateQuery } from './messages';
import { frameworkReadModelDelta } from './read-model-delta';
import {
  CommandAudit,
  FrameworkActivities,
  FrameworkCommandEnvelope,
  FrameworkCommandResult,
  FrameworkReadModelWrite,
  READ_MODEL_GAP,
  revisionOfFrameworkWrite,
  StartFrameworkInput,
} from './types';

/**
 * Every write is a regular activity: a move is answered only once its write is made, and a database outage must
 * not lose a step (retried without end, with a ceiling on the wait between attempts); short, so that a worker that
 * dies mid-write is noticed soon and the write is retried on another.
 */
const activities = proxyActivities<FrameworkActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

// Inside a workflow, `new Date()` is Temporal's deterministic clock: the time of the current workflow task.
const now = (): string => new Date().toISOString();

/**
 * One framework agreement (överenskommelse) from its opening to its end, over decades. The rules live in the domain
 * lib (`decideFramework`, `nextFrameworkTimer`, `applyFrameworkTimer`); this workflow makes them durable: it
 * validates each move before accepting it, writes every step to the read model in order and answers the move once
 * its write is made, raises the steering group's cadence, the yearly conference and the review with durable timers
 * (re-planned after every move), and hands its state to a new run when its history grows long.
 */
export async function frameworkAgreementWorkflow(input: StartFrameworkInput): Promise<FrameworkState> {
  const workflowId = workflowInfo().workflowId;
  const writes = new OrderedWriteQueue<FrameworkReadModelWrite, FrameworkActivities>(() => activities);
  /** The state of the last write queued, which the next one's patch starts from; a resumed run's is its input's. */
  let stateOfLastWrite: FrameworkState | undefined = input.resumeState;
  let state: FrameworkState;

  /**
   * Queues the write of an outcome: bounded (what changed since the write before) except the run's opening, which
   * nobody wrote before; whole, for when the read model lacks the write before.
   */
  function enqueue(outcome: FrameworkOutcome, requestId: string, audit?: CommandAudit & { occurredAt: string }): number {
    const statusBefore = stateOfLastWrite?.status;
    const base = stateOfLastWrite;
    state = outcome.state;
    stateOfLastWrite = state;
    if (statusBefore !== undefined && statusBefore !== state.status) upsertSearchAttributes({ IopPhase: [state.status] });
    const common = { frameworkId: state.frameworkId, workflowId, steps: outcome.steps, requestId, ...(audit ? { audit } : {}) };
    const whole: FrameworkReadModelWrite = { ...common, state };
    return writes.enqueue({ whole, bounded: base ? { ...common, delta: frameworkReadModelDelta(base, state) } : whole });
  }

  if (input.resumeState) {
    state = input.resumeState;
  } else {
    const openedAt = workflowInfo().startTime.toISOString();
    const started = startFramework(input.frameworkId, input.framework, input.firstVersion, { actor: input.startedBy, now: openedAt });
    // The API decided the same start before it started this workflow; a refusal here fails it before anything is written.
    if (!started.ok) throw refusalFailure(started.refusal);
    state = started.value.state;
    upsertSearchAttributes({ IopPhase: [state.status], IopPublicParty: [state.publicParty.name] });
    enqueue(started.value, input.requestId, input.audit && { ...input.audit, occurredAt: openedAt });
  }
  const openingSeq = writes.queued;

  setHandler(getFrameworkStateQuery, () => state);
  setHandler(awaitFrameworkOpeningRecordedUpdate, async () => {
    await condition(() => writes.written >= openingSeq);
    return state;
  });

  for (const type of Object.keys(frameworkCommandUpdates) as FrameworkCommandType[]) {
    const definition = frameworkCommandUpdates[type];
    const handle = async ({ command, actor, requestId, audit }: FrameworkCommandEnvelope): Promise<FrameworkCommandResult> => {
      // Decided again here: another move may have been accepted since the validator ran.
      const acceptedAt = now();
      const decision = decideFramework(state, command, { actor, now: acceptedAt });
      if (!decision.ok) throw refusalFailure(decision.refusal);
      const seq = enqueue(decision.value, requestId, audit && { ...audit, occurredAt: acceptedAt });
      log.info('Move accepted', { type, frameworkId: state.frameworkId, revision: state.revision, requestId });
      const result: FrameworkCommandResult = {
        revision: decision.value.state.revision,
        status: decision.value.state.status,
        warnings: decision.value.warnings,
        appliedRequestId: requestId,
      };
      // Answered once the step is in the read model, so the caller's next read sees it.
      await condition(() => writes.written >= seq);
      return result;
    };
    const validate = ({ command, actor }: FrameworkCommandEnvelope): void => {
      if (command.type !== type) throw ApplicationFailure.nonRetryable(`The ${definition.name} update carries ${command.type}`);
      const decision = decideFramework(state, command, { actor, now: now() });
      if (!decision.ok) throw refusalFailure(decision.refusal);
    };
    registerMoveUpdate(definition, handle, validate);
  }

  for (let lastTimerFired: string | undefined; ;) {
    // Write in order: one activity at a time, oldest first, awaited here (see OrderedWriteQueue).
    while (!writes.isEmpty) {
      const write = writes.next();
      try {
        await writes.writer().syncFrameworkReadModel(write);
        writes.confirm();
      } catch (error) {
        if (!writes.nextIsWhole && isFailureOfType(error, READ_MODEL_GAP)) {
          log.warn('The read model lacks the base of a write; writing it whole', {
            frameworkId: write.frameworkId,
            revision: revisionOfFrameworkWrite(write),
          });
          writes.sendNextWhole();
          continue;
        }
        raiseAlertForDataError(error, { frameworkId: write.frameworkId }, revisionOfFrameworkWrite(write));
        writes.skip();
      }
    }
    if (state.status === 'ENDED') break;

    if (continueAsNewDue(input.continueAsNewAfterEvents)) {
      await condition(() => allHandlersFinished() || !writes.isEmpty);
      if (writes.isEmpty) {
        // The opening's input stays behind: the new run starts from the state, which the read model holds already.
        return continueAsNew<typeof frameworkAgreementWorkflow>({ ...input, firstVersion: undefined, audit: undefined, resumeState: state });
      }
      continue;
    }

    // Re-planned after every move: a move may bring the next timer closer (an adoption) or push it away (a meeting).
    const timer = nextFrameworkTimer(state);
    const revision = state.revision;
    const woken = () => !writes.isEmpty || state.revision !== revision;
    const timerKey = timer && `${timer.at} ${JSON.stringify(timer.event)}`;
    // A timer the rules still plan after it fired would fire for ever: wait for a move instead (never expected).
    if (!timer || timerKey === lastTimerFired) {
      if (timer) log.error('The rules plan the timer that just fired again; waiting for a move', { frameworkId: state.frameworkId, timer: timerKey });
      await condition(woken);
      continue;
    }
    const waitMs = Date.parse(timer.at) - Date.parse(now());
    if (waitMs > 0 && (await condition(woken, waitMs))) continue;
    lastTimerFired = timerKey;
    enqueue(applyFrameworkTimer(state, timer.event, { actor: 'system', now: now() }), `timer:${timer.event.type}`);
  }

  await condition(allHandlersFinished);
  return state;
}
