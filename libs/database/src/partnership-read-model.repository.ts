import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { PartnershipState, StepRecord } from '../../domain/src';
import { ChainWriter, stepContent } from './hash-chain';

export interface ReadModelSync {
  partnershipId: string;
  workflowId: string;
  state: PartnershipState;
  steps: StepRecord[];
  requestId?: string;
}

export interface PartnershipRow {
  id: string;
  workflowId: string;
  revision: number;
  state: PartnershipState;
  createdAt: Date;
}

export interface StepRow {
  stepKey: string;
  phase: string;
  action: string;
  responsibleKind: string;
  responsibleOrganisationNumber: string | null;
  levelAimedFor: string;
  levelReached: string | null;
  actor: string;
  occurredAt: Date;
  evidence: unknown;
  requestId: string | null;
}

export interface TaskRow {
  partnershipId: string;
  partnershipTitle: string;
  taskId: string;
  type: string;
  addressedTo: string;
  dueDate: string;
  status: string;
  createdAt: Date;
  closedAt: Date | null;
  ref: string | null;
  overdue: boolean;
}

/**
 * The PostgreSQL read model of partnerships, written only by the workflow's activity and read by the API. Every
 * write is idempotent: steps are keyed by (partnership, step key), and the projection carries the workflow's
 * revision, so a retried or late activity never duplicates a row nor brings back an older state.
 */
