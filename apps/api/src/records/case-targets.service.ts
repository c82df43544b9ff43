import { Injectable } from '@nestjs/common';
import { FrameworkReadsRepository, PartnershipReadModelRepository } from '@iop/database';
import { frameworkTargets, partnershipTargets } from '@iop/domain';
import type { HandlingTargetNumbers } from '@iop/domain';
import type { CaseKind } from './case-kinds';

const NONE: HandlingTargetNumbers = { DECISION: [], FOLLOW_UP: [] };

/** The decisions and follow-ups a case has, by the numbers a handling names them with (the domain's numbering). */
@Injectable()
export class CaseTargetsService {
  constructor(
    private readonly partnerships: PartnershipReadModelRepository,
    private readonly frameworks: FrameworkReadsRepository,
  ) {}

  async numbersOf(kind: CaseKind, processId: string): Promise<HandlingTargetNumbers> {
    if (kind.process.kind === 'PARTNERSHIP') {
      const row = await this.partnerships.findById(processId);
      return row ? partnershipTargets(row.state) : NONE;
    }
    const row = await this.frameworks.findById(processId);
    return row ? frameworkTargets(row.state) : NONE;
  }
}
