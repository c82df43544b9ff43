import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { Environment } from '@iop/config';
import { ChainVerifier, CheckpointRepository, IdempotencyKeyRepository, InitiativeReadModelRepository, TimelineEntry } from '@iop/database';
import { availableInitiativeMoves, submitInitiative } from '@iop/domain';
import type { InitiativeCommand, InitiativeState, NewInitiative } from '@iop/domain';
import type { Principal } from '@iop/identity';
import type { CommandContext } from '../common/command-context';
import { claimIdempotencyKey, HeldClaim } from '../common/idempotency';
import { fieldsOf } from '../common/move-fields';
import { refusalException } from '../common/workflow-calls';
import type { AvailableMoveResponse } from '../partnerships/dto/available-move.response';
import { PartnershipsService } from '../partnerships/partnerships.service';
import { ClaimCheckService } from '../texts/claim-check.service';
import { AssessInitiativeDto, DecideInitiativeDto } from './dto/initiative-moves.dto';
import type { InitiativeCommandResponse, InitiativePage, InitiativeResponse } from './dto/initiative.response';
import type { SubmitInitiativeDto } from './dto/submit-initiative.dto';
import { INITIATIVE_PROCESS } from './initiative-process';
import { InitiativeWorkflowClient } from './initiative-workflow.client';

/** A move as the client sends it: the party comes from the guard, never from the body. */
export type InitiativeMove = InitiativeCommand extends infer C ? (C extends InitiativeCommand ? Omit<C, 'party'> : never) : never;

/** The route and body of each move, for the moves on offer (the web builds its forms from them). */
const MOVE_ROUTES = {
  ASSESS_INITIATIVE: { path: 'assessments', body: AssessInitiativeDto },
  DECIDE_ON_INITIATIVE: { path: 'decision', body: DecideInitiativeDto },
} as const;

/**
 * The id of the partnership an initiative opens: derived from the initiative's, so that a retried decision (or
 * the repair of one whose opening was interrupted) reaches the same partnership and never opens a second.
 */
