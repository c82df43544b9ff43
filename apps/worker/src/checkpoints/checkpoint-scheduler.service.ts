import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Environment } from '@iop/config';
import { CheckpointRepository } from '@iop/database';

/**
 * Signs, every CHAIN_CHECKPOINT_INTERVAL_SECONDS, the head of each chain that moved since its last checkpoint. Runs in
 * the worker only: it is the process that holds the signing key, and there is one per deployment's task queue.
 * A round that fails (the database is away) is logged and the next round signs what it missed.
 */
@Injectable()
export class CheckpointSchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CheckpointSchedulerService.name);
  private timer?: NodeJS.Timeout;
  private round?: Promise<void>;

  constructor(
    private readonly env: Environment,
    private readonly checkpoints: CheckpointRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.checkpoints.canSign) {
      this.logger.warn('CHAIN_SIGNING_KEY is not set: the chains get no signed checkpoints');
      return;
    }
    this.timer = setInterval(() => {
      // One round at a time: a slow round is not overtaken by the next.
      this.round ??= this.signRound().finally(() => (this.round = undefined));
    }, this.env.CHAIN_CHECKPOINT_INTERVAL_SECONDS * 1000);
  }

  // Before the database connection closes (that happens at application shutdown): the round in progress finishes.
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.round;
  }

  private async signRound(): Promise<void> {
    try {
      const signed = await this.checkpoints.signMovedHeads();
      if (signed.length > 0) this.logger.log(`Signed checkpoints of ${signed.length} chain(s)`);
    } catch (error) {
      this.logger.error(`Could not sign the chains' checkpoints: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
