import { Body, Controller, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiUnauthorizedResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorBody } from '../common/api-error';
import { MoveRoute } from '../common/move-route.decorator';
import { Command, CommandContext } from '../common/command-context';
import { parseCalendarDateParam, parseOrganisationNumberParam, parsePositiveIntParam, parseUuidParam } from '../common/validation';
import { MeetingDto, SharedGoalDto, WrittenInputDto } from './dto/dialogue.dto';
import { DraftDto, DraftReviewDto } from './dto/draft.dto';
import { LegalBasisDto } from './dto/legal-basis.dto';
import { DeMinimisDeclarationDto, StateAidDto } from './dto/state-aid.dto';
import { DeMinimisRepository } from '@iop/database';
import { DeMinimisLedgerService } from '../state-aid/de-minimis-ledger.service';
import type { AgreementDocumentRef } from '@iop/domain';
import { AgreementService } from '../records/agreement/agreement.service';
import {
  AppealDto,
  AppealOutcomeDto,
  PoliticalDecisionDto,
  ProtocolAnnouncementDto,
  SignatureDto,
  SigningBeforeLegalForceDto,
} from './dto/decision.dto';
import { AmendmentDto, FollowUpReportDto, RenewalDto, TerminationDto } from './dto/implementation.dto';
import { InvitationResponseDto, WithdrawalDto } from './dto/participation.dto';
import { OrganisationProfileMoveDto } from './dto/organisation-profile.dto';
import { PhaseLevelsDto } from './dto/phase-levels.dto';
import { CommandResponse } from './dto/partnership.response';
import { AnswerTaskDto, ProblemDefinitionDto } from './dto/problem-definition.dto';
import { PartnershipCommandsService } from './partnership-commands.service';
import { Policy } from '../identity/policy';
import { ProcessRoute } from '../identity/process-route';
import { PARTNERSHIP_PROCESS } from './partnership-process';

const Move = () => MoveRoute(CommandResponse);

@ApiTags('partnership lifecycle')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@Policy('process:act')
@ProcessRoute(PARTNERSHIP_PROCESS, 'id')
@Controller('partnerships/:id')
export class PartnershipCommandsController {
  constructor(
    private readonly moves: PartnershipCommandsService,
    private readonly deMinimis: DeMinimisRepository,
    private readonly ledgers: DeMinimisLedgerService,
    private readonly agreements: AgreementService,
  ) {}

