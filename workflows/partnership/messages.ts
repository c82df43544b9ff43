import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CommandType, PartnershipCommand, PartnershipState } from '../../libs/domain/src';
import type { CommandEnvelope, CommandResult } from './types';

export const getStateQuery = defineQuery<PartnershipState>('getState');

/**
 * Sent together with the start (update-with-start): it completes once the opening step is recorded, so that the
 * HTTP request which created the partnership answers with a read model that already holds it.
 */
export const awaitOpeningRecordedUpdate = defineUpdate<PartnershipState>('awaitOpeningRecorded');

type CommandUpdate<T extends CommandType> = UpdateDefinition<CommandResult, [CommandEnvelope<Extract<PartnershipCommand, { type: T }>>]>;

const update = <T extends CommandType>(name: string): CommandUpdate<T> => defineUpdate(name);

/**
 * One update per user action, each with a validator in the workflow: an update rather than a signal because the
 * caller must learn at once whether the move was accepted, and why not.
 */
export const commandUpdates: { [T in CommandType]: CommandUpdate<T> } = {
  RESPOND_TO_INVITATION: update('respondToInvitationUpdate'),
  WITHDRAW_ORGANISATION: update('withdrawOrganisationUpdate'),
  RECORD_ORGANISATION_PROFILE: update('recordOrganisationProfileUpdate'),
  PROPOSE_PHASE_LEVELS: update('proposePhaseLevelsUpdate'),
  PROPOSE_PROBLEM_DEFINITION: update('proposeProblemDefinitionUpdate'),
  AGREE_TO_PROBLEM_DEFINITION: update('agreeToProblemDefinitionUpdate'),
  RECORD_MEETING: update('recordMeetingUpdate'),
  SUBMIT_INPUT: update('submitInputUpdate'),
  SET_SHARED_GOAL: update('setSharedGoalUpdate'),
  RECORD_LEGAL_BASIS: update('recordLegalBasisUpdate'),
  RECORD_STATE_AID_ASSESSMENT: update('recordStateAidAssessmentUpdate'),
  DECLARE_DE_MINIMIS_AID: update('declareDeMinimisAidUpdate'),
  CLOSE_DIALOGUE: update('closeDialogueUpdate'),
  SUBMIT_DRAFT: update('submitDraftUpdate'),
  REVIEW_DRAFT: update('reviewDraftUpdate'),
  RECORD_POLITICAL_DECISION: update('recordPoliticalDecisionUpdate'),
  RECORD_PROTOCOL_ANNOUNCEMENT: update('recordProtocolAnnouncementUpdate'),
  RECORD_APPEAL: update('recordAppealUpdate'),
  RECORD_APPEAL_OUTCOME: update('recordAppealOutcomeUpdate'),
  RECORD_SIGNING_BEFORE_LEGAL_FORCE: update('recordSigningBeforeLegalForceUpdate'),
  SIGN: update('signUpdate'),
  SUBMIT_FOLLOW_UP_REPORT: update('submitFollowUpReportUpdate'),
  PROPOSE_AMENDMENT: update('proposeAmendmentUpdate'),
  START_RENEWAL: update('startRenewalUpdate'),
  TERMINATE: update('terminateUpdate'),
};

/**
 * The update that carries `command`, typed for it: what a client sends a move with. Each entry of `commandUpdates`
 * is defined for its own type, and TypeScript cannot follow a union through that table's index, hence the one
 * assertion here rather than one at every caller.
 */
export const updateFor = <C extends PartnershipCommand>(command: C): UpdateDefinition<CommandResult, [CommandEnvelope<C>]> =>
  commandUpdates[command.type] as unknown as UpdateDefinition<CommandResult, [CommandEnvelope<C>]>;
