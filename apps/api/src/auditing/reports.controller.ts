import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { levelsPerPhase, type ParticipationLevel, phaseAimsAcross, phaseAimsOf, PHASES, type StepEvidence } from '@iop/domain';
import { PartnershipListRepository, ReadModelAlertsRepository, ReportFilter } from '@iop/database';
import type { Principal } from '@iop/identity';
import { ApiErrorBody } from '../common/api-error';
import { Clock } from '../common/clock';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { Policy } from '../identity/policy';
import { calendarEntries, calendarRange } from './calendar';
import { CalendarQuery, ReportQuery } from './dto/auditing.query';
import { CalendarResponse, LevelsByPhaseResponse } from './dto/overview.response';
import { visibleTasks } from './representative-view';
import { listScopeOf } from './scope';
import { ClaimCheckService } from '../texts/claim-check.service';

/**
 * Reports across the partnerships the caller may read (an auditor: all); `?framework=<uuid>` narrows each to the
 * partnerships entered within that framework agreement.
 */
@ApiTags('reports')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@Policy('authenticated')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly lists: PartnershipListRepository,
    private readonly clock: Clock,
    private readonly alerts: ReadModelAlertsRepository,
    private readonly claimCheck: ClaimCheckService,
  ) {}

  @Get('participation-levels')
  @ApiOkResponse({ description: 'Steps per phase by the level aimed for and the level reached', type: Object, isArray: true })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'A framework that is no UUID' })
  levels(@Query() query: ReportQuery, @CurrentPrincipal() principal: Principal) {
    return this.lists.levelsReport(listScopeOf(principal), within(query));
  }

  @Get('participation-levels/by-phase')
  @ApiOkResponse({
    type: LevelsByPhaseResponse,
    description:
      'Per phase, over every partnership the caller may read: steps by the level aimed for and reached, and the shortfalls; under rules version 3 also each phase chosen and reached, and the phases below their aim with the evidence missing',
  })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'A framework that is no UUID' })
  async levelsByPhase(@Query() query: ReportQuery, @CurrentPrincipal() principal: Principal): Promise<LevelsByPhaseResponse> {
    const scope = listScopeOf(principal);
    const [steps, evidence] = await Promise.all([this.lists.levelsReport(scope, within(query)), this.lists.phaseEvidence(scope, within(query))]);
    const across = phaseAimsAcross(
      evidence.map((p) => ({
        partnershipId: p.partnershipId,
        title: p.title,
        aims: phaseAimsOf(
          {
            rulesVersion: 3,
            phaseLevels: (p.phaseLevels ?? {}) as Record<
              string,
              { level: ParticipationLevel | null; reason: string; proposedAt: string; proposedByActor: string }
            >,
          },
          p.steps.map((s) => ({ phase: s.phase, evidence: s.evidence as StepEvidence })),
        ),
      })),
    );
    // A long reason for a phase's level travels by reference: resolved, as on every other read.
    return this.claimCheck.resolveTexts({ phases: levelsPerPhase(steps, PHASES), phaseAims: across.phases, phaseShortfalls: across.shortfalls });
  }

  @Get('calendar')
  @ApiOkResponse({
    type: CalendarResponse,
    description:
      "What falls due from `from` to `to` (both included): open tasks (a representative: their organisation's), yearly follow-ups and ends of the agreements in force, political decisions by their meeting date",
  })
  @ApiBadRequestResponse({
    type: ApiErrorBody,
    description: 'A day that is no calendar day, or a framework that is no UUID',
  })
  @ApiUnprocessableEntityResponse({ type: ApiErrorBody, description: '`to` before `from`, or more than 731 days after it (CALENDAR_RANGE_REFUSED)' })
  async calendar(@Query() query: CalendarQuery, @CurrentPrincipal() principal: Principal): Promise<CalendarResponse> {
    const range = calendarRange(await this.clock.today(), query.from, query.to);
    const source = await this.lists.calendar(listScopeOf(principal), range.from, range.to, within(query));
    const entries = calendarEntries({ ...source, tasks: visibleTasks(source.tasks, principal) }, range);
    return { ...range, entries };
  }

  @Get('principle-coverage')
  @ApiOkResponse({ description: 'How many latest draft versions address each of the six principles', type: Object, isArray: true })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'A framework that is no UUID' })
  principles(@Query() query: ReportQuery, @CurrentPrincipal() principal: Principal) {
    return this.lists.principleCoverage(listScopeOf(principal), within(query));
  }

  @Get('overdue-tasks')
  @ApiOkResponse({ description: 'Open tasks past their due date', type: Object, isArray: true })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'A framework that is no UUID' })
  async overdue(@Query() query: ReportQuery, @CurrentPrincipal() principal: Principal) {
    const tasks = await this.lists.overdueTasks(listScopeOf(principal), await this.clock.today(), within(query));
    return visibleTasks(tasks as { addressedTo: string }[], principal);
  }

  @Get('read-model-alerts')
  @ApiOkResponse({
    description: "Writes PostgreSQL refused as data (SQLSTATE class 22 or 23): the workflow went on, the read model lacks that revision's steps",
    type: Object,
    isArray: true,
  })
  readModelAlerts(@CurrentPrincipal() principal: Principal) {
    return this.alerts.list(listScopeOf(principal));
  }
}

/** The report's filter as the repository takes it. */
const within = (query: ReportQuery): ReportFilter => ({ frameworkId: query.framework });
