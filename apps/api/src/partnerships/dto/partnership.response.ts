import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPEAL_OUTCOMES,
  DECISION_OUTCOMES,
  DEVELOPMENT_AREAS,
  END_REASONS,
  MEETING_PURPOSES,
  ORGANISATION_STATUSES,
  PARTICIPATION_LEVELS,
  PHASES,
  PRINCIPLES,
  RESPONSIBLE_KINDS,
  REVIEW_DECISIONS,
  ROUND_KINDS,
  STEP_ACTIONS,
  TASK_STATUSES,
  TASK_TYPES,
} from '@iop/domain';
import type {
  AppealOutcome,
  DecisionOutcome,
  DevelopmentArea,
  EndReason,
  MeetingPurpose,
  OrganisationStatus,
  Phase,
  Principle,
  ReviewDecision,
  RoundKind,
} from '@iop/domain';
import type { PartnershipRow, StepRow } from '@iop/database';
import { OrganisationProfileResponse, PhaseLevelChoiceResponse } from './organisation-profile.response';
import { LegalBasisResponse } from './legal-basis.response';
import { DeMinimisDeclarationResponse, StateAidResponse } from './state-aid.response';

// The enums below are the domain's lists and the types of the state's parts are the domain's types, so that the
// document and the JSON follow a change of the rules. Tasks and steps are read from rows as well as from the
// state (the task list, the timeline), and the rows type those columns as plain strings.

export class MessageResponse {
  @ApiProperty() sv!: string;
  @ApiProperty() en!: string;
}

export class WarningResponse {
  @ApiProperty({ example: 'NO_PUBLIC_GRANT' }) code!: string;
  @ApiProperty({ type: MessageResponse }) message!: MessageResponse;
}

export class OrganisationResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ example: '802456-1238' }) organisationNumber!: string;
  @ApiProperty({ enum: ORGANISATION_STATUSES }) status!: OrganisationStatus;
  @ApiPropertyOptional() statusReason?: string;
  @ApiPropertyOptional({ type: OrganisationProfileResponse, description: 'The organisation as a party, absent until stated' })
  profile?: OrganisationProfileResponse;
}

export class PublicPartyResponse {
  @ApiProperty({ example: 'Region Skåne' }) name!: string;
}

export class ProblemDefinitionResponse {
  @ApiProperty() challenge!: string;
  @ApiProperty() targetGroup!: string;
  @ApiProperty({ type: [String] }) goals!: string[];
  @ApiProperty({ enum: DEVELOPMENT_AREAS, isArray: true }) developmentAreas!: DevelopmentArea[];
  @ApiProperty({ description: "'PUBLIC' or an organisationsnummer" }) proposedBy!: string;
  @ApiProperty({ format: 'date-time' }) proposedAt!: string;
  @ApiProperty({ type: [String] }) agreedBy!: string[];
}

export class AttendanceResponse {
  @ApiProperty() party!: string;
  @ApiProperty({ type: [String] }) names!: string[];
}

export class MeetingResponse {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: MEETING_PURPOSES }) purpose!: MeetingPurpose;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ type: [AttendanceResponse] }) attendees!: AttendanceResponse[];
  @ApiProperty() minutes!: string;
  @ApiPropertyOptional({ format: 'date' }) followUpDueDate?: string;
}

