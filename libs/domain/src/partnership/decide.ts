import { accept, Refusal, RuleResult } from '../kernel/refusal';
import { underRulesSince } from '../kernel/rules-version';
import { clone } from '../kernel/working-copy';
import type { Check } from '../kernel/checks';
import type { CommandContext } from '../kernel/context';
import type { Command, CommandType, PartnershipCommand } from './commands';
import { checkParty } from './guards';
import type { MoveContext, MoveHandler, Outcome } from './move';
import {
  agreeToProblemDefinition,
  closeDialogue,
  proposeAmendment,
  proposePhaseLevels,
  proposeProblemDefinition,
  recordOrganisationProfile,
  recordLegalBasis,
  recordStateAidAssessment,
  declareDeMinimisAid,
  recordMeeting,
  recordPoliticalDecision,
  recordProtocolAnnouncement,
  recordAppeal,
  recordAppealOutcome,
  recordSigningBeforeLegalForce,
  respondToInvitation,
  reviewDraft,
  setSharedGoal,
  sign,
  startRenewal,
  submitDraft,
  submitFollowUpReport,
  submitInput,
  terminate,
  withdrawOrganisation,
} from './moves';
import { assertPhaseChange } from './phase-change';
import { Refusals } from './refusals';
import { stepLogOf } from './step-record';
import type { PartnershipState } from './state';
import { checkStorable } from './storable';

/** The handler of each move: a type of move without one does not compile. */
const MOVE_HANDLERS: { [T in CommandType]: MoveHandler<T> } = {
  RESPOND_TO_INVITATION: respondToInvitation,
  WITHDRAW_ORGANISATION: withdrawOrganisation,
  RECORD_ORGANISATION_PROFILE: recordOrganisationProfile,
  PROPOSE_PHASE_LEVELS: proposePhaseLevels,
  PROPOSE_PROBLEM_DEFINITION: proposeProblemDefinition,
  AGREE_TO_PROBLEM_DEFINITION: agreeToProblemDefinition,
  RECORD_MEETING: recordMeeting,
  SUBMIT_INPUT: submitInput,
  SET_SHARED_GOAL: setSharedGoal,
  RECORD_LEGAL_BASIS: recordLegalBasis,
  RECORD_STATE_AID_ASSESSMENT: recordStateAidAssessment,
  DECLARE_DE_MINIMIS_AID: declareDeMinimisAid,
  CLOSE_DIALOGUE: closeDialogue,
  SUBMIT_DRAFT: submitDraft,
  REVIEW_DRAFT: reviewDraft,
  RECORD_POLITICAL_DECISION: recordPoliticalDecision,
  RECORD_PROTOCOL_ANNOUNCEMENT: recordProtocolAnnouncement,
  RECORD_APPEAL: recordAppeal,
  RECORD_APPEAL_OUTCOME: recordAppealOutcome,
  RECORD_SIGNING_BEFORE_LEGAL_FORCE: recordSigningBeforeLegalForce,
  SIGN: sign,
  SUBMIT_FOLLOW_UP_REPORT: submitFollowUpReport,
  PROPOSE_AMENDMENT: proposeAmendment,
  START_RENEWAL: startRenewal,
  TERMINATE: terminate,
};

/** Runs the handler of the move's own type: the table's mapped type pairs them, so no cast is needed. */
function handle<T extends CommandType>(type: T, move: MoveContext<Command<T>>): Check {
  return MOVE_HANDLERS[type](move);
}

/**
 * Decides one move. Pure: the same state, command and context give the same outcome, so the workflow can run it
 * in the update's validator (to refuse before anything is written) and again in the handler.
 */
export function decide(current: PartnershipState, command: PartnershipCommand, ctx: CommandContext): RuleResult<Outcome> {
  if (current.ended) return Refusals.ended();
  // Before any rule that could echo the command's values in its refusal, which must be storable itself.
  if (underRulesSince(current, 2)) {
    const storable = checkStorable(command);
    if (!storable.ok) return storable;
  }
  const party = checkParty(current, command.party);
  if (!party.ok) return party;
  const state = clone(current);
  state.revision += 1;
  const log = stepLogOf(state, ctx);
  const warnings: Refusal[] = [];
  const result = handle(command.type, { state, command, ctx, log, warnings });
  if (!result.ok) return result;
  assertPhaseChange(current.phase, state.phase);
  return accept({ state, steps: log.steps, warnings });
}