  @Post('invitation-response')
  @Move()
  respondToInvitation(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: InvitationResponseDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'RESPOND_TO_INVITATION', ...dto }, ctx);
  }

  @Post('withdrawal')
  @Move()
  withdraw(@Param('id', parseUuidParam('id')) id: string, @Body() dto: WithdrawalDto, @Command() ctx: CommandContext): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'WITHDRAW_ORGANISATION', ...dto }, ctx);
  }

  /** Only the organisation's own representative: another organisation's is refused (403). */
  @Put('organisations/:organisationNumber/profile')
  @Move()
  recordOrganisationProfile(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('organisationNumber', parseOrganisationNumberParam('organisationNumber')) organisationNumber: string,
    @Body() dto: OrganisationProfileMoveDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'RECORD_ORGANISATION_PROFILE', organisationNumber, ...dto }, ctx);
  }

  @Put('phase-levels')
  @Move()
  proposePhaseLevels(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: PhaseLevelsDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'PROPOSE_PHASE_LEVELS', levels: dto.levels.map((l) => ({ ...l })) }, ctx);
  }

  @Post('problem-definition')
  @Move()
  proposeProblemDefinition(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: ProblemDefinitionDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'PROPOSE_PROBLEM_DEFINITION', ...dto }, ctx);
  }

  @Post('problem-definition/agreements')
  @Move()
  agreeToProblemDefinition(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: AnswerTaskDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'AGREE_TO_PROBLEM_DEFINITION', ...dto }, ctx);
  }

  @Post('meetings')
  @Move()
  recordMeeting(@Param('id', parseUuidParam('id')) id: string, @Body() dto: MeetingDto, @Command() ctx: CommandContext): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'RECORD_MEETING', ...dto }, ctx);
  }

  @Post('inputs')
  @Move()
  submitInput(@Param('id', parseUuidParam('id')) id: string, @Body() dto: WrittenInputDto, @Command() ctx: CommandContext): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'SUBMIT_INPUT', ...dto }, ctx);
  }

  @Put('shared-goal')
  @Move()
  setSharedGoal(@Param('id', parseUuidParam('id')) id: string, @Body() dto: SharedGoalDto, @Command() ctx: CommandContext): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'SET_SHARED_GOAL', ...dto }, ctx);
  }

  /** A new version each time: the last recorded is the assessment in force. */
  @Post('legal-basis')
  @Move()
  recordLegalBasis(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: LegalBasisDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'RECORD_LEGAL_BASIS', ...dto }, ctx);
  }

  /** StateAidAssessment; a new version each time. A de minimis conclusion asks each organisation named to declare. */
  @Post('state-aid')
  @Move()
  recordStateAidAssessment(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: StateAidDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'RECORD_STATE_AID_ASSESSMENT', ...dto }, ctx);
  }

  /** The organisation's declaration of its other de minimis aid (task DECLARE_DE_MINIMIS_AID). */
  @Post('de-minimis-declaration')
  @Move()
  declareDeMinimisAid(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: DeMinimisDeclarationDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'DECLARE_DE_MINIMIS_AID', ...dto }, ctx);
  }

  @Post('dialogue/close')
  @Move()
  closeDialogue(@Param('id', parseUuidParam('id')) id: string, @Command() ctx: CommandContext): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'CLOSE_DIALOGUE' }, ctx);
  }

  @Post('drafts')
  @Move()
  submitDraft(@Param('id', parseUuidParam('id')) id: string, @Body() dto: DraftDto, @Command() ctx: CommandContext): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'SUBMIT_DRAFT', ...dto, principles: { ...dto.principles } }, ctx);
  }

  @Post('drafts/:version/reviews')
  @Move()
  reviewDraft(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('version', parsePositiveIntParam('version')) version: number,
    @Body() dto: DraftReviewDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'REVIEW_DRAFT', version, ...dto }, ctx);
  }

  @Post('decisions')
  @Move()
  async recordDecision(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: PoliticalDecisionDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    if (dto.outcome !== 'APPROVED') return this.moves.execute(id, { type: 'RECORD_POLITICAL_DECISION', ...dto }, ctx);
    // Rules version 5: the agreement rendered from the approved version and stored before the approval names it.
    const agreementDocument = await this.agreements.prepareApproval(id, dto);
    const answer = await this.approveWithinCeilings(id, agreementDocument ? { ...dto, agreementDocument } : dto, ctx);
    if (agreementDocument) await this.agreements.ensureRegistered(id);
    return answer;
  }

  /**
   * An approval may grant de minimis aid: each organisation's ledger spans partnerships, so it is read here and passed
   * in the command, and the domain decides the ceiling (rules version 3). The lock per organisation is held from the
   * read until the decision is in the read model, so two approvals for one organisation cannot both pass.
   */
  private async approveWithinCeilings(
    id: string,
    dto: PoliticalDecisionDto & { agreementDocument?: AgreementDocumentRef },
    ctx: CommandContext,
  ): Promise<CommandResponse> {
    const named = await this.deMinimis.deMinimisAidNamed(id);
    if (!named?.organisations.length) return this.moves.execute(id, { type: 'RECORD_POLITICAL_DECISION', ...dto }, ctx);
    return this.deMinimis.withOrganisationsLocked(named.organisations, async () => {
      const deMinimisLedger = await this.ledgers.extractsFor(named.publicParty, named.organisations);
      return this.moves.execute(id, { type: 'RECORD_POLITICAL_DECISION', ...dto, deMinimisLedger }, ctx);
    });
  }

  /** Justering and anslag after the meeting: the decision's last day of appeal, from which legal force is planned. */
  @Post('decisions/:decision/announcement')
  @Move()
  recordProtocolAnnouncement(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('decision', parsePositiveIntParam('decision')) decisionSeq: number,
    @Body() dto: ProtocolAnnouncementDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'RECORD_PROTOCOL_ANNOUNCEMENT', decisionSeq, ...dto }, ctx);
  }

  /** An appeal of the decision lodged within its window: legal force waits for the court. */
  @Post('decisions/:decision/appeal')
  @Move()
  recordAppeal(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('decision', parsePositiveIntParam('decision')) decisionSeq: number,
    @Body() dto: AppealDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'RECORD_APPEAL', decisionSeq, ...dto }, ctx);
  }

  /** The court's ruling: upheld, legal force at once; annulled, back to the political approval for a new decision. */
  @Post('decisions/:decision/appeal/outcome')
  @Move()
  recordAppealOutcome(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('decision', parsePositiveIntParam('decision')) decisionSeq: number,
    @Body() dto: AppealOutcomeDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'RECORD_APPEAL_OUTCOME', decisionSeq, ...dto }, ctx);
  }

  /** Rules version 4: the parties sign before the decision gained legal force, and the agreement is in force at once. */
  @Post('decisions/:decision/signing-before-legal-force')
  @Move()
  recordSigningBeforeLegalForce(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('decision', parsePositiveIntParam('decision')) decisionSeq: number,
    @Body() dto: SigningBeforeLegalForceDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'RECORD_SIGNING_BEFORE_LEGAL_FORCE', decisionSeq, ...dto }, ctx);
  }

  @Post('signatures')
  @Move()
  sign(@Param('id', parseUuidParam('id')) id: string, @Body() dto: SignatureDto, @Command() ctx: CommandContext): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'SIGN', signatoryName: ctx.principal!.name, ...dto }, ctx);
  }

  @Post('follow-ups/:dueDate/reports')
  @Move()
  submitFollowUpReport(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('dueDate', parseCalendarDateParam('dueDate')) dueDate: string,
    @Body() dto: FollowUpReportDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'SUBMIT_FOLLOW_UP_REPORT', dueDate, ...dto }, ctx);
  }

  @Post('follow-ups/:dueDate/meetings')
  @Move()
  recordFollowUpMeeting(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('dueDate', parseCalendarDateParam('dueDate')) dueDate: string,
    @Body() dto: MeetingDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'RECORD_MEETING', followUpDueDate: dueDate, ...dto }, ctx);
  }

  @Post('amendments')
  @Move()
  proposeAmendment(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: AmendmentDto,
    @Command() ctx: CommandContext,
  ): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'PROPOSE_AMENDMENT', ...dto }, ctx);
  }

  @Post('renewal')
  @Move()
  startRenewal(@Param('id', parseUuidParam('id')) id: string, @Body() dto: RenewalDto, @Command() ctx: CommandContext): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'START_RENEWAL', ...dto }, ctx);
  }

  @Post('termination')
  @Move()
  terminate(@Param('id', parseUuidParam('id')) id: string, @Body() dto: TerminationDto, @Command() ctx: CommandContext): Promise<CommandResponse> {
    return this.moves.execute(id, { type: 'TERMINATE', ...dto }, ctx);
  }
}
