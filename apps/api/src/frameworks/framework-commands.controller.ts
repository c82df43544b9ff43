import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Principal } from '@iop/identity';
import { ApiErrorBody } from '../common/api-error';
import { MoveRoute } from '../common/move-route.decorator';
import { Command, CommandContext } from '../common/command-context';
import { parseOrganisationNumberParam, parsePositiveIntParam, parseUuidParam } from '../common/validation';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { Policy } from '../identity/policy';
import { ProcessRoute } from '../identity/process-route';
import { ActionPlanDto, ConferenceDto } from './dto/follow-up.dto';
import { FrameworkCommandResponse } from './dto/framework.response';
import { ApplicationDecisionDto, ApplicationDto, LeaveDto } from './dto/membership.dto';
import { AppointmentDto, EndMembershipDto, SectorNamesDto, SteeringGroupMeetingDto } from './dto/steering-group.dto';
import { AdoptionDecisionDto, EndFrameworkDto, ProposeVersionDto, ReviewDecisionDto } from './dto/versions.dto';
import { FRAMEWORK_PROCESS } from './framework-process';
import { viewerOf } from './framework-view';
import { FrameworkMove, FrameworksService, termsOf } from './frameworks.service';

const Move = () => MoveRoute(FrameworkCommandResponse);

/**
 * The moves of a framework agreement (överenskommelse). The party each is made for is the guard's: 'PUBLIC' for
 * the framework's officers, the organisationsnummer for a representative; no body names it.
 */
@ApiTags('framework agreements')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@Policy('process:act')
@ProcessRoute(FRAMEWORK_PROCESS, 'id')
@Controller('frameworks/:id')
export class FrameworkCommandsController {
  constructor(private readonly frameworks: FrameworksService) {}

  private execute(id: string, move: FrameworkMove, ctx: CommandContext, principal: Principal): Promise<FrameworkCommandResponse> {
    return this.frameworks.execute(id, move, ctx, viewerOf(principal, ctx.party));
  }

  @Post('versions')
  @Move()
  proposeVersion(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: ProposeVersionDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(id, { type: 'PROPOSE_VERSION', ...termsOf(dto), ...(dto.reason ? { reason: dto.reason } : {}) }, ctx, principal);
  }

  @Post('versions/:version/decisions')
  @Move()
  recordAdoptionDecision(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('version', parsePositiveIntParam('version')) version: number,
    @Body() dto: AdoptionDecisionDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(id, { type: 'RECORD_ADOPTION_DECISION', version, ...dto }, ctx, principal);
  }

  /** Any organisation's representative applies for their own organisation, joined or not (framework:apply). */
  @Post('applications')
  @Policy('framework:apply')
  @Move()
  applyToJoin(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: ApplicationDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(id, { type: 'APPLY_TO_JOIN', ...dto }, ctx, principal);
  }

  @Post('applications/:organisationNumber/decision')
  @Move()
  decideOnApplication(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('organisationNumber', parseOrganisationNumberParam('organisationNumber')) organisationNumber: string,
    @Body() dto: ApplicationDecisionDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(id, { type: 'DECIDE_ON_APPLICATION', organisationNumber, ...dto }, ctx, principal);
  }

  @Post('leave')
  @Move()
  leave(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: LeaveDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(id, { type: 'LEAVE_FRAMEWORK', ...dto }, ctx, principal);
  }

  @Post('steering-group/members')
  @Move()
  appointMember(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: AppointmentDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(id, { type: 'APPOINT_STEERING_GROUP_MEMBER', ...dto }, ctx, principal);
  }

  @Post('steering-group/members/:memberId/end')
  @Move()
  endMembership(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('memberId', parsePositiveIntParam('memberId')) memberId: number,
    @Body() dto: EndMembershipDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(id, { type: 'END_STEERING_GROUP_MEMBERSHIP', memberId, ...dto }, ctx, principal);
  }

  @Post('steering-group/meetings')
  @Move()
  recordMeeting(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: SteeringGroupMeetingDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    const attendance = dto.attendance.map((a) => ({ sector: a.sector, names: [...a.names] }));
    return this.execute(id, { type: 'RECORD_STEERING_GROUP_MEETING', ...dto, attendance }, ctx, principal);
  }

  @Post('steering-group/meetings/:meetingId/attendance')
  @Move()
  recordSectorAttendance(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('meetingId', parsePositiveIntParam('meetingId')) meetingId: number,
    @Body() dto: SectorNamesDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(id, { type: 'RECORD_SECTOR_ATTENDANCE', meetingId, names: [...dto.names] }, ctx, principal);
  }

  @Post('conferences')
  @Move()
  recordConference(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: ConferenceDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(
      id,
      {
        type: 'RECORD_FOLLOW_UP_CONFERENCE',
        ...dto,
        commitmentOutcomes: dto.commitmentOutcomes.map((c) => ({ ...c })),
        actionFollowUps: dto.actionFollowUps.map((a) => ({ ...a })),
      },
      ctx,
      principal,
    );
  }

  @Post('action-plans')
  @Move()
  setActionPlan(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: ActionPlanDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(id, { type: 'SET_ACTION_PLAN', year: dto.year, actions: dto.actions.map((a) => ({ ...a })) }, ctx, principal);
  }

  @Post('reviews')
  @Move()
  recordReview(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: ReviewDecisionDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(id, { type: 'RECORD_REVIEW_DECISION', ...dto }, ctx, principal);
  }

  @Post('end')
  @Move()
  end(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: EndFrameworkDto,
    @Command() ctx: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FrameworkCommandResponse> {
    return this.execute(id, { type: 'END_FRAMEWORK', ...dto }, ctx, principal);
  }
}
