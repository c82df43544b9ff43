import { Injectable } from '@nestjs/common';
import { HandlingsRepository } from '@iop/database';
import { disposableFrom } from '@iop/domain';
import type { ProcessKind, RetentionClass } from '@iop/domain';
import type { Principal } from '@iop/identity';
import { Clock } from '../common/clock';
import type { DisposalDueQuery } from './dto/disposal-due.query';
import type { DisposalDueResponse } from './dto/handling.response';
import { handlingView } from './handling-view';

/**
 * What is due for disposal (gallring): the handlings of closed cases whose retention class (gallras efter N år) has
 * run out by the day asked about. The engine lists them for the archivist, who disposes of them (or not) outside
 * it: it never deletes anything itself, and its database role could not.
 */
@Injectable()
export class DisposalDueService {
  constructor(
    private readonly handlings: HandlingsRepository,
    private readonly clock: Clock,
  ) {}

  async list(query: DisposalDueQuery, principal: Principal): Promise<DisposalDueResponse> {
    const asOf = query.asOf ?? (await this.clock.today());
    // An officer reads their own public party's cases whatever the query says; an auditor any party's, or all.
    const publicParty = principal.role === 'officer' ? principal.publicParty : query.publicParty?.trim();
    const rows = await this.handlings.ofClosedCases(publicParty);
    const items = rows.flatMap((row) => {
      const retention: RetentionClass = { kind: 'DISPOSE', years: Number(row.retentionYears) };
      const from = disposableFrom(retention, row.closedOn);
      if (!from || from > asOf) return [];
      const kind = row.processKind as ProcessKind;
      return [
        {
          processId: row.processId,
          processKind: kind,
          processTitle: row.processTitle,
          publicParty: row.publicParty,
          closedOn: row.closedOn,
          disposableFrom: from,
          handling: handlingView(row, kind, row.caseDiarienummer),
        },
      ];
    });
    return { asOf, items };
  }
}
