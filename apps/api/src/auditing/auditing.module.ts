import { Module } from '@nestjs/common';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { TextsModule } from '../texts/texts.module';
import { AgreementModule } from '../records/agreement/agreement.module';
import { AuditingController } from './auditing.controller';
import { AuditingService } from './auditing.service';
import { ReportsController } from './reports.controller';

@Module({
  imports: [PartnershipsModule, TextsModule, AgreementModule],
  controllers: [AuditingController, ReportsController],
  providers: [AuditingService],
  // The archive package carries the dossier as this module renders it.
  exports: [AuditingService],
})
export class AuditingModule {}