export class WrittenInputResponse {
  @ApiProperty() id!: number;
  @ApiProperty() party!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class DialogueResponse {
  @ApiProperty({ type: [MeetingResponse] }) meetings!: MeetingResponse[];
  @ApiProperty({ type: [WrittenInputResponse] }) inputs!: WrittenInputResponse[];
  @ApiPropertyOptional() sharedGoal?: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
}

export class RoundResponse {
  @ApiProperty() number!: number;
  @ApiProperty({ enum: ROUND_KINDS }) kind!: RoundKind;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiPropertyOptional({ description: 'Why the round was opened, e.g. the reasons of an återremiss' }) reasons?: string;
}

export class YearlyAmountResponse {
  @ApiProperty() year!: number;
  @ApiProperty({ description: 'SEK, whole kronor' }) amountSek!: number;
}

export class ContributionResponse {
  @ApiProperty() party!: string;
  @ApiProperty({ description: 'SEK, whole kronor' }) amountSek!: number;
  @ApiPropertyOptional({ description: 'Egen insats' }) ownContribution?: string;
  @ApiPropertyOptional({ type: [YearlyAmountResponse], description: 'The amount per calendar year, where split' }) years?: YearlyAmountResponse[];
}

export class DraftReviewResponse {
  @ApiProperty() party!: string;
  @ApiProperty({ enum: REVIEW_DECISIONS }) decision!: ReviewDecision;
  @ApiPropertyOptional() comment?: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/**
 * How the draft honours each principle: one optional text per entry of the domain's list. The class exists for its
 * OpenAPI schema, its properties are declared from the list, and the interface merged with it types them.
 */
// The merge is the point: the class carries the decorators, the interface the properties the list declares.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface PrinciplesResponse extends Partial<Record<Principle, string>> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PrinciplesResponse {}
for (const principle of PRINCIPLES) ApiPropertyOptional({ type: String })(PrinciplesResponse.prototype, principle);

export class DraftVersionResponse {
  @ApiProperty() version!: number;
  @ApiProperty() round!: number;
  @ApiProperty() purpose!: string;
  @ApiProperty() sharedGoal!: string;
  @ApiProperty({ type: [ContributionResponse] }) contributions!: ContributionResponse[];
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date' }) endDate!: string;
  @ApiProperty() followUpPlan!: string;
  @ApiProperty() governance!: string;
  @ApiProperty() terminationTerms!: string;
  @ApiProperty() terminationNoticeMonths!: number;
  @ApiProperty({ type: PrinciplesResponse, description: `How each of ${PRINCIPLES.join(', ')} is honoured` })
  principles!: PrinciplesResponse;
  @ApiProperty() submittedBy!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ type: [WarningResponse] }) warnings!: WarningResponse[];
  @ApiProperty({ type: [DraftReviewResponse] }) reviews!: DraftReviewResponse[];
}

export class DecisionAppealResponse {
  @ApiProperty({ example: 'Förvaltningsrätten i Härnösand' }) court!: string;
  @ApiProperty({ example: '1234-26' }) caseNumber!: string;
  @ApiProperty({ format: 'date' }) lodgedOn!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiPropertyOptional({ enum: APPEAL_OUTCOMES }) outcome?: AppealOutcome;
  @ApiPropertyOptional({ format: 'date' }) decidedOn?: string;
}

export class SigningBeforeLegalForceResponse {
  @ApiProperty({ example: 'Verksamheten måste starta vid terminsstart' }) reason!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

/** Rules version 5: the agreement document an approval names. */
export class AgreementDocumentRefResponse {
  @ApiProperty({ description: 'SHA-256 of the PDF, lowercase hex' }) sha256!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() draftVersion!: number;
  @ApiProperty({ type: [String], description: "The parties it was rendered for: 'PUBLIC' and organisationsnummer" }) parties!: string[];
}

export class DecisionResponse {
  @ApiProperty() seq!: number;
  @ApiProperty() round!: number;
  @ApiProperty() draftVersion!: number;
  @ApiProperty({ example: 'Regionstyrelsen' }) body!: string;
  @ApiProperty({ format: 'date' }) meetingDate!: string;
  @ApiProperty({ example: 'RS 2015/123' }) diarienummer!: string;
  @ApiProperty({ example: '§ 45' }) paragraph!: string;
  @ApiProperty({ enum: DECISION_OUTCOMES, description: 'RETURNED is återremiss' }) outcome!: DecisionOutcome;
  @ApiPropertyOptional() reasons?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Justering of the protocol' }) protocolApprovedOn?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Anslag on the notice board' }) announcedOn?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Last day of appeal (laglighetsprövning, KL 13 kap. 5 §)' }) lastDayOfAppeal?: string;
  @ApiPropertyOptional({ format: 'date', description: 'The day it gained legal force (laga kraft)' }) legalForceOn?: string;
  @ApiPropertyOptional({ type: () => DecisionAppealResponse, description: 'An appeal lodged within the window (rules version 3)' })
  appeal?: DecisionAppealResponse;
  @ApiPropertyOptional({
    type: () => SigningBeforeLegalForceResponse,
    description: 'Rules version 4: the parties sign before legal force, and the agreement is in force from the last signature',
  })
  signingBeforeLegalForce?: SigningBeforeLegalForceResponse;
  @ApiPropertyOptional({
    type: () => AgreementDocumentRefResponse,
    description: 'Rules version 5, an approval: the agreement document rendered from the version approved (GET /partnerships/{id}/agreement)',
  })
  agreementDocument?: AgreementDocumentRefResponse;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class SignatureResponse {
  @ApiProperty() round!: number;
  @ApiPropertyOptional({ description: 'The approving decision signed on (rules version 3)' }) decisionSeq?: number;
  @ApiProperty() draftVersion!: number;
  @ApiProperty() party!: string;
  @ApiProperty() signatoryName!: string;
  @ApiProperty({ format: 'date-time' }) signedAt!: string;
  @ApiPropertyOptional({ description: 'Rules version 5: SHA-256 of the agreement document signed' }) documentSha256?: string;
}

