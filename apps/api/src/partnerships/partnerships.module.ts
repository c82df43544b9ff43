import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AvailableMovesService } from './available-moves.service';
import { PartnershipCommandsController } from './partnership-commands.controller';
import { PartnershipCommandsService } from './partnership-commands.service';
import { PartnershipWorkflowClient } from './partnership-workflow.client';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { TasksModule } from '../tasks/tasks.module';
import { TextsModule } from '../texts/texts.module';

@Module({
  imports: [TextsModule, TasksModule],
  controllers: [PartnershipsController, PartnershipCommandsController],
  providers: [PartnershipsService, AvailableMovesService, PartnershipCommandsService, PartnershipWorkflowClient, Clock],
  exports: [PartnershipsService, PartnershipWorkflowClient, Clock],
})
export class PartnershipsModule {}
