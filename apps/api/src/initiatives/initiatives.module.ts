import { Module } from '@nestjs/common';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { TextsModule } from '../texts/texts.module';
import { InitiativeWorkflowClient } from './initiative-workflow.client';
import { InitiativesController } from './initiatives.controller';
import { InitiativesService } from './initiatives.service';

/** Initiatives from organisations (IOP-initiativ): the third kind of process, which may open a partnership. */
@Module({
  imports: [TextsModule, PartnershipsModule],
  controllers: [InitiativesController],
  providers: [InitiativesService, InitiativeWorkflowClient],
})
export class InitiativesModule {}
