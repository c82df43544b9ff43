import { Module } from '@nestjs/common';
import { PartnershipsWithinFrameworkRepository } from '@iop/database';
import { Clock } from '../common/clock';
import { AvailableMovesService } from './available-moves.service';
import { PartnershipCommandsController } from './partnership-commands.controller';
import { PartnershipCommandsService } from './partnership-commands.service';
import { PartnershipWorkflowClient } from './partnership-workflow.client';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { TasksModule } from '../tasks/tasks.module';
import { TextsModule } from '../texts/texts.module';
import { StateAidModule } from '../state-aid/state-aid.module';
import { AgreementModule } from '../records/agreement/agreement.module';

@Module({
  imports: [TextsModule, TasksModule, StateAidModule, AgreementModule],
  controllers: [PartnershipsController, PartnershipCommandsController],
  providers: [
    PartnershipsService,
    AvailableMovesService,
    PartnershipCommandsService,
    PartnershipWorkflowClient,
    Clock,
    // The partnerships' side of the framework agreements (a start within one, a framework's list of them).
    PartnershipsWithinFrameworkRepository,
  ],
  exports: [PartnershipsService, PartnershipWorkflowClient, Clock, PartnershipsWithinFrameworkRepository],
})
export class PartnershipsModule {}
