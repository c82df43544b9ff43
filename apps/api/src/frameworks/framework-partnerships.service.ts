import { Injectable } from '@nestjs/common';
import { PartnershipsWithinFrameworkRepository } from '@iop/database';
import { FRAMEWORK_PROCESS } from './framework-process';
import type { FrameworkPartnershipsResponse } from './framework-partnerships.response';

/**
 * The partnerships entered within a framework agreement. A framework is public within the engine, and so is what
 * was entered within it: every signed-in reader sees each partnership's title, phase and organisations (its own
 * page stays the parties' and auditors' to read).
 */
@Injectable()
export class FrameworkPartnershipsService {
  constructor(private readonly repository: PartnershipsWithinFrameworkRepository) {}

  async list(frameworkId: string): Promise<FrameworkPartnershipsResponse> {
    if ((await this.repository.frameworkTitle(frameworkId)) === null) throw FRAMEWORK_PROCESS.notFound(frameworkId);
    return { items: await this.repository.partnershipsWithin(frameworkId) };
  }
}
