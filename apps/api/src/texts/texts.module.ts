import { Module } from '@nestjs/common';
import { ClaimCheckService } from './claim-check.service';

/** Large texts by reference: stored before a move is sent, resolved wherever a person reads them. */
@Module({
  providers: [ClaimCheckService],
  exports: [ClaimCheckService],
})
export class TextsModule {}
