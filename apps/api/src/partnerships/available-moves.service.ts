import { Injectable } from '@nestjs/common';
import { availableMoves } from '@iop/domain';
import type { Principal } from '@iop/identity';
import { actorOf } from '@iop/identity';
import { PartnershipReadModelRepository, SignatoriesRepository } from '@iop/database';
import { Clock } from '../common/clock';
import { signatoryPartyOf } from '../signatories/signatories.service';
import { SignatoryRefusals } from '../signatories/signatory-refusals';
import { AvailableMoveResponse, RefusalNoteResponse } from './dto/available-move.response';
import { concretePath, fieldsOf, handlerOf, routeOfHandler } from './move-routes';
import { notFound } from './partnership-commands.service';

/** What the caller may do in a partnership now, each move with the route and body fields to make it. */
@Injectable()
export class AvailableMovesService {
  constructor(
    private readonly readModel: PartnershipReadModelRepository,
    private readonly clock: Clock,
    private readonly signatories: SignatoriesRepository,
  ) {}

  /** `party` is the guard's: 'PUBLIC', an organisationsnummer, or none for an auditor, who never acts. */
  async list(id: string, principal: Principal, party: string | undefined): Promise<AvailableMoveResponse[]> {
    const row = await this.readModel.findById(id);
    if (!row) throw notFound(id);
    if (!party) return [];
    // The Clock gives the day (the tests that skip years set it); the rules need an instant within it.
    const today = await this.clock.today();
    const moves = availableMoves(row.state, party, { actor: actorOf(principal), now: `${today}T12:00:00.000Z` });
    const signing = moves.some((m) => m.type === 'SIGN') ? await this.signatoryNote(principal, today) : undefined;
    return moves.map((move) => {
      const route = routeOfHandler(handlerOf(move));
      const blockedBy = move.blockedBy ?? (move.type === 'SIGN' ? signing : undefined);
      return {
        ...move,
        blockedBy: blockedBy && { code: blockedBy.code, message: blockedBy.message },
        route: { method: route.method, path: concretePath(route.template, row.id, move.ref) },
        fields: route.body ? fieldsOf(route.body) : [],
      };
    });
  }

  /**
   * The party may sign, but only a person who is its confirmed firmatecknare today may sign for it (the write path
   * refuses anyone else): the entry says so beforehand, with the same refusal, so the page can say why.
   */
  private async signatoryNote(principal: Principal, today: string): Promise<RefusalNoteResponse | undefined> {
    const party = signatoryPartyOf(principal);
    if (!party) return undefined;
    const status = await this.signatories.statusOn(party.partyKind, party.partyRef, principal.subject, today);
    if (status === 'CONFIRMED') return undefined;
    const refusal = status === 'PROPOSED' ? SignatoryRefusals.notConfirmed(party.partyRef) : SignatoryRefusals.notASignatory(party.partyRef);
    return { code: refusal.code, message: { en: refusal.message, sv: refusal.details.messageSv ?? refusal.message } };
  }
}
