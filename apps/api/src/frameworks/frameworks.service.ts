import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Environment } from '@iop/config';
import { FrameworkReadsRepository, IdempotencyKeyRepository } from '@iop/database';
import { startFramework } from '@iop/domain';
import type { FrameworkCommand, FrameworkState, FrameworkStatus, FrameworkTerms, NewFramework, Refusal } from '@iop/domain';
import type { Principal } from '@iop/identity';
import { Clock } from '../common/clock';
import type { CommandContext } from '../common/command-context';
import { claimIdempotencyKey, HeldClaim } from '../common/idempotency';
import { refusalException } from '../common/workflow-calls';
import { ClaimCheckService } from '../texts/claim-check.service';
import { CreateFrameworkDto } from './dto/create-framework.dto';
import type { FrameworkTermsDto } from './dto/framework-terms.dto';
import type { FrameworkCommandResponse, FrameworkPage, FrameworkResponse } from './dto/framework.response';
import { FRAMEWORK_PROCESS } from './framework-process';
import { frameworkResponseOf, FrameworkViewer, visibleFrameworkTasks } from './framework-view';
import { FrameworkWorkflowClient } from './framework-workflow.client';

/** A move as the client sends it: the party it is made for comes from the caller's token, never from the body. */
export type FrameworkMove = FrameworkCommand extends infer C ? (C extends FrameworkCommand ? Omit<C, 'party'> : never) : never;

export const frameworkNotFound = FRAMEWORK_PROCESS.notFound;

/** A version's text as the domain holds it: each principle's commitments numbered `<principle>-<n>` in the order sent. */
export function termsOf(dto: FrameworkTermsDto): FrameworkTerms {
  return {
    period: { start: dto.period.start, ...(dto.period.end ? { end: dto.period.end } : {}) },
    principles: dto.principles.map((p) => ({
      principle: p.principle,
      commitments: p.commitments.map((c, i) => ({ id: `${p.principle}-${i + 1}`, text: c.text, heldBy: c.heldBy })),
    })),
    developmentAreas: [...dto.developmentAreas],
    joiningUndertakings: [...dto.joiningUndertakings],
    steeringGroup: { ...dto.steeringGroup },
    summary: dto.summary,
  };
}

/** A refusal of the first version, its field named by its path in POST /frameworks' body. */
const inFirstVersion = (refusal: Refusal): Refusal => (refusal.field ? { ...refusal, field: `firstVersion.${refusal.field}` } : refusal);

/** Framework agreements: the start and every move go to the workflow, which answers once the read model has them. */
@Injectable()
export class FrameworksService {
  private readonly logger = new Logger(FrameworksService.name);

  constructor(
    private readonly reads: FrameworkReadsRepository,
    private readonly workflows: FrameworkWorkflowClient,
    private readonly idempotencyKeys: IdempotencyKeyRepository,
    private readonly env: Environment,
    private readonly claimCheck: ClaimCheckService,
    private readonly clock: Clock,
  ) {}

  /**
   * The whole start as the workflow will decide it, before anything exists: a first version the rules refuse
   * refuses the start (nothing is created). With an Idempotency-Key a retry reaches the same framework.
   */
  async create(dto: CreateFrameworkDto, context: CommandContext): Promise<FrameworkResponse> {
    const framework: NewFramework = {
      title: dto.title,
      publicParty: { name: dto.publicParty.name },
      sectorRepresentative: { name: dto.sectorRepresentative.name, organisationNumber: dto.sectorRepresentative.organisationNumber },
    };
    const firstVersion = dto.firstVersion && termsOf(dto.firstVersion);
    const ctx = { actor: context.actor, now: new Date().toISOString() };
    const decided = startFramework(randomUUID(), framework, firstVersion, ctx);
    if (!decided.ok) {
      // The domain names a field of the version it proposes; in this body that version is `firstVersion`.
      const opens = Boolean(firstVersion) && startFramework(randomUUID(), framework, undefined, ctx).ok;
      throw refusalException(opens ? inFirstVersion(decided.refusal) : decided.refusal);
    }

    const claim = await claimIdempotencyKey(
      this.idempotencyKeys,
      this.env,
      context,
      firstVersion ? { ...framework, firstVersion } : framework,
      randomUUID(),
    );
    const frameworkId = claim?.resourceId ?? randomUUID();
    if (claim?.kind === 'retry') context.markReplayed();
    // Also on a replay: the first attempt may have stopped before the workflow started; starting is idempotent.
    await this.workflows.start(frameworkId, framework, firstVersion && (await this.claimCheck.withTextRefs(firstVersion)), context);
    return this.get(frameworkId, { seesAll: true });
  }

