import { Module } from '@nestjs/common';
import { AuditingModule } from '../../auditing/auditing.module';
import { PartnershipsModule } from '../../partnerships/partnerships.module';
import { ArchivePackageController } from './archive-package.controller';
import { ArchivePackageService } from './archive-package.service';

@Module({
  imports: [AuditingModule, PartnershipsModule],
  controllers: [ArchivePackageController],
  providers: [ArchivePackageService],
})
export class ArchivePackageModule {}
