import { Module } from '@nestjs/common';
import { FrameworkReadsRepository } from '@iop/database';
import { Clock } from '../common/clock';
import { CaseTargetsService } from './case-targets.service';
import { DisposalDueController } from './disposal-due.controller';
import { DisposalDueService } from './disposal-due.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { retentionPlanProvider } from './retention-plan.provider';
import { AgreementModule } from './agreement/agreement.module';

/**
 * The cases' records (ärendets handlingar): documents uploaded and registered as handlings of a partnership or a
 * framework agreement, the case's diarienummer, and what is due for disposal under the document management plan.
 */
@Module({
  imports: [AgreementModule],
  controllers: [DocumentsController, DisposalDueController],
  providers: [DocumentsService, DisposalDueService, CaseTargetsService, FrameworkReadsRepository, Clock, retentionPlanProvider],
})
export class RecordsModule {}