export class AgreementResponse {
  @ApiProperty() round!: number;
  @ApiProperty() draftVersion!: number;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date' }) endDate!: string;
  @ApiProperty({ format: 'date-time' }) signedAt!: string;
  @ApiPropertyOptional({ description: 'The round of the agreement this one amends or renews' }) previousRound?: number;
}

export class FollowUpReportResponse {
  @ApiProperty() party!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class FollowUpResponse {
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ format: 'date-time' }) raisedAt!: string;
  @ApiProperty({ type: [FollowUpReportResponse] }) reports!: FollowUpReportResponse[];
  @ApiPropertyOptional() meetingId?: number;
}

export class TerminationResponse {
  @ApiProperty() by!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) noticeGivenAt!: string;
  @ApiProperty({ format: 'date' }) effectiveDate!: string;
}

/** An organisation's notice of its own participation (rules version 3): the agreement goes on for the others. */
export class LeavingResponse {
  @ApiProperty({ example: '802456-1238' }) party!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) noticeGivenAt!: string;
  @ApiProperty({ format: 'date', description: 'The day the organisation leaves' }) effectiveDate!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When it left; absent while the notice runs' }) leftAt?: string;
}

export class EndedResponse {
  @ApiProperty({ enum: END_REASONS }) reason!: EndReason;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiPropertyOptional() detail?: string;
}

export class TaskResponse {
  @ApiProperty({ example: 'T3' }) id!: string;
  @ApiProperty({ enum: TASK_TYPES }) type!: string;
  @ApiProperty({ description: "'PUBLIC' or an organisationsnummer" }) addressedTo!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) closedAt?: string;
  @ApiPropertyOptional({ description: 'A draft version or a follow-up due date' }) ref?: string;
}

export class StepRecordResponse {
  @ApiProperty({ example: '3.1.SIGNED' }) stepKey!: string;
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ enum: STEP_ACTIONS, example: 'SIGNED' }) action!: string;
  @ApiProperty({ enum: RESPONSIBLE_KINDS }) responsibleKind!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) responsibleOrganisationNumber!: string | null;
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true, description: "Under rules version 3 the phase's choice; null: none chosen" })
  levelAimedFor!: string | null;
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true }) levelReached!: string | null;
  @ApiProperty() actor!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: Object, description: 'Who was informed, answered, met or co-decided' }) evidence!: object;
}