  /**
   * With an Idempotency-Key, a retry of an answered move gets the stored answer; any other retry is sent under the
   * key's update id, and the workflow's answer says whose request it applied. Long texts travel by reference.
   */
  async execute(frameworkId: string, move: FrameworkMove, context: CommandContext, viewer: FrameworkViewer): Promise<FrameworkCommandResponse> {
    const claim = await claimIdempotencyKey(this.idempotencyKeys, this.env, context, move, frameworkId);
    if (claim?.kind === 'retry' && claim.response) {
      context.markReplayed();
      return claim.response as FrameworkCommandResponse;
    }
    const command = await this.claimCheck.withTextRefs({ ...move, party: context.party! } as FrameworkCommand);
    const { appliedRequestId, revision, status, warnings } = await this.workflows.execute(frameworkId, command, context, claim?.updateId);
    if (appliedRequestId !== context.requestId) context.markReplayed();
    const answer: FrameworkCommandResponse = { revision, status, warnings, framework: await this.get(frameworkId, viewer) };
    if (claim) await this.keepAnswer(claim, answer, context);
    return answer;
  }

  async list(query: { status?: FrameworkStatus; publicParty?: string }, principal: Principal): Promise<FrameworkPage> {
    const rows = await this.reads.list({ ...query, today: await this.clock.today() });
    const today = await this.clock.today();
    return {
      items: rows.map((r) => {
        const viewer = {
          seesAll: principal.role === 'auditor' || (principal.role === 'officer' && principal.publicParty === r.publicParty),
          organisationNumber: principal.organisationNumber,
        };
        const tasks = visibleFrameworkTasks(
          r.state.tasks.filter((t) => t.status === 'OPEN'),
          viewer,
        );
        return {
          id: r.id,
          title: r.title,
          publicParty: r.publicParty,
          status: r.status,
          versionInForce: r.versionInForce,
          period: r.periodStart ? { start: r.periodStart, ...(r.periodEnd ? { end: r.periodEnd } : {}) } : null,
          joinedCount: r.joinedCount,
          reviewDueBy: r.reviewDueBy,
          openTasks: viewer.seesAll ? r.openTasks : tasks.length,
          overdueTasks: viewer.seesAll ? r.overdueTasks : tasks.filter((t) => t.dueDate < today).length,
          warnings: r.state.warnings.filter((w) => !w.clearedAt),
        };
      }),
    };
  }

  async get(id: string, viewer: FrameworkViewer): Promise<FrameworkResponse> {
    const state = await this.stateOf(id);
    return this.claimCheck.resolveTexts(frameworkResponseOf(state, viewer, await this.clock.today()));
  }

  async stateOf(id: string): Promise<FrameworkState> {
    const row = await this.reads.findById(id);
    if (!row) throw frameworkNotFound(id);
    return row.state;
  }

  /** Stored so that a retry is answered without Temporal, whose update-id deduplication does not outlive the run. */
  private async keepAnswer(claim: HeldClaim, answer: FrameworkCommandResponse, context: CommandContext): Promise<void> {
    try {
      await this.idempotencyKeys.recordResponse(context.idempotencyKey!, claim.updateId, answer);
    } catch (error) {
      this.logger.warn({ err: error, requestId: context.requestId }, 'Could not store the answer of an Idempotency-Key');
    }
  }
}
