import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Principal } from '@iop/identity';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { Policy } from '../identity/policy';
import { ApiErrorBody } from '../common/api-error';
import { parseOrganisationNumberParam } from '../common/validation';
import { InboxTaskResponse } from './dto/inbox-task.response';
import { TaskListQuery } from './dto/task-list.query';
import { TasksService } from './tasks.service';

/** An organisation's inbox: what it must do next, in every process (of any kind) it is party to. */
@ApiTags('tasks')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@Policy('organisation:tasks')
@Controller('organisations/:organisationNumber/tasks')
export class OrganisationTasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOkResponse({ type: [InboxTaskResponse], description: 'Ordered by due date; overdue marks open tasks past it' })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: "A representative asking for another organisation's tasks" })
  list(
    @Param('organisationNumber', parseOrganisationNumberParam('organisationNumber')) organisationNumber: string,
    @Query() query: TaskListQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InboxTaskResponse[]> {
    // An officer sees the organisation's tasks in the processes of their own public party only.
    return this.tasks.tasks({ addressedTo: organisationNumber, publicParty: principal.publicParty, openOnly: query.status !== 'all' });
  }
}
