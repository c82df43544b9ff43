import { Injectable } from '@nestjs/common';
import { DeMinimisRepository } from '@iop/database';
import { type DeMinimisAid, type DeMinimisLedgerExtract, inEuroCents, runningTotalCents, windowStart } from '@iop/domain';
import { Clock } from '../common/clock';
import type { DeMinimisLedgerResponse } from './dto/ledger.response';

/**
 * An organisation's de minimis ledger (by organisationsnummer): the aid every partnership's approving decision
 * granted it and the other aid it declared last, converted at the rates a public party recorded. The report the
 * auditor reads, and what the API passes an approving decision so that the domain decides the ceiling.
 */
@Injectable()
export class DeMinimisLedgerService {
  constructor(
    private readonly repository: DeMinimisRepository,
    private readonly clock: Clock,
  ) {}

  /** Every aid on the organisation's ledger, in the domain's terms: granted in kronor, declared as declared. */
  private async aidsOf(organisationNumber: string): Promise<DeMinimisAid[]> {
    const granted = await this.repository.grantedTo(organisationNumber);
    const declared = await this.repository.latestDeclaration(organisationNumber);
    return [
      ...granted.map((g) => ({ grantedOn: g.grantedOn, amount: g.amountSek, currency: 'SEK' as const, source: g.partnershipId })),
      ...(declared?.none ? [] : (declared?.aids ?? [])).map((a) => ({
        grantedOn: a.grantedOn,
        amount: a.amount,
        currency: a.currency,
        source: a.grantingBody,
      })),
    ];
  }

  /** What an approving decision of this public party needs of each organisation's ledger. */
  async extractsFor(publicParty: string, organisationNumbers: string[]): Promise<DeMinimisLedgerExtract[]> {
    const rates = await this.repository.ratesInForce(publicParty);
    return Promise.all(
      organisationNumbers.map(async (organisationNumber) => ({ organisationNumber, earlier: await this.aidsOf(organisationNumber), rates })),
    );
  }

  /** The ledger as of today, converted at `publicParty`'s rates; an aid with no rate in force shows no euro amount. */
  async ledger(organisationNumber: string, publicParty: string): Promise<DeMinimisLedgerResponse> {
    const today = await this.clock.today();
    const rates = await this.repository.ratesInForce(publicParty);
    const granted = await this.repository.grantedTo(organisationNumber);
    const declared = await this.repository.latestDeclaration(organisationNumber);
    const aids = await this.aidsOf(organisationNumber);
    const total = runningTotalCents(aids, today, rates);
    const from = windowStart(today);
    const euro = (aid: DeMinimisAid) => {
      const cents = inEuroCents(aid, rates);
      return cents.ok ? cents.value : null;
    };
    return {
      organisationNumber,
      publicParty,
      asOf: today,
      windowFrom: from,
      runningTotalEurCents: total.ok ? total.value : null,
      refusal: total.ok ? undefined : { code: total.refusal.code, message: total.refusal.message.en, messageSv: total.refusal.message.sv },
      granted: granted.map((g) => ({
        ...g,
        inWindow: g.grantedOn >= from && g.grantedOn <= today,
        eurCents: euro({ grantedOn: g.grantedOn, amount: g.amountSek, currency: 'SEK', source: g.partnershipId }),
      })),
      declaration: declared
        ? {
            ...declared,
            aids: declared.aids.map((a) => ({
              ...a,
              inWindow: a.grantedOn >= from && a.grantedOn <= today,
              eurCents: euro({ ...a, source: a.grantingBody }),
            })),
          }
        : undefined,
    };
  }
}