export function partnershipIdOf(initiativeId: string): string {
  const hex = createHash('sha256').update(`initiative:${initiativeId}:partnership`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface InitiativeDossier {
  initiative: InitiativeResponse;
  timeline: TimelineEntry[];
  verification: unknown;
  checkpoints: unknown[];
  exportedAt: string;
}

/** Initiatives: the submission and every move go to the workflow, which answers once the read model has them. */
@Injectable()
export class InitiativesService {
  private readonly logger = new Logger(InitiativesService.name);

  constructor(
    private readonly readModel: InitiativeReadModelRepository,
    private readonly workflows: InitiativeWorkflowClient,
    private readonly partnerships: PartnershipsService,
    private readonly idempotencyKeys: IdempotencyKeyRepository,
    private readonly env: Environment,
    private readonly claimCheck: ClaimCheckService,
    private readonly verifier: ChainVerifier,
    private readonly checkpoints: CheckpointRepository,
  ) {}

  /** Decided first as the workflow will decide it: a submission the rules refuse creates nothing. */
  async submit(dto: SubmitInitiativeDto, context: CommandContext): Promise<InitiativeResponse> {
    const initiative: NewInitiative = {
      title: dto.title,
      challenge: dto.challenge,
      targetGroup: dto.targetGroup,
      contribution: dto.contribution,
      publicParty: { name: dto.publicParty.name },
      organisation: { name: dto.organisation.name, organisationNumber: dto.organisation.organisationNumber },
    };
    const decided = submitInitiative(randomUUID(), initiative, { actor: context.actor, now: new Date().toISOString() });
    if (!decided.ok) throw refusalException(decided.refusal);
    const claim = await claimIdempotencyKey(this.idempotencyKeys, this.env, context, initiative, randomUUID());
    const initiativeId = claim?.resourceId ?? randomUUID();
    if (claim?.kind === 'retry') context.markReplayed();
    await this.workflows.start(initiativeId, await this.claimCheck.withTextRefs(initiative), context);
    return this.get(initiativeId);
  }

  /**
   * Sends the move to the workflow; a decision to open an IOP then opens it (see PartnershipsService's
   * openFromInitiative). A decision already made whose partnership is missing (the opening was interrupted) is
   * completed by the retry instead of being refused.
   */
  async execute(initiativeId: string, move: InitiativeMove, context: CommandContext): Promise<InitiativeCommandResponse> {
    const state = await this.stateOf(initiativeId);
    if (move.type === 'DECIDE_ON_INITIATIVE' && move.outcome === 'OPEN_PARTNERSHIP' && state.decision?.partnershipId) {
      await this.openPartnership(state, context);
      context.markReplayed();
      return { revision: state.revision, status: state.status, initiative: await this.get(initiativeId) };
    }
    const claim = await claimIdempotencyKey(this.idempotencyKeys, this.env, context, move, initiativeId);
    if (claim?.kind === 'retry' && claim.response) {
      context.markReplayed();
      return claim.response as InitiativeCommandResponse;
    }
    const sent = (
      move.type === 'DECIDE_ON_INITIATIVE' && move.outcome === 'OPEN_PARTNERSHIP' && move.partnership
        ? { ...move, partnership: { ...move.partnership, partnershipId: partnershipIdOf(initiativeId) } }
        : move
    ) as InitiativeMove;
    const command = await this.claimCheck.withTextRefs({ ...sent, party: context.party! } as InitiativeCommand);
    const { appliedRequestId, revision, status } = await this.workflows.execute(initiativeId, command, context, claim?.updateId);
    if (appliedRequestId !== context.requestId) context.markReplayed();
    const after = await this.stateOf(initiativeId);
    if (after.decision?.partnershipId) await this.openPartnership(after, context);
    const answer: InitiativeCommandResponse = { revision, status, initiative: await this.get(initiativeId) };
    if (claim) await this.keepAnswer(claim, answer, context);
    return answer;
  }

  private async openPartnership(state: InitiativeState, context: CommandContext): Promise<void> {
    const decision = state.decision!;
    await this.partnerships.openFromInitiative(
      decision.partnershipId!,
      {
        title: decision.partnershipTitle!,
        publicParty: { name: state.publicParty.name },
        organisations: [{ name: state.organisation.name, organisationNumber: state.organisation.organisationNumber }],
        initiativeId: state.initiativeId,
      },
      { challenge: state.challenge, targetGroup: state.targetGroup, goals: decision.partnershipGoals ?? [], developmentAreas: [] },
      context,
    );
  }

  async list(principal: Principal): Promise<InitiativePage> {
    const scope =
      principal.role === 'officer'
        ? { publicParty: principal.publicParty }
        : principal.role === 'organisation_rep'
          ? { organisationNumber: principal.organisationNumber }
          : {};
    const rows = await this.readModel.list(scope);
    return this.claimCheck.resolveTexts({ items: rows.map((r) => responseOf(r.state)) });
  }

  async get(id: string): Promise<InitiativeResponse> {
    return this.claimCheck.resolveTexts(responseOf(await this.stateOf(id)));
  }

  async stateOf(id: string): Promise<InitiativeState> {
    const row = await this.readModel.findById(id);
    if (!row) throw INITIATIVE_PROCESS.notFound(id);
    return row.state;
  }

  async availableMoves(id: string, party: string | undefined): Promise<AvailableMoveResponse[]> {
    const state = await this.stateOf(id);
    return availableInitiativeMoves(state, party).map((type) => ({
      type,
      route: { method: 'POST', path: `/initiatives/${id}/${MOVE_ROUTES[type].path}` },
      fields: fieldsOf(MOVE_ROUTES[type].body),
    }));
  }

  async timeline(id: string): Promise<TimelineEntry[]> {
    await this.stateOf(id);
    return this.claimCheck.resolveTexts(await this.readModel.timeline(id));
  }

  async dossier(id: string): Promise<InitiativeDossier> {
    const [initiative, timeline, verification, checkpoints] = await Promise.all([
      this.get(id),
      this.timeline(id),
      this.verifier.verify(id),
      this.checkpoints.list(id),
    ]);
    return { initiative, timeline, verification, checkpoints, exportedAt: new Date().toISOString() };
  }

  private async keepAnswer(claim: HeldClaim, answer: InitiativeCommandResponse, context: CommandContext): Promise<void> {
    try {
      await this.idempotencyKeys.recordResponse(context.idempotencyKey!, claim.updateId, answer);
    } catch (error) {
      this.logger.warn({ err: error, requestId: context.requestId }, 'Could not store the answer of an Idempotency-Key');
    }
  }
}

function responseOf(state: InitiativeState): InitiativeResponse {
  const { initiativeId, counters: _counters, ...rest } = state;
  return { id: initiativeId, ...rest };
}
