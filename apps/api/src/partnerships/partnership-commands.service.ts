import { Injectable, Logger } from '@nestjs/common';
import type { PartnershipCommand } from '@iop/domain';
import { Environment } from '@iop/config';
import { IdempotencyKeyRepository, PartnershipReadModelRepository, SignatoriesRepository } from '@iop/database';
import { isUnavailable } from '../common/unavailable';
import { Clock } from '../common/clock';
import { PARTNERSHIP_PROCESS } from './partnership-process';
import type { CommandContext } from '../common/command-context';
import { signatoryPartyOf } from '../signatories/signatories.service';
import { SignatoryRefusals } from '../signatories/signatory-refusals';
import type { CommandResponse } from './dto/partnership.response';
import type { CommandResult } from '../../../../workflows/partnership/types';
import { PartnershipWorkflowClient } from './partnership-workflow.client';
import { ClaimCheckService } from '../texts/claim-check.service';
import { claimIdempotencyKey, HeldClaim } from '../common/idempotency';
import { ApiMetrics } from '../metrics/api-metrics';

/** How long an answer waits for an unreachable database before it leaves the write to the workflow's activity. */
const WRITE_THROUGH_CEILING_MS = 60_000;

/** A move as the client sends it: the party it is made for comes from the caller's token, never from the body. */
export type Move = PartnershipCommand extends infer C ? (C extends PartnershipCommand ? Omit<C, 'party'> : never) : never;

/** Every move of the lifecycle goes through here: the workflow decides, the read model records. */
@Injectable()
export class PartnershipCommandsService {
  private readonly logger = new Logger(PartnershipCommandsService.name);

  constructor(
    private readonly workflows: PartnershipWorkflowClient,
    private readonly signatories: SignatoriesRepository,
    private readonly readModel: PartnershipReadModelRepository,
    private readonly clock: Clock,
    private readonly idempotencyKeys: IdempotencyKeyRepository,
    private readonly env: Environment,
    private readonly claimCheck: ClaimCheckService,
    private readonly metrics: ApiMetrics,
  ) {}

  /**
   * The guard has already found the partnership and the caller's party in it (or answered 404). With an
   * Idempotency-Key, a retry of an answered move gets the stored answer; any other retry is sent under the key's
   * update id, and Temporal's result says whose request it applied: another one's means this answer is a replay.
   * Its long texts are stored first and travel by reference (the key's body hash is over the body as sent).
   */
  async execute(partnershipId: string, move: Move, context: CommandContext): Promise<CommandResponse> {
    if (move.type === 'SIGN') await this.requireSignatory(context);
    const claim = await claimIdempotencyKey(this.idempotencyKeys, this.env, context, move, partnershipId);
    if (claim?.kind === 'retry' && claim.response) {
      context.markReplayed();
      return claim.response as CommandResponse;
    }
    const command = await this.claimCheck.withTextRefs({ ...move, party: context.party! } as PartnershipCommand);
    const { writes, appliedRequestId, ...result } = await this.workflows.execute(partnershipId, command, context, claim?.updateId);
    if (appliedRequestId !== undefined && appliedRequestId !== context.requestId) context.markReplayed();
    await this.writeThrough(writes ?? [], context);
    if (claim) await this.keepAnswer(claim, result, context);
    return result;
  }

  /**
   * Stored so that a retry is answered without Temporal, whose update-id deduplication does not outlive the run
   * (continue-as-new). Not storing it only sends a retry to Temporal again, so a failure here is not the caller's.
   */
  private async keepAnswer(claim: HeldClaim, answer: CommandResponse, context: CommandContext): Promise<void> {
    try {
      await this.idempotencyKeys.recordResponse(context.idempotencyKey!, claim.updateId, answer);
    } catch (error) {
      this.logger.warn({ err: error, requestId: context.requestId }, 'Could not store the answer of an Idempotency-Key');
    }
  }

  /**
   * The workflow has decided and recorded the move; these writes put it in the read model before the answer, so
   * that the caller's next read sees it. They are the workflow's own writes, which its activity makes too (both are
   * idempotent). While the database is out of reach the answer waits for it, as the audit entry that follows needs
   * it too; past the ceiling, or on any other failure, the move still stands and the activity writes it.
   */
  private async writeThrough(writes: NonNullable<CommandResult['writes']>, context: CommandContext): Promise<void> {
    const giveUpAt = Date.now() + WRITE_THROUGH_CEILING_MS;
    for (let pauseMs = 250; ; pauseMs = Math.min(2 * pauseMs, 2000)) {
      try {
        for (const write of writes) await this.metrics.timeReadModelWrite(() => this.readModel.sync(write));
        return;
      } catch (error) {
        if (!isUnavailable(error) || Date.now() + pauseMs > giveUpAt) {
          this.logger.warn({ err: error, requestId: context.requestId }, 'The read model lags behind an accepted move until the workflow writes it');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
    }
  }

  /** Only a firmatecknare of the party whose entry is confirmed and in force today may sign for it. */
  private async requireSignatory(context: CommandContext): Promise<void> {
    const party = signatoryPartyOf(context.principal!)!;
    const status = await this.signatories.statusOn(party.partyKind, party.partyRef, context.principal!.subject, await this.clock.today());
    if (status === 'PROPOSED') throw SignatoryRefusals.notConfirmed(party.partyRef);
    if (status !== 'CONFIRMED') throw SignatoryRefusals.notASignatory(party.partyRef);
  }
}

export const notFound = PARTNERSHIP_PROCESS.notFound;