export class PartnershipResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'partnership-3b1f…' }) workflowId!: string;
  @ApiProperty({ description: 'Grows with every accepted move' }) revision!: number;
  @ApiPropertyOptional({ description: 'The rules the partnership was opened under (absent: 1); from 3 the level is chosen per phase' })
  rulesVersion?: number;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty({ type: PublicPartyResponse }) publicParty!: PublicPartyResponse;
  @ApiProperty({ type: [OrganisationResponse] }) organisations!: OrganisationResponse[];
  @ApiPropertyOptional({ format: 'uuid', description: 'The framework agreement (överenskommelse) it was entered within; absent when none' })
  frameworkId?: string;
  @ApiPropertyOptional({ description: "That framework agreement's title" }) frameworkTitle?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The initiative (IOP-initiativ) it was opened from; absent when none' })
  initiativeId?: string;
  @ApiPropertyOptional({ type: ProblemDefinitionResponse }) problemDefinition?: ProblemDefinitionResponse;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', description: 'level (or null), reason, proposedAt, proposedByActor' },
    description: 'Under rules version 3: the level aimed for per phase (keyed by phase), as the public party proposed it',
  })
  phaseLevels?: Partial<Record<Phase, PhaseLevelChoiceResponse>>;
  @ApiProperty({ type: DialogueResponse }) dialogue!: DialogueResponse;
  @ApiPropertyOptional({ type: [LegalBasisResponse], description: 'Why IOP: every version recorded, the last in force' })
  legalBasis?: LegalBasisResponse[];
  @ApiPropertyOptional({ type: [StateAidResponse], description: 'The state aid assessment: every version recorded, the last in force' })
  stateAid?: StateAidResponse[];
  @ApiPropertyOptional({ type: [DeMinimisDeclarationResponse], description: "Each organisation's latest de minimis declaration" })
  deMinimisDeclarations?: DeMinimisDeclarationResponse[];
  @ApiProperty({ type: RoundResponse }) round!: RoundResponse;
  @ApiProperty({ type: [DraftVersionResponse] }) drafts!: DraftVersionResponse[];
  @ApiProperty({ type: [DecisionResponse] }) decisions!: DecisionResponse[];
  @ApiProperty({ type: [SignatureResponse] }) signatures!: SignatureResponse[];
  @ApiPropertyOptional({ type: AgreementResponse, description: 'The agreement in force' }) agreement?: AgreementResponse;
  @ApiProperty({ type: [AgreementResponse] }) agreements!: AgreementResponse[];
  @ApiProperty({ type: [FollowUpResponse] }) followUps!: FollowUpResponse[];
  @ApiPropertyOptional({ type: TerminationResponse, description: 'A notice that ends the agreement for every party' })
  termination?: TerminationResponse;
  @ApiPropertyOptional({ type: [LeavingResponse], description: "The organisations' own notices (rules version 3)" })
  leavings?: LeavingResponse[];
  @ApiPropertyOptional({ type: EndedResponse }) ended?: EndedResponse;
  @ApiProperty({ type: [TaskResponse] }) tasks!: TaskResponse[];
  @ApiProperty({ type: [StepRecordResponse] }) steps!: StepRecordResponse[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(row: PartnershipRow, steps: StepRow[]): PartnershipResponse {
    const { counters: _counters, partnershipId: _id, revision: _revision, ...state } = row.state;
    return {
      id: row.id,
      workflowId: row.workflowId,
      revision: row.revision,
      ...state,
      createdAt: row.createdAt.toISOString(),
      steps: steps.map((s) => ({
        stepKey: s.stepKey,
        phase: s.phase,
        action: s.action,
        responsibleKind: s.responsibleKind,
        responsibleOrganisationNumber: s.responsibleOrganisationNumber,
        levelAimedFor: s.levelAimedFor,
        levelReached: s.levelReached,
        actor: s.actor,
        occurredAt: new Date(s.occurredAt).toISOString(),
        evidence: s.evidence as object,
      })),
    };
  }
}

export class CommandResponse {
  @ApiProperty({ description: 'The partnership revision after the move' }) revision!: number;
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ type: [WarningResponse], description: 'Rules that only warn (see README)' }) warnings!: WarningResponse[];
}

export class OpenTaskDueResponse {
  @ApiProperty({ enum: TASK_TYPES }) type!: string;
  @ApiProperty({ format: 'date' }) dueDate!: string;
}

export class PartnershipListItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty() publicParty!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'The framework agreement it was entered within' })
  frameworkId!: string | null;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) agreementStart!: string | null;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) agreementEnd!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) endedReason!: string | null;
  @ApiProperty({ type: [String], description: 'Names of the parties that open tasks wait for' }) waitingFor!: string[];
  @ApiProperty({
    type: [OpenTaskDueResponse],
    description: "The open tasks the caller may see (a representative: their organisation's), soonest due first",
  })
  openTasks!: OpenTaskDueResponse[];
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'The earliest due date of those tasks' })
  nextDueDate!: string | null;
  @ApiProperty({ description: 'How many of those tasks are past their due date' }) overdueTasks!: number;
}

export class PartnershipPage {
  @ApiProperty({ type: [PartnershipListItemResponse] }) items!: PartnershipListItemResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Whether a further page follows' }) hasMore!: boolean;
}
