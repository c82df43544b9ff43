import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { InitiativeState, InitiativeStatus } from '../../domain/src';
import type { InitiativeReadModelWrite } from '../../../workflows/initiative/types';
import type { TimelineEntry } from './auditing.repository';
import { FrameworkReadsRepository } from './framework-reads.repository';
import { CURRENT_HASH_VERSION, type AuditContentFields } from './hash-chain';
import { named } from './named-sql';
import { appendChainedRecords } from './process-chain-write';
import { commandKeyOf, stepFields } from './read-model-write';

export type { InitiativeReadModelWrite } from '../../../workflows/initiative/types';

/**
 * The process row (once), the initiatives row when the write's revision is newer than the stored one (always the
 * whole state: see InitiativeReadModelWrite), its two parties and its tasks.
 */
const INITIATIVE_PROJECTION = `WITH process_written AS (
    INSERT INTO processes (id, kind, title, public_party_name, workflow_id, created_at)
    VALUES (:processId, 'INITIATIVE', :title, :publicPartyName, :workflowId, :createdAt)
    ON CONFLICT (id) DO NOTHING
  ),
  i AS (
    INSERT INTO initiatives (id, workflow_id, title, public_party_name, organisation_number, organisation_name, status, outcome,
                             partnership_id, revision, state, created_at, updated_at)
    VALUES (:processId, :workflowId, :title, :publicPartyName, :organisationNumber, :organisationName, :status, :outcome,
            :partnershipId, :revision, :state::jsonb, :createdAt, :updatedAt)
    ON CONFLICT (id) DO UPDATE SET
      status = EXCLUDED.status, outcome = EXCLUDED.outcome, partnership_id = EXCLUDED.partnership_id,
      revision = EXCLUDED.revision, state = EXCLUDED.state, updated_at = EXCLUDED.updated_at
    WHERE initiatives.revision < EXCLUDED.revision
    RETURNING id
  ),
  parties_written AS (
    INSERT INTO parties (process_id, party_key, kind, name, organisation_number, status, status_reason, position)
    SELECT i.id, x.key, x.kind, x.name, x.number, 'ACCEPTED', NULL, x.position
    FROM i, jsonb_to_recordset(:parties::jsonb) AS x(key text, kind text, name text, number text, position int)
    ON CONFLICT (process_id, party_key) DO NOTHING
  ),
  tasks_written AS (
    INSERT INTO tasks (process_id, task_id, type, addressed_to, due_date, status, created_at, closed_at, ref)
    SELECT i.id, x.id, x.type, x."addressedTo", x."dueDate", x.status, x."createdAt", x."closedAt", x.ref
    FROM i, jsonb_to_recordset(:tasks::jsonb) AS x(id text, type text, "addressedTo" text, "dueDate" date, status text,
                                                 "createdAt" timestamptz, "closedAt" timestamptz, ref text)
    ON CONFLICT (process_id, task_id) DO UPDATE SET status = EXCLUDED.status, closed_at = EXCLUDED.closed_at, due_date = EXCLUDED.due_date
    WHERE tasks.status IS DISTINCT FROM EXCLUDED.status OR tasks.due_date IS DISTINCT FROM EXCLUDED.due_date
  )
  SELECT count(*)::int AS written FROM i`;

function projectionParams(write: InitiativeReadModelWrite): Record<string, unknown> {
  const { state } = write;
  return {
    processId: write.initiativeId,
    workflowId: write.workflowId,
    title: state.title,
    publicPartyName: state.publicParty.name,
    organisationNumber: state.organisation.organisationNumber,
    organisationName: state.organisation.name,
    status: state.status,
    outcome: state.decision?.outcome ?? null,
    partnershipId: state.decision?.partnershipId ?? null,
    revision: state.revision,
    state: JSON.stringify(state),
    createdAt: state.submittedAt,
    updatedAt: write.steps[write.steps.length - 1]?.occurredAt ?? state.submittedAt,
    parties: JSON.stringify([
      { key: 'PUBLIC', kind: 'PUBLIC', name: state.publicParty.name, number: null, position: 0 },
      {
        key: state.organisation.organisationNumber,
        kind: 'ORGANISATION',
        name: state.organisation.name,
        number: state.organisation.organisationNumber,
        position: 1,
      },
    ]),
    tasks: JSON.stringify(state.tasks),
  };
}

function auditFields(write: InitiativeReadModelWrite): AuditContentFields | undefined {
  if (!write.audit) return undefined;
  return {
    ...write.audit,
    target: write.initiativeId,
    outcome: 'ACCEPTED',
    reason: null,
    commandKey: commandKeyOf(write.initiativeId, write.state.revision),
    path: null,
    pathLength: null,
    hashVersion: CURRENT_HASH_VERSION,
  };
}

/** An initiative's row as the API reads it, with its whole state. */
export interface InitiativeRow {
  id: string;
  title: string;
  publicPartyName: string;
  organisationNumber: string;
  organisationName: string;
  status: InitiativeStatus;
  outcome: string | null;
  partnershipId: string | null;
  state: InitiativeState;
  createdAt: string;
}

/** Whose initiatives a list shows: an officer's public party's, a representative's organisation's, or all (auditor). */
export interface InitiativeListScope {
  publicParty?: string;
  organisationNumber?: string;
}

/** Initiatives are few (a handful a year per public party); a list stops far above that. */
const MAX_LISTED = 500;

const ROW = `id, title, public_party_name AS "publicPartyName", organisation_number AS "organisationNumber",
  organisation_name AS "organisationName", status, outcome, partnership_id AS "partnershipId", state, created_at AS "createdAt"`;

/**
 * The read model of initiatives: written by the initiative workflow's activity alone, in one transaction with the
 * steps and the audit entry as the next links of the process's hash chain; read by the API.
 */
@Injectable()
export class InitiativeReadModelRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sync(write: InitiativeReadModelWrite): Promise<void> {
    const steps = write.steps.map((step) => stepFields(write.initiativeId, step, write.requestId));
    const projection = named(INITIATIVE_PROJECTION, projectionParams(write));
    await this.dataSource.transaction(async (manager) => {
      await manager.query(projection.text, projection.values);
      await appendChainedRecords(manager, write.initiativeId, steps, auditFields(write));
    });
  }

  async findById(id: string): Promise<InitiativeRow | null> {
    const rows: InitiativeRow[] = await this.dataSource.query(`SELECT ${ROW} FROM initiatives WHERE id = $1`, [id]);
    return rows.length === 0 ? null : { ...rows[0], createdAt: new Date(rows[0].createdAt).toISOString() };
  }

  async list(scope: InitiativeListScope): Promise<InitiativeRow[]> {
    const rows: InitiativeRow[] = await this.dataSource.query(
      `SELECT ${ROW} FROM initiatives
       WHERE ($1::text IS NULL OR public_party_name = $1) AND ($2::text IS NULL OR organisation_number = $2)
       ORDER BY created_at DESC, id LIMIT ${MAX_LISTED}`,
      [scope.publicParty ?? null, scope.organisationNumber ?? null],
    );
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
  }

  /** Steps, tasks and audit entries, oldest first: the same timeline as every kind's, read by the process's id. */
  timeline(id: string): Promise<TimelineEntry[]> {
    return new FrameworkReadsRepository(this.dataSource).timeline(id);
  }
}
