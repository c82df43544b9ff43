import { Injectable } from '@nestjs/common';
import { availableMoves } from '@iop/domain';
import type { Principal } from '@iop/identity';
import { actorOf } from '@iop/identity';
import { PartnershipReadModelRepository } from '@iop/database';
import { Clock } from '../common/clock';
import { AvailableMoveResponse } from './dto/available-move.response';
import { concretePath, fieldsOf, handlerOf, routeOfHandler } from './move-routes';
import { notFound } from './partnership-commands.service';

/** What the caller may do in a partnership now, each move with the route and body fields to make it. */
@Injectable()
export class AvailableMovesService {
  constructor(
    private readonly readModel: PartnershipReadModelRepository,
    private readonly clock: Clock,
  ) {}

  /** `party` is the guard's: 'PUBLIC', an organisationsnummer, or none for an auditor, who never acts. */
  async list(id: string, principal: Principal, party: string | undefined): Promise<AvailableMoveResponse[]> {
    const row = await this.readModel.findById(id);
    if (!row) throw notFound(id);
    if (!party) return [];
    // The Clock gives the day (the tests that skip years set it); the rules need an instant within it.
    const now = `${await this.clock.today()}T12:00:00.000Z`;
    return availableMoves(row.state, party, { actor: actorOf(principal), now }).map((move) => {
      const route = routeOfHandler(handlerOf(move));
      return {
        ...move,
        blockedBy: move.blockedBy && { code: move.blockedBy.code, message: move.blockedBy.message },
        route: { method: route.method, path: concretePath(route.template, row.id, move.ref) },
        fields: route.body ? fieldsOf(route.body) : [],
      };
    });
  }
}
