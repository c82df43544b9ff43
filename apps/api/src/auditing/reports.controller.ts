import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { PartnershipListRepository, ReadModelAlertsRepository } from '@iop/database';
import type { Principal } from '@iop/identity';
import { ApiErrorBody } from '../common/api-error';
import { Clock } from '../common/clock';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { Policy } from '../identity/policy';
import { visibleTasks } from './representative-view';
import { listScopeOf } from './scope';

/** Reports across the partnerships the caller may read (an auditor: all). */
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
  ) {}

  @Get('participation-levels')
  @ApiOkResponse({ description: 'Steps per phase by the level aimed for and the level reached', type: Object, isArray: true })
  levels(@CurrentPrincipal() principal: Principal) {
    return this.lists.levelsReport(listScopeOf(principal));
  }

  @Get('principle-coverage')
  @ApiOkResponse({ description: 'How many latest draft versions address each of the six principles', type: Object, isArray: true })
  principles(@CurrentPrincipal() principal: Principal) {
    return this.lists.principleCoverage(listScopeOf(principal));
  }

  @Get('overdue-tasks')
  @ApiOkResponse({ description: 'Open tasks past their due date', type: Object, isArray: true })
  async overdue(@CurrentPrincipal() principal: Principal) {
    const tasks = await this.lists.overdueTasks(listScopeOf(principal), await this.clock.today());
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
