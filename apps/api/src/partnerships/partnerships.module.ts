import { Module } from '@nestjs/common';
import { PartnershipWorkflowClient } from './partnership-workflow.client';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';

@Module({
  controllers: [PartnershipsController],
  providers: [PartnershipsService, PartnershipWorkflowClient],
})
export class PartnershipsModule {}
