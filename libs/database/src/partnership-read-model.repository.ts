import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { NewPartnership, Phase, StepRecord } from '../../domain/src';
import { PartnershipEntity } from './entities';

/**
 * The PostgreSQL read model of partnerships. Writes come from workflow activities and are idempotent: each insert
 * is keyed by a natural key (partnership id, party key, step key), so a retried activity writes nothing twice.
 */
@Injectable()
export class PartnershipReadModelRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recordOpening(input: {
    partnershipId: string;
    workflowId: string;
    partnership: NewPartnership;
    step: StepRecord;
    phase: Phase;
    requestId?: string;
  }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO partnerships (id, workflow_id, title, phase, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (id) DO NOTHING`,
        [input.partnershipId, input.workflowId, input.partnership.title, input.phase, input.step.occurredAt],
      );
      const parties = [
        { key: 'PUBLIC', kind: 'PUBLIC', name: input.partnership.publicParty.name, number: null, status: 'ACCEPTED' },
        ...input.partnership.organisations.map((o) => ({
          key: o.organisationNumber,
          kind: 'ORGANISATION',
          name: o.name,
          number: o.organisationNumber,
          status: 'INVITED',
        })),
      ];
      for (const [position, party] of parties.entries()) {
        await manager.query(
          `INSERT INTO parties (partnership_id, party_key, kind, name, organisation_number, status, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (partnership_id, party_key) DO NOTHING`,
          [input.partnershipId, party.key, party.kind, party.name, party.number, party.status, position],
        );
      }
      await this.insertStep(manager, input.partnershipId, input.step, input.requestId);
    });
  }

  async recordStep(input: { partnershipId: string; step: StepRecord; phase: Phase; requestId?: string }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.insertStep(manager, input.partnershipId, input.step, input.requestId);
      await manager.query(`UPDATE partnerships SET phase = $2, updated_at = $3 WHERE id = $1`, [
        input.partnershipId,
        input.phase,
        input.step.occurredAt,
      ]);
    });
  }

  findById(id: string): Promise<PartnershipEntity | null> {
    return this.dataSource.getRepository(PartnershipEntity).findOne({
      where: { id },
      relations: { parties: true, steps: true },
      order: { parties: { position: 'ASC' }, steps: { occurredAt: 'ASC', stepKey: 'ASC' } },
    });
  }

  private async insertStep(manager: EntityManager, partnershipId: string, step: StepRecord, requestId?: string) {
    await manager.query(
      `INSERT INTO step_records (partnership_id, step_key, phase, action, responsible_kind,
         responsible_organisation_number, level_aimed_for, level_reached, actor, occurred_at, evidence, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (partnership_id, step_key) DO NOTHING`,
      [
        partnershipId,
        step.stepKey,
        step.phase,
        step.action,
        step.responsible.kind,
        step.responsible.kind === 'ORGANISATION' ? step.responsible.organisationNumber : null,
        step.levelAimedFor,
        step.levelReached,
        step.actor,
        step.occurredAt,
        JSON.stringify(step.evidence),
        requestId ?? null,
      ],
    );
  }
}
