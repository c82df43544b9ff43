import { HttpStatus, Injectable } from '@nestjs/common';
import { ChainVerification, ChainVerifier, Checkpoint, CheckpointRepository, GLOBAL_CHAIN, StoredCheckpoint } from '@iop/database';
import { ApiException } from '../common/api.exception';

/** The chains as a whole: their signed checkpoints, and the chain of commands outside any partnership. */
@Injectable()
export class ChainsService {
  constructor(
    private readonly checkpoints: CheckpointRepository,
    private readonly verifier: ChainVerifier,
  ) {}

  list(chain?: string): Promise<StoredCheckpoint[]> {
    return this.checkpoints.list(chain);
  }

  /** Signs now the head of every chain that moved since its last checkpoint (the worker does so at intervals). */
  async checkpointNow(): Promise<{ signed: Checkpoint[] }> {
    if (!this.checkpoints.canSign) {
      throw new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'CHECKPOINT_SIGNING_UNAVAILABLE',
        'This API holds no signing key (CHAIN_SIGNING_KEY); the worker signs at its interval, or run `npm run checkpoint` where the key is.',
        {
          messageSv:
            'API:et har ingen signeringsnyckel (CHAIN_SIGNING_KEY); arbetsprocessen signerar med jämna mellanrum, eller kör `npm run checkpoint` där nyckeln finns.',
        },
      );
    }
    return { signed: await this.checkpoints.signMovedHeads() };
  }

  verifyGlobal(): Promise<ChainVerification> {
    return this.verifier.verify(GLOBAL_CHAIN);
  }
}
