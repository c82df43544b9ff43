import { Module } from '@nestjs/common';
import { FrameworkReadsRepository } from '@iop/database';
import { Clock } from '../common/clock';
import { TextsModule } from '../texts/texts.module';
import { FrameworkCommandsController } from './framework-commands.controller';
import { FrameworkReadsService } from './framework-reads.service';
import { FrameworkWorkflowClient } from './framework-workflow.client';
import { FrameworksController } from './frameworks.controller';
import { FrameworksService } from './frameworks.service';

/**
 * Framework agreements (överenskommelser) and their steering groups: the second kind of process. The list of a
 * framework's partnerships (GET /frameworks/:id/partnerships) is FrameworkPartnershipsModule's
 * (framework-partnerships.module.ts), registered beside this one in api.module.ts.
 */
@Module({
  imports: [TextsModule],
  controllers: [FrameworksController, FrameworkCommandsController],
  providers: [FrameworksService, FrameworkReadsService, FrameworkWorkflowClient, FrameworkReadsRepository, Clock],
  exports: [FrameworksService],
})
export class FrameworksModule {}
