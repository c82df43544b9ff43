import { Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AvailableMovesService } from './available-moves.service';
import { OrganisationTasksController } from './organisation-tasks.controller';
import { PartnershipCommandsController } from './partnership-commands.controller';
import { PartnershipCommandsService } from './partnership-commands.service';
import { PartnershipWorkflowClient } from './partnership-workflow.client';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { TextsModule } from '../texts/texts.module';

@Module({
  imports: [TextsModule],
  controllers: [PartnershipsController, PartnershipCommandsController, OrganisationTasksController],
  providers: [PartnershipsService, AvailableMovesService, PartnershipCommandsService, PartnershipWorkflowClient, Clock],
  exports: [PartnershipsService, PartnershipWorkflowClient, Clock],
})
export class PartnershipsModule {}
