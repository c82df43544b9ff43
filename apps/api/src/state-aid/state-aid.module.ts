import { Module } from '@nestjs/common';
import { DeMinimisRepository } from '@iop/database';
import { Clock } from '../common/clock';
import { DeMinimisLedgerService } from './de-minimis-ledger.service';
import { StateAidController } from './state-aid.controller';

/** Exchange rates and the de minimis ledger; the partnerships' module uses the ledger before an approving decision. */
@Module({
  controllers: [StateAidController],
  providers: [DeMinimisRepository, DeMinimisLedgerService, Clock],
  exports: [DeMinimisRepository, DeMinimisLedgerService],
})
export class StateAidModule {}
