import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { continueAsNewDue } from '../shared/continue-as-new';
import { isFailureOfType, raiseAlertForDataError, refusalFailure } from '../shared/failures';
import { registerMoveUpdate } from '../shared/updates';
import { OrderedWriteQueue } from '../shared/write-queue';
import { applyTimerEvent, CommandType, decide, nextTimer, Outcome, PartnershipState, startPartnership } from '../../libs/domain/src';
import { awaitOpeningRecordedUpdate, commandUpdates, getStateQuery } from './messages';
import { readModelDelta } from './read-model-delta';
import {
  CommandAudit,
  CommandEnvelope,
  CommandResult,
  PartnershipActivities,
  READ_MODEL_GAP,
  ReadModelWrite,
  revisionOfWrite,
  StartPartnershipInput,
} from './types';

const writeOptions = {
  // Short: a worker that dies mid-write is noticed soon, and the write is retried on another.
  startToCloseTimeout: '10 seconds',
  // A database outage must not lose a step: keep retrying, with a ceiling on the wait between attempts.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
} as const;

const activities = proxyActivities<PartnershipActivities>(writeOptions);

/**
 * The same write as a local activity: it runs inside the worker's workflow task, without a round trip through the
 * server for scheduling, which cuts the latency of every move (see `npm run bench`). Executions that started before
 * this change replay the regular activity; `patched` tells the two apart.
 */
const localActivities = proxyLocalActivities<PartnershipActivities>(writeOptions);
const LOCAL_WRITES_PATCH = 'read-model-writes-as-local-activity';

/**
 * A move is answered as soon as it is decided, with the writes still to make; the API makes them before it answers
 * the caller (so the caller's next read sees the move), and this workflow makes them again through a regular
 * activity, which is what guarantees them when the API stops in between (both are idempotent: the second changes
 * nothing). A local activity would hold the workflow task, and with it the answer, until the write is done. The
 * opening, which nobody else writes, stays a local activity. Executions that started before this change replay
 * what they did then; `patched` tells them apart.
 */
const ANSWER_BEFORE_WRITE_PATCH = 'answer-moves-before-read-model-write';

/**
 * New executions run the domain's rules version 2 (text and dates the database can hold, attendance with names,
 * no approval of a draft that names a party no longer taking part); executions that started before keep version
 * 1, which their recorded histories were decided by. The version is kept in the state, across continue-as-new.
 */
const RULES_VERSION_2_PATCH = 'rules-version-2';

/**
 * New executions run the rules version 3 (the legal and democratic frame: why IOP, state aid, the appeal window,
 * levels chosen per phase, an organisation's own notice); executions that started before keep the version they
 * opened under. Asked before version 2's marker, so a history recorded with only that marker stays version 2.
 */
const RULES_VERSION_3_PATCH = 'rules-version-3';

/**
 * New executions run the rules version 4 (the agreement enters into force once its decision gained legal force,
 * unless the parties chose to sign before it); asked first, so a history with only older markers keeps its version.
 */
const RULES_VERSION_4_PATCH = 'rules-version-4';

/**
 * New executions run the rules version 5 (the approval names the agreement document, each signature its SHA-256);
 * asked first, as the ones before.
 */
const RULES_VERSION_5_PATCH = 'rules-version-5';

// Inside a workflow, `new Date()` is Temporal's deterministic clock: the time of the current workflow task.
const now = (): string => new Date().toISOString();

/**
 * One IOP (idéburet offentligt partnerskap) from the shared problem definition to its end. The rules live in the
 * domain lib (`decide`); this workflow makes them durable: it validates each move before accepting it, writes
 * every step to the read model in order, and raises follow-ups, expiry and termination with durable timers.
 */
