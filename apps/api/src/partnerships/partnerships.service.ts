import { HttpStatus, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { checkNewPartnership, PartnershipState } from '@iop/domain';
import type { Principal } from '@iop/identity';
import { IdempotencyKeyRepository, PartnershipListRepository, PartnershipReadModelRepository } from '@iop/database';
import { PartnershipListQuery } from '../auditing/dto/auditing.query';
import { listScopeOf } from '../auditing/scope';
import { ApiException } from '../common/api.exception';
import type { CommandContext } from '../common/command-context';
import { CreatePartnershipDto } from './dto/create-partnership.dto';
import { OrganisationTaskResponse, PartnershipPage, PartnershipResponse } from './dto/partnership.response';
import { Clock } from '../common/clock';
import { notFound } from './partnership-commands.service';
import { PartnershipWorkflowClient } from './partnership-workflow.client';

const CREATE_SCOPE = 'POST /partnerships';

@Injectable()
export class PartnershipsService {
  constructor(
    private readonly readModel: PartnershipReadModelRepository,
    private readonly idempotencyKeys: IdempotencyKeyRepository,
    private readonly workflows: PartnershipWorkflowClient,
    private readonly clock: Clock,
    private readonly lists: PartnershipListRepository,
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
          { messageSv: 'Denna Idempotency-Key har redan använts för en annan begäran.' },
        );
      }
      partnershipId = claim.resourceId;
      replayed = claim.kind === 'replay';
    }

    // Also on a replay: the first attempt may have stopped before the workflow started; starting is idempotent.
    await this.workflows.start(partnershipId, checked.value, context.actor, context.requestId);
    return { partnership: await this.get(partnershipId), replayed };
  }

  async list(query: PartnershipListQuery, principal: Principal): Promise<PartnershipPage> {
    const { items, hasMore } = await this.lists.list(
      {
        phase: query.phase,
        organisationNumber: query.organisation,
        levelReached: query.levelReached,
        createdFrom: query.from,
        createdTo: query.to,
        diarienummer: query.diarienummer,
        page: query.page,
        pageSize: query.pageSize,
      },
      listScopeOf(principal),
    );
    return { items: items.map((i) => ({ ...i, createdAt: new Date(i.createdAt).toISOString() })), page: query.page, pageSize: query.pageSize, hasMore };
  }

  async get(id: string, principal?: Principal): Promise<PartnershipResponse> {
    const row = await this.readModel.findById(id);
    if (!row) throw notFound(id);
    const partnership = PartnershipResponse.from(row, await this.readModel.findSteps(id));
    return { ...partnership, tasks: visibleTasks(partnership.tasks, principal) };
  }

  /** The workflow's own view, for comparing with the read model; 404 when the read model has never seen it. */
  async liveState(id: string, principal: Principal): Promise<PartnershipState> {
    if (!(await this.readModel.findById(id))) throw notFound(id);
    const state = await this.workflows.queryState(id);
    return { ...state, tasks: visibleTasks(state.tasks, principal) };
  }

  async tasks(filter: { partnershipId?: string; addressedTo?: string; publicParty?: string; openOnly: boolean }): Promise<OrganisationTaskResponse[]> {
    const rows = await this.readModel.findTasks({ ...filter, today: await this.clock.today() });
    return rows.map((t) => ({
      partnershipId: t.partnershipId,
      partnershipTitle: t.partnershipTitle,
      id: t.taskId,
      type: t.type,
      addressedTo: t.addressedTo,
      dueDate: t.dueDate,
      status: t.status,
      createdAt: new Date(t.createdAt).toISOString(),
      closedAt: t.closedAt ? new Date(t.closedAt).toISOString() : undefined,
      ref: t.ref ?? undefined,
      overdue: t.overdue,
    }));
  }
}

/** A representative sees and answers only the tasks addressed to their own organisation. */
function visibleTasks<T extends { addressedTo: string }>(tasks: T[], principal?: Principal): T[] {
  return principal?.role === 'organisation_rep' ? tasks.filter((t) => t.addressedTo === principal.organisationNumber) : tasks;
}
