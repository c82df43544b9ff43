import { HttpStatus, Injectable } from '@nestjs/common';
import type { PartnershipCommand } from '@iop/domain';
import { PartnershipReadModelRepository } from '@iop/database';
import { ApiException } from '../common/api.exception';
import type { CommandContext } from '../common/command-context';
import type { CommandResponse } from './dto/partnership.response';
import { PartnershipWorkflowClient } from './partnership-workflow.client';

/** Every move of the lifecycle goes through here: the workflow decides, the read model records. */
@Injectable()
export class PartnershipCommandsService {
  constructor(
    private readonly readModel: PartnershipReadModelRepository,
    private readonly workflows: PartnershipWorkflowClient,
  ) {}

  async execute(partnershipId: string, command: PartnershipCommand, context: CommandContext): Promise<CommandResponse> {
    const partnership = await this.readModel.findById(partnershipId);
    if (!partnership) throw notFound(partnershipId);
    return this.workflows.execute(partnershipId, command, context);
  }
}

export const notFound = (id: string): ApiException =>
  new ApiException(HttpStatus.NOT_FOUND, 'PARTNERSHIP_NOT_FOUND', `No partnership with id ${id}.`, {
    messageSv: `Det finns inget partnerskap med id ${id}.`,
  });