export async function partnershipWorkflow(input: StartPartnershipInput): Promise<PartnershipState> {
  const workflowId = workflowInfo().workflowId;
  const writes = new OrderedWriteQueue<ReadModelWrite, PartnershipActivities>((seq) => writerOf(seq));
  /** The state of the last write queued, which the next one's patch starts from; a resumed run's is its input's. */
  let stateOfLastWrite: PartnershipState | undefined = input.resumeState;

  let state: PartnershipState;
  if (input.resumeState) {
    state = input.resumeState;
  } else {
    // Part of the input, so a replay reads the same instant (no patch: an input without it opens as before).
    const openedAt = input.openedAt ?? workflowInfo().startTime.toISOString();
    const rulesVersion = patched(RULES_VERSION_5_PATCH)
      ? 5
      : patched(RULES_VERSION_4_PATCH)
        ? 4
        : patched(RULES_VERSION_3_PATCH)
          ? 3
          : patched(RULES_VERSION_2_PATCH)
            ? 2
            : 1;
    // Without a problem definition this is the opening alone, as in every recorded history; with one, the same
    // single write carries the proposal too, so the commands of a start are the same either way (no patch).
    const started = startPartnership(
      input.partnershipId,
      input.partnership,
      input.problemDefinition,
      { actor: input.startedBy, now: openedAt },
      rulesVersion,
    );
    // The API decided the same start before it started this workflow; a refusal here fails it before anything is written.
    if (!started.ok) throw refusalFailure(started.refusal);
    state = started.value.state;
    enqueue(started.value, input.requestId, input.audit && { ...input.audit, occurredAt: openedAt });
  }
  const openingSeq = writes.queued;

  /** Which activity writes the write numbered `seq` (see the patches above). */
  function writerOf(seq: number): PartnershipActivities {
    if (patched(ANSWER_BEFORE_WRITE_PATCH)) return seq === openingSeq ? localActivities : activities;
    return patched(LOCAL_WRITES_PATCH) ? localActivities : activities;
  }

  /**
   * Queues the write of an outcome: bounded (what changed since the state before, which the write before carries)
   * except the run's opening, which nobody wrote before; whole, for when the read model lacks the write before.
   */
  function enqueue(outcome: Outcome, requestId: string, audit?: CommandAudit & { occurredAt: string }): number {
    const phaseBefore = state?.phase;
    const base = stateOfLastWrite;
    state = outcome.state;
    stateOfLastWrite = state;
    if (phaseBefore !== state.phase) upsertSearchAttributes({ IopPhase: [state.phase] });
    const common = { partnershipId: state.partnershipId, workflowId, steps: outcome.steps, requestId, ...(audit ? { audit } : {}) };
    const whole: ReadModelWrite = { ...common, state };
    return writes.enqueue({ whole, bounded: base ? { ...common, delta: readModelDelta(base, state) } : whole });
  }

  setHandler(getStateQuery, () => state);
  setHandler(awaitOpeningRecordedUpdate, async () => {
    await condition(() => writes.written >= openingSeq);
    return state;
  });

  for (const type of Object.keys(commandUpdates) as CommandType[]) {
    const definition = commandUpdates[type];
    const handle = async ({ command, actor, requestId, audit }: CommandEnvelope): Promise<CommandResult> => {
      // Decided again here: another move may have been accepted since the validator ran.
      const acceptedAt = now();
      const decision = decide(state, command, { actor, now: acceptedAt });
      if (!decision.ok) throw refusalFailure(decision.refusal);
      const seq = enqueue(decision.value, requestId, audit && { ...audit, occurredAt: acceptedAt });
      log.info('Move accepted', { type, partnershipId: state.partnershipId, revision: state.revision, requestId });
      const result = {
        revision: decision.value.state.revision,
        phase: decision.value.state.phase,
        warnings: decision.value.warnings,
        appliedRequestId: requestId,
      };
      // Every write not yet confirmed, in order and bounded: an earlier move's write may still be on its way.
      if (patched(ANSWER_BEFORE_WRITE_PATCH)) return { ...result, writes: writes.pending() };
      // Answer once the step is in the read model, so the caller's next read sees it.
      await condition(() => writes.written >= seq);
      return result;
    };
    const validate = ({ command, actor }: CommandEnvelope): void => {
      if (command.type !== type) throw ApplicationFailure.nonRetryable(`The ${definition.name} update carries ${command.type}`);
      const decision = decide(state, command, { actor, now: now() });
      if (!decision.ok) throw refusalFailure(decision.refusal);
    };
    registerMoveUpdate(definition, handle, validate);
  }

  if (!input.resumeState) {
    upsertSearchAttributes({
      IopPhase: [state.phase],
      IopPublicParty: [state.publicParty.name],
      IopOrganisationNumbers: state.organisations.map((o) => o.organisationNumber),
    });
  }

  for (;;) {
    // Write in order: one activity at a time, oldest first.
    while (!writes.isEmpty) {
      // Awaited here, not in a helper: a further await in between would reorder the commands of an activation
      // (an update's answer and the next write's scheduling) against the histories already recorded.
      const write = writes.next();
      try {
        await writes.writer().syncReadModel(write);
        writes.confirm();
      } catch (error) {
        if (!writes.nextIsWhole && isFailureOfType(error, READ_MODEL_GAP)) {
          // The read model lacks this patch's base: the same write again, whole (never in a recorded history).
          log.warn('The read model lacks the base of a write; writing it whole', {
            partnershipId: write.partnershipId,
            revision: revisionOfWrite(write),
          });
          writes.sendNextWhole();
          continue;
        }
        raiseAlertForDataError(error, { partnershipId: write.partnershipId }, revisionOfWrite(write));
        writes.skip();
      }
    }
    if (state.ended) break;

    if (continueAsNewDue(input.continueAsNewAfterEvents)) {
      await condition(() => allHandlersFinished() || !writes.isEmpty);
      if (writes.isEmpty) {
        return continueAsNew<typeof partnershipWorkflow>({ ...input, resumeState: state });
      }
      continue;
    }

    const timer = nextTimer(state);
    const revision = state.revision;
    const woken = () => !writes.isEmpty || state.revision !== revision;
    if (!timer) {
      await condition(woken);
      continue;
    }
    const waitMs = Date.parse(timer.at) - Date.parse(now());
    if (waitMs > 0 && (await condition(woken, waitMs))) continue;
    enqueue(applyTimerEvent(state, timer.event, { actor: 'system', now: now() }), `timer:${timer.event.type}`);
  }

  await condition(allHandlersFinished);
  return state;
}