@Injectable()
export class PartnershipReadModelRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sync(input: ReadModelSync): Promise<void> {
    const { state } = input;
    await this.dataSource.transaction(async (manager) => {
      const createdAt = state.round.openedAt;
      const projected: unknown[] = await manager.query(
        `INSERT INTO partnerships (id, workflow_id, title, phase, created_at, updated_at, revision, public_party_name, state,
                                   ended_reason, agreement_start, agreement_end)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (id) DO UPDATE SET
           phase = EXCLUDED.phase, updated_at = EXCLUDED.updated_at, revision = EXCLUDED.revision, state = EXCLUDED.state,
           ended_reason = EXCLUDED.ended_reason, agreement_start = EXCLUDED.agreement_start, agreement_end = EXCLUDED.agreement_end
         WHERE partnerships.revision < EXCLUDED.revision
         RETURNING id`,
        [
          input.partnershipId,
          input.workflowId,
          state.title,
          state.phase,
          createdAt,
          input.steps[input.steps.length - 1]?.occurredAt ?? createdAt,
          state.revision,
          state.publicParty.name,
          JSON.stringify(state),
          state.ended?.reason ?? null,
          state.agreement?.startDate ?? null,
          state.agreement?.endDate ?? null,
        ],
      );
      const chain = await ChainWriter.lock(manager, input.partnershipId);
      for (const step of input.steps) await this.insertStep(manager, chain, input.partnershipId, step, input.requestId);
      await chain.save();
      // An older revision arriving late has nothing newer to say about parties, tasks or drafts.
      if (projected.length > 0) await this.project(manager, input.partnershipId, state);
    });
  }

  private async project(manager: EntityManager, id: string, state: PartnershipState): Promise<void> {
    const parties = [
      { key: 'PUBLIC', kind: 'PUBLIC', name: state.publicParty.name, number: null, status: 'ACCEPTED', reason: null },
      ...state.organisations.map((o) => ({
        key: o.organisationNumber,
        kind: 'ORGANISATION',
        name: o.name,
        number: o.organisationNumber,
        status: o.status,
        reason: o.statusReason ?? null,
      })),
    ];
    for (const [position, p] of parties.entries()) {
      await manager.query(
        `INSERT INTO parties (partnership_id, party_key, kind, name, organisation_number, status, status_reason, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (partnership_id, party_key) DO UPDATE SET status = EXCLUDED.status, status_reason = EXCLUDED.status_reason`,
        [id, p.key, p.kind, p.name, p.number, p.status, p.reason, position],
      );
    }
    for (const t of state.tasks) {
      await manager.query(
        `INSERT INTO tasks (partnership_id, task_id, type, addressed_to, due_date, status, created_at, closed_at, ref)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (partnership_id, task_id) DO UPDATE SET status = EXCLUDED.status, closed_at = EXCLUDED.closed_at`,
        [id, t.id, t.type, t.addressedTo, t.dueDate, t.status, t.createdAt, t.closedAt ?? null, t.ref ?? null],
      );
    }
    for (const d of state.drafts) {
      await manager.query(
        `INSERT INTO draft_versions (partnership_id, version, round, submitted_by, submitted_at, content)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (partnership_id, version) DO UPDATE SET content = EXCLUDED.content`,
        [id, d.version, d.round, d.submittedBy, d.submittedAt, JSON.stringify(d)],
      );
    }
    for (const d of state.decisions) {
      await manager.query(
        `INSERT INTO decisions (partnership_id, seq, round, draft_version, body, meeting_date, diarienummer, paragraph, outcome, reasons, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (partnership_id, seq) DO NOTHING`,
        [id, d.seq, d.round, d.draftVersion, d.body, d.meetingDate, d.diarienummer, d.paragraph, d.outcome, d.reasons ?? null, d.recordedAt],
      );
    }
    for (const s of state.signatures) {
      await manager.query(
        `INSERT INTO signatures (partnership_id, round, party_key, draft_version, signatory_name, signed_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (partnership_id, round, party_key) DO NOTHING`,
        [id, s.round, s.party, s.draftVersion, s.signatoryName, s.signedAt],
      );
    }
  }

  /** Writes a step once: a retried write finds it (under the chain's lock) and adds nothing, not even a link. */
  private async insertStep(manager: EntityManager, chain: ChainWriter, partnershipId: string, step: StepRecord, requestId?: string) {
    const exists: unknown[] = await manager.query(`SELECT 1 FROM step_records WHERE partnership_id = $1 AND step_key = $2`, [partnershipId, step.stepKey]);
    if (exists.length > 0) return;
    const row = {
      partnershipId,
      stepKey: step.stepKey,
      phase: step.phase,
      action: step.action,
      responsibleKind: step.responsible.kind,
      responsibleOrganisationNumber: step.responsible.kind === 'ORGANISATION' ? step.responsible.organisationNumber : null,
      levelAimedFor: step.levelAimedFor,
      levelReached: step.levelReached,
      actor: step.actor,
      occurredAt: step.occurredAt,
      evidence: step.evidence,
    };
    const link = chain.link(stepContent(row));
    await manager.query(
      `INSERT INTO step_records (partnership_id, step_key, phase, action, responsible_kind,
         responsible_organisation_number, level_aimed_for, level_reached, actor, occurred_at, evidence, request_id,
         chain_key, chain_seq, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        row.partnershipId,
        row.stepKey,
        row.phase,
        row.action,
        row.responsibleKind,
        row.responsibleOrganisationNumber,
        row.levelAimedFor,
        row.levelReached,
        row.actor,
        row.occurredAt,
        JSON.stringify(row.evidence),
        requestId ?? null,
        link.chainKey,
        link.seq,
        link.prevHash,
        link.hash,
      ],
    );
  }

  async findById(id: string): Promise<PartnershipRow | null> {
    const rows: { id: string; workflow_id: string; revision: number; state: PartnershipState | null; created_at: Date }[] =
      await this.dataSource.query(`SELECT id, workflow_id, revision, state, created_at FROM partnerships WHERE id = $1`, [id]);
    const row = rows[0];
    if (!row || !row.state) return null;
    return { id: row.id, workflowId: row.workflow_id, revision: row.revision, state: row.state, createdAt: row.created_at };
  }

  /** Who a partnership belongs to, for authorization: its public party and its organisations. */
  async findScope(id: string): Promise<{ publicParty: string; organisationNumbers: string[] } | null> {
    const rows: { public_party_name: string; organisation_numbers: string[] | null }[] = await this.dataSource.query(
      `SELECT p.public_party_name,
              array_agg(pa.organisation_number) FILTER (WHERE pa.organisation_number IS NOT NULL) AS organisation_numbers
       FROM partnerships p LEFT JOIN parties pa ON pa.partnership_id = p.id
       WHERE p.id = $1 GROUP BY p.id`,
      [id],
    );
    if (rows.length === 0) return null;
    return { publicParty: rows[0].public_party_name, organisationNumbers: rows[0].organisation_numbers ?? [] };
  }

  async findSteps(partnershipId: string): Promise<StepRow[]> {
    return this.dataSource.query(
      `SELECT step_key AS "stepKey", phase, action, responsible_kind AS "responsibleKind",
              responsible_organisation_number AS "responsibleOrganisationNumber", level_aimed_for AS "levelAimedFor",
              level_reached AS "levelReached", actor, occurred_at AS "occurredAt", evidence, request_id AS "requestId"
       FROM step_records WHERE partnership_id = $1 ORDER BY occurred_at, id`,
      [partnershipId],
    );
  }

  /** Tasks, newest last; `today` decides which open tasks are overdue (past their due date). */
  async findTasks(filter: {
    partnershipId?: string;
    addressedTo?: string;
    publicParty?: string;
    openOnly?: boolean;
    today: string;
  }): Promise<TaskRow[]> {
    const where: string[] = [];
    const params: unknown[] = [filter.today];
    if (filter.partnershipId) where.push(`t.partnership_id = $${params.push(filter.partnershipId)}`);
    if (filter.addressedTo) where.push(`t.addressed_to = $${params.push(filter.addressedTo)}`);
    if (filter.publicParty) where.push(`p.public_party_name = $${params.push(filter.publicParty)}`);
    if (filter.openOnly) where.push(`t.status = 'OPEN'`);
    return this.dataSource.query(
      `SELECT t.partnership_id AS "partnershipId", p.title AS "partnershipTitle", t.task_id AS "taskId", t.type,
              t.addressed_to AS "addressedTo", to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate", t.status,
              t.created_at AS "createdAt", t.closed_at AS "closedAt", t.ref,
              (t.status = 'OPEN' AND t.due_date < $1::date) AS overdue
       FROM tasks t JOIN partnerships p ON p.id = t.partnership_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY t.due_date, t.created_at`,
      params,
    );
  }
}
