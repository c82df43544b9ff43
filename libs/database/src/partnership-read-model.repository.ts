import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { PartnershipState } from '../../domain/src';
import { auditContent, AuditContentFields, canonicalJson, GENESIS_HASH, stepContent, StepContentFields } from './hash-chain';
import { appendChainedRecords } from './process-chain-write';
import { named } from './named-sql';
import {
  auditFields,
  CHAINED_STEPS,
  CHAINED_STEPS_OF_A_NEW_CHAIN,
  PROJECTION,
  projectionParams,
  ReadModelSync,
  stepFields,
} from './read-model-write';

import { STATE_PATCH_GAP_SQLSTATE } from './migrations/1764702000000-ApplyStatePatchesInTheReadModel';
import { prepared } from './prepared-statements';

export { commandKeyOf } from './read-model-write';
export type { MoveAuditEntry, ReadModelSync } from './read-model-write';

export interface PartnershipRow {
  id: string;
  workflowId: string;
  revision: number;
  state: PartnershipState;
  createdAt: Date;
}

/** A step record as the API reads it: the hashed fields (less the partnership) and the request it came in. */
export interface StepRow extends Omit<StepContentFields, 'partnershipId' | 'occurredAt' | 'hashVersion' | 'requestId'> {
  occurredAt: Date;
  requestId: string | null;
}

/**
 * A step of a write as `findSteps` reads it back once stored: so that an answer made from the write it has just
 * stored (a start's) is the same as a read of it.
 */
export function stepRowOf(partnershipId: string, step: ReadModelSync['steps'][number], requestId: string | undefined): StepRow {
  const { partnershipId: _partnership, occurredAt, hashVersion: _version, record: _record, ...fields } = stepFields(partnershipId, step, requestId);
  return { ...fields, occurredAt: new Date(occurredAt), requestId: requestId ?? null };
}

const UNIQUE_VIOLATION = '23505';

/** The read model refused a write's state patch: it does not hold the patch's base revision (see iop_written_state). */
export const isStatePatchGap = (error: unknown): boolean => (error as { code?: unknown } | undefined)?.code === STATE_PATCH_GAP_SQLSTATE;

/**
 * The PostgreSQL read model of partnerships. It holds only what the workflow decided: each write is one the workflow
 * owes, made by the API before it answers a move and by the workflow's activity. Every write is idempotent: steps
 * are keyed by (partnership, step key), and the projection carries the workflow's revision, so a retried, late or
 * second write never duplicates a row nor brings back an older state.
 */
