import { Injectable } from '@nestjs/common';
import { availableFrameworkMoves } from '@iop/domain';
import type { Principal } from '@iop/identity';
import { actorOf } from '@iop/identity';
import { ChainVerifier, CheckpointRepository, FrameworkReadsRepository, TimelineEntry } from '@iop/database';
import { Clock } from '../common/clock';
import { fieldsOf } from '../common/move-fields';
import { ClaimCheckService } from '../texts/claim-check.service';
import type { AvailableMoveResponse } from '../partnerships/dto/available-move.response';
import { FrameworkDossier } from './framework-dossier';
import { frameworkMovePath, frameworkRouteOf } from './framework-move-routes';
import { FrameworkViewer, visibleParties } from './framework-view';
import { FrameworksService } from './frameworks.service';

/** The timeline's kinds that belong to one party (its tasks, its commands in the audit log) rather than to all. */
const PARTY_OWN_KINDS = new Set(['TASK_OPENED', 'TASK_CLOSED', 'AUDIT']);

/** What is read of one framework beyond its state: the moves on offer, the timeline, the dossier. */
@Injectable()
export class FrameworkReadsService {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly reads: FrameworkReadsRepository,
    private readonly claimCheck: ClaimCheckService,
    private readonly clock: Clock,
    private readonly verifier: ChainVerifier,
    private readonly checkpoints: CheckpointRepository,
  ) {}

  /** `party` is the guard's: 'PUBLIC', the representative's organisation (joined or not), none for anyone else. */
  async availableMoves(id: string, principal: Principal, party: string | undefined): Promise<AvailableMoveResponse[]> {
    const state = await this.frameworks.stateOf(id);
    if (!party) return [];
    // The Clock gives the day (the tests that skip years set it); the rules need an instant within it.
    const today = await this.clock.today();
    return availableFrameworkMoves(state, party, { actor: actorOf(principal), now: `${today}T12:00:00.000Z` }).map((move) => {
      const route = frameworkRouteOf(move);
      return {
        type: move.type,
        ...(move.taskId ? { taskId: move.taskId } : {}),
        ...(move.ref ? { ref: move.ref } : {}),
        ...(move.blockedBy ? { blockedBy: { code: move.blockedBy.code, message: move.blockedBy.message } } : {}),
        route: { method: route.method, path: frameworkMovePath(route.template, id, move.ref) },
        fields: route.body ? fieldsOf(route.body) : [],
      };
    });
  }

  /**
   * Steps, tasks and audit entries, oldest first. Who does not see everything sees the steps of the public side,
   * the sector and the joined organisations, and of tasks and commands only their own organisation's.
   */
  async timeline(id: string, viewer: FrameworkViewer): Promise<TimelineEntry[]> {
    const state = await this.frameworks.stateOf(id);
    const entries = await this.reads.timeline(id);
    if (viewer.seesAll) return this.claimCheck.resolveTexts(entries);
    const shared = visibleParties(state, viewer);
    return this.claimCheck.resolveTexts(
      entries.filter((e) =>
        PARTY_OWN_KINDS.has(e.kind)
          ? viewer.organisationNumber !== undefined && e.party === viewer.organisationNumber
          : e.party === null || shared.has(e.party),
      ),
    );
  }

  async dossier(id: string, viewer: FrameworkViewer): Promise<FrameworkDossier> {
    const [framework, timeline, verification, checkpoints] = await Promise.all([
      this.frameworks.get(id, viewer),
      this.timeline(id, viewer),
      this.verifier.verify(id),
      this.checkpoints.list(id),
    ]);
    return { framework, timeline, verification, checkpoints, exportedAt: new Date().toISOString() };
  }
}
