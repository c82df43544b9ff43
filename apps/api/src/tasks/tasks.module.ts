import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { OrganisationTasksController } from './organisation-tasks.controller';
import { TasksService } from './tasks.service';

/** The inbox of tasks across kinds of process: it reads tasks by process, and knows no kind in particular. */
@Module({
  controllers: [OrganisationTasksController],
  providers: [TasksService, Clock],
  exports: [TasksService],
})
export class TasksModule {}