@Injectable()
export class PartnershipReadModelRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Writes what a move changed. This write sits on every move's path, so it is usually one statement: the
   * partnership and its projection (parties, tasks, draft versions, decisions, signatures) if its revision is newer
   * than the stored one, and the steps not yet stored as the next links of the partnership's hash chain, hashed by
   * PostgreSQL under the lock of the chain's head. A partnership's first write (its chain has no head yet), and a
   * write that raced a retry of itself, take the transactional path instead.
   */
  async sync(input: ReadModelSync): Promise<void> {
    const steps = input.steps.map((step) => stepFields(input.partnershipId, step, input.requestId));
    const audit = auditFields(input);
    // The opening creates the chain's head, which the single statement cannot both create and move.
    if (!input.steps.some((step) => step.action === 'PARTNERSHIP_OPENED')) {
      if (await this.inOneStatement(input, steps, audit)) return;
    } else if (await this.alreadyWritten(input.partnershipId, steps, audit)) {
      // The API writes the opening before it answers the start, and the workflow's first task writes it again: one
      // indexed read instead of the transaction that would find everything there.
      return;
    }
    await this.writeInTransaction(input, steps, audit);
  }

  /**
   * The API's write of the opening of a partnership it has just started (an id no request used before): nobody but
   * the workflow's first task can be writing it, so it is one statement that creates the chain with its first links
   * (CHAINED_STEPS_OF_A_NEW_CHAIN), and the transaction only when that task came first. Idempotent all the same, like
   * every write.
   */
  async writeNewOpening(input: ReadModelSync): Promise<void> {
    const steps = input.steps.map((step) => stepFields(input.partnershipId, step, input.requestId));
    const audit = auditFields(input);
    if (await this.inOneStatement(input, steps, audit, 'new chain')) return;
    await this.writeInTransaction(input, steps, audit);
  }

  private async writeInTransaction(input: ReadModelSync, steps: StepContentFields[], audit: AuditContentFields | undefined): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // The partnership row first: the steps refer to it.
      const projection = named(`WITH ${PROJECTION} SELECT count(*) FROM p`, projectionParams(input));
      await manager.query(prepared(projection.text), projection.values);
      await this.insertSteps(manager, input.partnershipId, steps, audit);
    });
  }

  /**
   * Whether every step of this write and its audit entry are stored. They are stored in one transaction (or one
   * statement) with the projection of their revision, so all of them there means the whole write is.
   */
  private async alreadyWritten(partnershipId: string, steps: StepContentFields[], audit: AuditContentFields | undefined): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      prepared(`SELECT (SELECT count(*) FROM step_records WHERE process_id = $1 AND step_key = ANY($2::text[]))::int AS stored,
              ($3::text IS NULL OR EXISTS (SELECT 1 FROM audit_log WHERE command_key = $3)) AS audited`),
      [partnershipId, steps.map((step) => step.stepKey), audit?.commandKey ?? null],
    )) as { stored: number; audited: boolean }[];
    return row.stored === steps.length && row.audited;
  }

  /**
   * The write as one statement, after the chain's stored head or (an opening no one wrote) as a new chain. False when
   * the chain has no head yet, when a new chain's opening found another writer's, or when the statement met a
   * uniqueness conflict it does not resolve itself.
   */
  private async inOneStatement(
    input: ReadModelSync,
    steps: StepContentFields[],
    audit: AuditContentFields | undefined,
    chain: 'after its head' | 'new chain' = 'after its head',
  ): Promise<boolean> {
    try {
      const chained = steps.map((row, ord) => ({ ...row, content: canonicalJson(stepContent(row)), ord }));
      const audited = audit ? [{ ...audit, content: canonicalJson(auditContent(audit)) }] : [];
      const links =
        chain === 'new chain'
          ? `${CHAINED_STEPS_OF_A_NEW_CHAIN} SELECT (SELECT count(*) FROM p)::int AS projected, (SELECT count(*) FROM head_created)::int AS heads`
          : `${CHAINED_STEPS} SELECT (SELECT count(*) FROM p)::int AS projected, (SELECT count(*) FROM head)::int AS heads`;
      const statement = named(`WITH RECURSIVE ${PROJECTION}, ${links}`, {
        ...projectionParams(input),
        steps: JSON.stringify(chained),
        audit: JSON.stringify(audited),
        genesis: GENESIS_HASH,
      });
      const [written] = (await this.dataSource.query(prepared(statement.text), statement.values)) as { heads: number }[];
      return written.heads > 0 || (steps.length === 0 && !audit);
    } catch (error) {
      // A second writer of the same steps is skipped by ON CONFLICT; any other conflict (a place in the chain already
      // taken, a new chain's head another writer created) is left to the transactional path, which reads the chain
      // afresh under its lock.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return false;
      throw error;
    }
  }

  /** Writes each step once, and then the move's audit entry once, as the next links of the partnership's hash chain. */
  private async insertSteps(manager: EntityManager, partnershipId: string, steps: StepContentFields[], audit?: AuditContentFields): Promise<void> {
    await appendChainedRecords(manager, partnershipId, steps, audit);
  }

  async findById(id: string): Promise<PartnershipRow | null> {
    const rows: { id: string; workflow_id: string; revision: number; state: PartnershipState | null; created_at: Date }[] =
      await this.dataSource.query(prepared(`SELECT id, workflow_id, revision, state, created_at FROM partnerships WHERE id = $1`), [id]);
    const row = rows[0];
    if (!row || !row.state) return null;
    return { id: row.id, workflowId: row.workflow_id, revision: row.revision, state: row.state, createdAt: row.created_at };
  }

  async findSteps(partnershipId: string): Promise<StepRow[]> {
    return this.dataSource.query(
      prepared(`SELECT step_key AS "stepKey", phase, action, responsible_kind AS "responsibleKind",
              responsible_organisation_number AS "responsibleOrganisationNumber", level_aimed_for AS "levelAimedFor",
              level_reached AS "levelReached", actor, occurred_at AS "occurredAt", evidence, request_id AS "requestId"
       FROM step_records WHERE process_id = $1 ORDER BY occurred_at, chain_seq, id`),
      [partnershipId],
    );
  }
}
