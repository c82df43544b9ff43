import { Module } from '@nestjs/common';
import { PartnershipsWithinFrameworkRepository } from '@iop/database';
import { FrameworkPartnershipsController } from './framework-partnerships.controller';
import { FrameworkPartnershipsService } from './framework-partnerships.service';

/** A framework agreement's page's list of the partnerships entered within it. */
@Module({
  controllers: [FrameworkPartnershipsController],
  providers: [FrameworkPartnershipsService, PartnershipsWithinFrameworkRepository],
})
export class FrameworkPartnershipsModule {}
