import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  checkNewPartnership,
  NewPartnership,
  fellShort,
  levelsPerPhase,
  phaseAimsOf,
  type StepEvidence,
  parseOrganisationNumber,
  PartnershipState,
  PHASES,
  Refusal,
  startPartnership,
  StartingProblemDefinition,
} from '@iop/domain';
import type { Principal } from '@iop/identity';
import {
  IdempotencyKeyRepository,
  PartnershipListRepository,
  PartnershipReadModelRepository,
  PartnershipsWithinFrameworkRepository,
  type PartnershipRow,
  type StepRow,
  stepRowOf,
} from '@iop/database';
import { PartnershipListQuery } from '../auditing/dto/auditing.query';
import { visibleTasks } from '../auditing/representative-view';
import { listScopeOf } from '../auditing/scope';
import { ApiException } from '../common/api.exception';
import { fieldError } from '../common/field-messages';
import type { CommandContext } from '../common/command-context';
import { CreatePartnershipDto } from './dto/create-partnership.dto';
import { PartnershipPage, PartnershipResponse } from './dto/partnership.response';
import { Environment } from '@iop/config';
import { checkStartWithinFramework } from './framework-check';
import { claimIdempotencyKey } from '../common/idempotency';
import { notFound } from './partnership-commands.service';
import { PartnershipWorkflowClient, refusalException } from './partnership-workflow.client';
import { ClaimCheckService } from '../texts/claim-check.service';
import { Clock } from '../common/clock';
import { partnershipWorkflowId } from '../../../../workflows/partnership/types';
import type { PartnershipLevelsResponse } from '../auditing/dto/overview.response';

@Injectable()
export class PartnershipsService {
  private readonly logger = new Logger(PartnershipsService.name);

  constructor(
    private readonly readModel: PartnershipReadModelRepository,
    private readonly idempotencyKeys: IdempotencyKeyRepository,
    private readonly workflows: PartnershipWorkflowClient,
    private readonly lists: PartnershipListRepository,
    private readonly env: Environment,
    private readonly claimCheck: ClaimCheckService,
    private readonly clock: Clock,
    private readonly frameworks: PartnershipsWithinFrameworkRepository,
  ) {}

  /**
   * With an Idempotency-Key, a retry of the same request (same caller and body) reaches the same partnership. Its
   * texts travel as themselves: title, party names and organisationsnummer are bounded (300 and 200 characters, 50
   * organisations), the workflow's search attributes carry the public party's name, and lists filter on them in SQL.
   * A problem definition may come with the start: the whole start is decided first, all or nothing. So is the
   * framework agreement it is entered within, if any (framework-check.ts): nothing is started when it is refused.
   */
  async create(dto: CreatePartnershipDto, context: CommandContext): Promise<PartnershipResponse> {
    const { problemDefinition: proposed, ...partnership } = dto;
    const checked = checkNewPartnership(partnership);
    if (!checked.ok) throw startRefused(checked.refusal, partnership.organisations);
    const { frameworkId } = checked.value;
    if (frameworkId) {
      const numbers = checked.value.organisations.map((o) => o.organisationNumber);
      checkStartWithinFramework(await this.frameworks.frameworkForStart(frameworkId, numbers), checked.value);
    }
    const problemDefinition: StartingProblemDefinition | undefined = proposed && { ...proposed };
    // The whole start as the workflow will decide it, before anything exists: a problem definition the rules refuse
    // refuses the start, so no partnership is created, no organisation invited.
    const decided = startPartnership(randomUUID(), checked.value, problemDefinition, { actor: context.actor, now: new Date().toISOString() });
    if (!decided.ok) throw refusalException(decided.refusal);

    const request = problemDefinition ? { ...checked.value, problemDefinition } : checked.value;
    const claim = await claimIdempotencyKey(this.idempotencyKeys, this.env, context, request, randomUUID());
    const partnershipId = claim?.resourceId ?? randomUUID();
    // The claim's winner is the one request that creates; every other with the key repeats it.
    if (claim?.kind === 'retry') context.markReplayed();
    // Its long texts travel by reference, as the separate move's do (the key's hash is over the texts themselves).
    const travelling = problemDefinition && (await this.claimCheck.withTextRefs(problemDefinition));
    // The request that creates writes the opening itself (below); a replay waits for the workflow's own write of it,
    // since the first attempt's opening carries that attempt's request (and the first attempt may have stopped
    // before the workflow started: starting is idempotent).
    const opening = claim?.kind === 'retry' ? undefined : await this.startAndWriteOpening(partnershipId, checked.value, travelling, context);
    if (opening) return this.answer(opening.row, opening.steps);
    await this.workflows.start(partnershipId, checked.value, travelling, context);
    return this.get(partnershipId);
  }

