import { Module } from '@nestjs/common';
import { AuditingModule } from '../../auditing/auditing.module';
import { PartnershipsModule } from '../../partnerships/partnerships.module';
import { AgreementModule } from '../agreement/agreement.module';
import { ArchivePackageController } from './archive-package.controller';
import { ArchivePackageService } from './archive-package.service';

@Module({
  imports: [AuditingModule, PartnershipsModule, AgreementModule],
  controllers: [ArchivePackageController],
  providers: [ArchivePackageService],
})
export class ArchivePackageModule {}
