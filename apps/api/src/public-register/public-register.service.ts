import { Injectable } from '@nestjs/common';
import { PublicRegisterRepository } from '@iop/database';
import { publicRegisterEntry } from '@iop/domain';
import type { PublicRegisterEntry } from '@iop/domain';
import type { PublicRegisterQuery } from './dto/public-register.query';

/** The public register of IOPs: the read model's signed partnerships, each as the domain's public entry. */
@Injectable()
export class PublicRegisterService {
  constructor(private readonly repository: PublicRegisterRepository) {}

  async page(query: PublicRegisterQuery): Promise<{ entries: PublicRegisterEntry[]; hasMore: boolean }> {
    const { rows, hasMore } = await this.repository.page({
      publicParty: query.publicParty,
      organisationNumber: query.organisationNumber,
      year: query.year,
      status: query.status,
      page: query.page,
      pageSize: query.pageSize,
    });
    // The repository selects only partnerships with a signed agreement, so each row has its entry.
    const entries = rows.flatMap((row) => publicRegisterEntry(row.state, row.caseDiarienummer) ?? []);
    return { entries, hasMore };
  }
}
