import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { PartnershipCommandsController } from './partnership-commands.controller';
import { PartnershipCommandsService } from './partnership-commands.service';
import { PartnershipWorkflowClient } from './partnership-workflow.client';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { TasksModule } from '../tasks/tasks.module';

@Module({
  imports: [TasksModule],
  controllers: [PartnershipsController, PartnershipCommandsController],
  providers: [PartnershipsService, PartnershipCommandsService, PartnershipWorkflowClient, Clock],
  exports: [PartnershipsService, PartnershipWorkflowClient, Clock],
})
export class PartnershipsModule {}
