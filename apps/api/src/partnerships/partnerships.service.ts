import { HttpStatus, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { checkNewPartnership } from '@iop/domain';
import { IdempotencyKeyRepository, PartnershipReadModelRepository } from '@iop/database';
import { ApiException } from '../common/api.exception';
import type { CommandContext } from '../common/command-context';
import { CreatePartnershipDto } from './dto/create-partnership.dto';
import { PartnershipResponse } from './dto/partnership.response';
import { PartnershipWorkflowClient } from './partnership-workflow.client';

const CREATE_SCOPE = 'POST /partnerships';

@Injectable()
export class PartnershipsService {
  constructor(
    private readonly readModel: PartnershipReadModelRepository,
    private readonly idempotencyKeys: IdempotencyKeyRepository,
    private readonly workflows: PartnershipWorkflowClient,
  ) {}

  async create(dto: CreatePartnershipDto, context: CommandContext): Promise<{ partnership: PartnershipResponse; replayed: boolean }> {
    const checked = checkNewPartnership(dto);
    if (!checked.ok) throw ApiException.refusal(HttpStatus.UNPROCESSABLE_ENTITY, checked.refusal);

    let partnershipId: string = randomUUID();
    let replayed = false;
    if (context.idempotencyKey) {
      const requestHash = createHash('sha256').update(JSON.stringify(checked.value)).digest('hex');
      const claim = await this.idempotencyKeys.claim(CREATE_SCOPE, context.idempotencyKey, requestHash, partnershipId);
      if (claim.kind === 'mismatch') {
        throw new ApiException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used for a different request.',
        );
      }
      partnershipId = claim.resourceId;
      replayed = claim.kind === 'replay';
    }

    // Also on a replay: the first attempt may have stopped before the workflow started; starting is idempotent.
    await this.workflows.start(partnershipId, checked.value, context.actor, context.requestId);
    return { partnership: await this.get(partnershipId), replayed };
  }

  async get(id: string): Promise<PartnershipResponse> {
    const entity = await this.readModel.findById(id);
    if (!entity) throw new ApiException(HttpStatus.NOT_FOUND, 'PARTNERSHIP_NOT_FOUND', `No partnership with id ${id}.`);
    return PartnershipResponse.from(entity);
  }
}
