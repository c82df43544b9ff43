import type { AvailableMove, CommandType } from '@iop/domain';
import { MoveRoute, routeOf } from '../common/move-fields';
import { PartnershipCommandsController } from './partnership-commands.controller';

export { fieldsOf } from '../common/move-fields';
export type { MoveField, MoveRoute } from '../common/move-fields';

type Handler = keyof PartnershipCommandsController;

/**
 * Which route of PartnershipCommandsController makes each move: the one list. Method, path and body DTO are read
 * from the controller's own decorators, so a route renamed there is renamed here too.
 */
export const MOVE_HANDLERS: Record<CommandType, Handler> = {
  RESPOND_TO_INVITATION: 'respondToInvitation',
  WITHDRAW_ORGANISATION: 'withdraw',
  RECORD_ORGANISATION_PROFILE: 'recordOrganisationProfile',
  PROPOSE_PHASE_LEVELS: 'proposePhaseLevels',
  PROPOSE_PROBLEM_DEFINITION: 'proposeProblemDefinition',
  AGREE_TO_PROBLEM_DEFINITION: 'agreeToProblemDefinition',
  RECORD_MEETING: 'recordMeeting',
  SUBMIT_INPUT: 'submitInput',
  SET_SHARED_GOAL: 'setSharedGoal',
  RECORD_LEGAL_BASIS: 'recordLegalBasis',
  RECORD_STATE_AID_ASSESSMENT: 'recordStateAidAssessment',
  DECLARE_DE_MINIMIS_AID: 'declareDeMinimisAid',
  CLOSE_DIALOGUE: 'closeDialogue',
  SUBMIT_DRAFT: 'submitDraft',
  REVIEW_DRAFT: 'reviewDraft',
  RECORD_POLITICAL_DECISION: 'recordDecision',
  RECORD_PROTOCOL_ANNOUNCEMENT: 'recordProtocolAnnouncement',
  RECORD_APPEAL: 'recordAppeal',
  RECORD_APPEAL_OUTCOME: 'recordAppealOutcome',
  RECORD_SIGNING_BEFORE_LEGAL_FORCE: 'recordSigningBeforeLegalForce',
  SIGN: 'sign',
  SUBMIT_FOLLOW_UP_REPORT: 'submitFollowUpReport',
  PROPOSE_AMENDMENT: 'proposeAmendment',
  START_RENEWAL: 'startRenewal',
  TERMINATE: 'terminate',
};

/** A meeting about a follow-up (its `ref` is the due date) has a route of its own. */
export function handlerOf(move: Pick<AvailableMove, 'type' | 'ref'>): Handler {
  return move.type === 'RECORD_MEETING' && move.ref ? 'recordFollowUpMeeting' : MOVE_HANDLERS[move.type];
}

export function routeOfHandler(handler: Handler): MoveRoute {
  return routeOf(PartnershipCommandsController, handler);
}

/** The route to send a move to, its path filled in: the partnership's id, and the draft version, due date, organisation or decision. */
export function concretePath(template: string, partnershipId: string, ref: string | undefined): string {
  return template.replace(':id', partnershipId).replace(/:(version|dueDate|organisationNumber|decision)/, () => encodeURIComponent(ref ?? ''));
}