  /**
   * Opens the partnership an initiative's decision named (issue 14): under the id the decision recorded, with the
   * initiative's organisation as the only one invited and the carrier of the opening step, and the problem
   * definition the decision proposed (challenge and target group from the initiative). Idempotent by that id: a
   * partnership already opened is answered as it is, so a retried decision never opens a second.
   */
  async openFromInitiative(
    partnershipId: string,
    partnership: NewPartnership & { initiativeId: string },
    problemDefinition: StartingProblemDefinition,
    context: CommandContext,
  ): Promise<PartnershipResponse> {
    if (await this.readModel.findById(partnershipId)) return this.get(partnershipId);
    const checked = checkNewPartnership(partnership);
    if (!checked.ok) throw startRefused(checked.refusal, partnership.organisations);
    const decided = startPartnership(partnershipId, checked.value, problemDefinition, { actor: context.actor, now: new Date().toISOString() });
    if (!decided.ok) throw refusalException(decided.refusal);
    const opening = await this.startAndWriteOpening(partnershipId, checked.value, problemDefinition, context);
    if (opening) return this.answer(opening.row, opening.steps);
    await this.workflows.start(partnershipId, checked.value, problemDefinition, context);
    return this.get(partnershipId);
  }

  /**
   * Starts the workflow and writes its opening to the read model, as the workflow's first task will (its local
   * activity writes the same rows again, which changes nothing): the start answers without waiting for a worker
   * to take that task, as a move answers before its write. The opening is a function of the workflow's input, which
   * carries the instant it opens at (the API's clock); it is decided here from exactly what the workflow gets (its
   * input as JSON, that instant, the current rules version). The opening as a read would find it once written
   * (the start answers with it, without reading it back); undefined when the write could not be made (the caller then
   * waits for the workflow's own) or the process has already ended.
   */
  private async startAndWriteOpening(
    partnershipId: string,
    partnership: NewPartnership,
    problemDefinition: StartingProblemDefinition | undefined,
    context: CommandContext,
  ): Promise<{ row: PartnershipRow; steps: StepRow[] } | undefined> {
    const openedAt = (await this.clock.now()).toISOString();
    if (!(await this.workflows.startOpeningAt(partnershipId, partnership, problemDefinition, context, openedAt))) return undefined;
    const input = JSON.parse(JSON.stringify({ partnership, problemDefinition, audit: context.audit })) as {
      partnership: NewPartnership;
      problemDefinition?: StartingProblemDefinition;
      audit: CommandContext['audit'];
    };
    const opened = startPartnership(partnershipId, input.partnership, input.problemDefinition, { actor: context.actor, now: openedAt });
    if (!opened.ok) return undefined;
    const workflowId = partnershipWorkflowId(partnershipId);
    const { state, steps } = opened.value;
    try {
      await this.readModel.writeNewOpening({
        partnershipId,
        workflowId,
        steps,
        requestId: context.requestId,
        audit: { ...input.audit, occurredAt: openedAt },
        state,
      });
    } catch (error) {
      this.logger.warn({ err: error, requestId: context.requestId }, "The opening waits for the workflow's own write");
      return undefined;
    }
    // The row as the read model now holds it (its state column is this state as JSON, which the answer becomes too).
    const row = { id: partnershipId, workflowId, revision: state.revision, state, createdAt: new Date(openedAt) };
    return { row, steps: steps.map((step) => stepRowOf(partnershipId, step, context.requestId)) };
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
        overdue: query.overdue,
        frameworkId: query.framework,
        today: await this.clock.today(),
        page: query.page,
        pageSize: query.pageSize,
      },
      listScopeOf(principal),
    );
    return {
      items: items.map((i) => ({ ...i, createdAt: new Date(i.createdAt).toISOString() })),
      page: query.page,
      pageSize: query.pageSize,
      hasMore,
    };
  }

  /** The levels of one partnership's steps per phase, aimed for and reached, and the steps that fell short. */
  async levels(id: string): Promise<PartnershipLevelsResponse> {
    const row = await this.readModel.findById(id);
    if (!row) throw notFound(id);
    const steps = await this.readModel.findSteps(id);
    // A long reason for a phase's level travels by reference: resolved, as on every other read.
    return this.claimCheck.resolveTexts({
      rulesVersion: row.state.rulesVersion ?? 1,
      phaseAims: phaseAimsOf(
        row.state,
        steps.map((s) => ({ phase: s.phase, evidence: s.evidence as StepEvidence })),
      ),
      phases: levelsPerPhase(
        steps.map((s) => ({ phase: s.phase, levelAimedFor: s.levelAimedFor, levelReached: s.levelReached ?? null, steps: 1 })),
        PHASES,
      ),
      shortfalls: steps
        .filter((s) => fellShort(s.levelAimedFor, s.levelReached ?? null))
        .map((s) => ({
          stepKey: s.stepKey,
          phase: s.phase,
          action: s.action,
          levelAimedFor: s.levelAimedFor,
          levelReached: s.levelReached ?? null,
          occurredAt: new Date(s.occurredAt).toISOString(),
        })),
    });
  }

  async get(id: string, principal?: Principal): Promise<PartnershipResponse> {
    // Both at once: every start answers with this read, and every page of a partnership.
    const [row, steps] = await Promise.all([this.readModel.findById(id), this.readModel.findSteps(id)]);
    if (!row) throw notFound(id);
    return this.answer(row, steps, principal);
  }

  /** A partnership's page from its row and steps, as read or as just written: its texts resolved, its tasks the reader's. */
  private async answer(row: PartnershipRow, steps: StepRow[], principal?: Principal): Promise<PartnershipResponse> {
    const partnership = PartnershipResponse.from(row, steps);
    // The framework it was entered within is public within the engine: its title is shown to every reader.
    const frameworkTitle = row.state.frameworkId ? await this.frameworks.frameworkTitle(row.state.frameworkId) : null;
    return this.claimCheck.resolveTexts({
      ...partnership,
      ...(frameworkTitle ? { frameworkTitle } : {}),
      tasks: visibleTasks(partnership.tasks, principal),
    });
  }

  /**
   * The workflow's own view with its texts resolved, as a person compares it with the partnership's page; the
   * reconciliation compares the references themselves.
   */
  async liveState(id: string, principal: Principal): Promise<PartnershipState> {
    if (!(await this.readModel.findById(id))) throw notFound(id);
    const state = await this.workflows.queryState(id);
    return this.claimCheck.resolveTexts({ ...state, tasks: visibleTasks(state.tasks, principal) });
  }
}

/**
 * The domain's refusal of a start, as a 422 that names the field where it can: an organisation named twice is
 * marked on its later rows, so that the form shows it beside the row to remove.
 */
function startRefused(refusal: Refusal, organisations: { organisationNumber: string }[]): ApiException {
  const refused = ApiException.refusal(HttpStatus.UNPROCESSABLE_ENTITY, refusal);
  if (refusal.code !== 'ORGANISATION_DUPLICATE') return refused;
  const numbers = organisations.map(({ organisationNumber }) => {
    const parsed = parseOrganisationNumber(organisationNumber);
    return parsed.ok ? parsed.value : organisationNumber;
  });
  const errors = numbers.flatMap((number, i) =>
    numbers.indexOf(number) < i ? [fieldError(`organisations.${i}.organisationNumber`, 'uniqueOrganisation')] : [],
  );
  return new ApiException(refused.getStatus(), refused.code, refused.message, { ...refused.details, errors });
}
