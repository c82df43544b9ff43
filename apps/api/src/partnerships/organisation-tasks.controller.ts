import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorBody } from '../common/api-error';
import { parseOrganisationNumberParam } from '../common/validation';
import { OrganisationTaskResponse } from './dto/partnership.response';
import { TaskListQuery } from './dto/task-list.query';
import { PartnershipsService } from './partnerships.service';

/** An organisation's inbox: what it must do next, in every partnership it is party to. */
@ApiTags('tasks')
@Controller('organisations/:organisationNumber/tasks')
export class OrganisationTasksController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Get()
  @ApiOkResponse({ type: [OrganisationTaskResponse], description: 'Ordered by due date; overdue marks open tasks past it' })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  list(
    @Param('organisationNumber', parseOrganisationNumberParam('organisationNumber')) organisationNumber: string,
    @Query() query: TaskListQuery,
  ): Promise<OrganisationTaskResponse[]> {
    return this.partnerships.tasks({ addressedTo: organisationNumber, openOnly: query.status !== 'all' });
  }
}
