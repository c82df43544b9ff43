import { Module } from '@nestjs/common';
import { TextsModule } from '../../texts/texts.module';
import { AgreementController } from './agreement.controller';
import { AgreementService } from './agreement.service';

/** The agreement as a document (rules version 5): rendered at the approval, registered, signed by its SHA-256. */
@Module({
  imports: [TextsModule],
  controllers: [AgreementController],
  providers: [AgreementService],
  exports: [AgreementService],
})
export class AgreementModule {}
