import { HttpStatus, Injectable } from '@nestjs/common';
import type { PartnershipCommand } from '@iop/domain';
import { SignatoriesRepository } from '@iop/database';
import { ApiException } from '../common/api.exception';
import { Clock } from '../common/clock';
import type { CommandContext } from '../common/command-context';
import { signatoryPartyOf } from '../signatories/signatories.service';
import type { CommandResponse } from './dto/partnership.response';
import { PartnershipWorkflowClient } from './partnership-workflow.client';

/** A move as the client sends it: the party it is made for comes from the caller's token, never from the body. */
export type Move = PartnershipCommand extends infer C ? (C extends PartnershipCommand ? Omit<C, 'party'> : never) : never;

/** Every move of the lifecycle goes through here: the workflow decides, the read model records. */
@Injectable()
export class PartnershipCommandsService {
  constructor(
    private readonly workflows: PartnershipWorkflowClient,
    private readonly signatories: SignatoriesRepository,
    private readonly clock: Clock,
  ) {}

  /** The guard has already found the partnership and the caller's party in it (or answered 404). */
  async execute(partnershipId: string, move: Move, context: CommandContext): Promise<CommandResponse> {
    if (move.type === 'SIGN') await this.requireSignatory(context);
    const command = { ...move, party: context.party! } as PartnershipCommand;
    return this.workflows.execute(partnershipId, command, context);
  }

  /** Only a registered firmatecknare of the party, in force today, may sign for it. */
  private async requireSignatory(context: CommandContext): Promise<void> {
    const party = signatoryPartyOf(context.principal!)!;
    if (!(await this.signatories.isSignatory(party.partyKind, party.partyRef, context.principal!.subject, await this.clock.today()))) {
      throw new ApiException(
        HttpStatus.FORBIDDEN,
        'NOT_A_SIGNATORY',
        `You are not a registered signatory (firmatecknare) of ${party.partyRef} today.`,
        { messageSv: `Du är inte registrerad firmatecknare för ${party.partyRef} i dag.` },
      );
    }
  }
}

export const notFound = (id: string): ApiException =>
  new ApiException(HttpStatus.NOT_FOUND, 'PARTNERSHIP_NOT_FOUND', `No partnership with id ${id}.`, {
    messageSv: `Det finns inget partnerskap med id ${id}.`,
  });
