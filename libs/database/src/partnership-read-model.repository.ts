import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { PartnershipState, StepRecord } from '../../domain/src';
import { auditContent, AuditContentFields, canonicalJson, CURRENT_HASH_VERSION, GENESIS_HASH, linkHash, stepContent, StepContentFields } from './hash-chain';

/**
 * The audit entry of the accepted command that made a write, as the API described it and the workflow timed it:
 * written in the same statement (or transaction) as the write's steps, so that an accepted move never lacks its
 * entry and never has two (both writers of the write store it under one command key).
 */
export type MoveAuditEntry = Pick<AuditContentFields, 'requestId' | 'actor' | 'actorRole' | 'actorPublicParty' | 'actorOrganisation' | 'action' | 'statusCode'> & {
  /** The instant the workflow accepted the command. */
  occurredAt: string;
};

export interface ReadModelSync {
  partnershipId: string;
  workflowId: string;
  state: PartnershipState;
  steps: StepRecord[];
  requestId?: string;
  audit?: MoveAuditEntry;
}

/** One accepted command, one key: a move raises the revision exactly once (the opening is revision 0). */
export const commandKeyOf = (partnershipId: string, revision: number): string => `${partnershipId}:${revision}`;

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

export interface PartnershipScope {
  publicParty: string;
  organisationNumbers: string[];
}

const UNIQUE_VIOLATION = '23505';

/** The columns of a step record as the writes pass them in JSON. */
const STEP_COLUMNS = `"stepKey" text, phase text, action text, "responsibleKind" text, "responsibleOrganisationNumber" text,
  "levelAimedFor" text, "levelReached" text, actor text, "occurredAt" timestamptz, evidence jsonb, "requestId" text,
  record jsonb, "hashVersion" smallint`;

/** The columns of a move's audit entry as the writes pass it in JSON. */
const AUDIT_COLUMNS = `"occurredAt" timestamptz, "requestId" text, actor text, "actorRole" text, "actorPublicParty" text,
  "actorOrganisation" text, action text, target text, outcome text, "statusCode" int, "commandKey" text, "hashVersion" smallint`;

/**
 * The partnership row and its projection ($1–$17), as common table expressions: `p` is the partnership row when it
 * was written. The child rows are written only when the partnership row was: an older revision arriving late has
 * nothing newer to say. Foreign keys are checked at the end of the statement, when the partnership row exists.
 */
const PROJECTION = `p AS (
    INSERT INTO partnerships (id, workflow_id, title, phase, created_at, updated_at, revision, public_party_name, state,
                              ended_reason, agreement_start, agreement_end)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
    ON CONFLICT (id) DO UPDATE SET
      phase = EXCLUDED.phase, updated_at = EXCLUDED.updated_at, revision = EXCLUDED.revision, state = EXCLUDED.state,
      ended_reason = EXCLUDED.ended_reason, agreement_start = EXCLUDED.agreement_start, agreement_end = EXCLUDED.agreement_end
    WHERE partnerships.revision < EXCLUDED.revision
    RETURNING id
  ),
  parties_written AS (
    INSERT INTO parties (partnership_id, party_key, kind, name, organisation_number, status, status_reason, position)
    SELECT p.id, x.key, x.kind, x.name, x.number, x.status, x.reason, x.position
    FROM p, jsonb_to_recordset($13::jsonb) AS x(key text, kind text, name text, number text, status text, reason text, position int)
    ON CONFLICT (partnership_id, party_key) DO UPDATE SET status = EXCLUDED.status, status_reason = EXCLUDED.status_reason
  ),
  tasks_written AS (
    INSERT INTO tasks (partnership_id, task_id, type, addressed_to, due_date, status, created_at, closed_at, ref)
    SELECT p.id, x.id, x.type, x."addressedTo", x."dueDate", x.status, x."createdAt", x."closedAt", x.ref
    FROM p, jsonb_to_recordset($14::jsonb) AS x(id text, type text, "addressedTo" text, "dueDate" date, status text,
                                                 "createdAt" timestamptz, "closedAt" timestamptz, ref text)
    ON CONFLICT (partnership_id, task_id) DO UPDATE SET status = EXCLUDED.status, closed_at = EXCLUDED.closed_at
    WHERE tasks.status IS DISTINCT FROM EXCLUDED.status
  ),
  drafts_written AS (
    INSERT INTO draft_versions (partnership_id, version, round, submitted_by, submitted_at, content)
    SELECT p.id, (x->>'version')::int, (x->>'round')::int, x->>'submittedBy', (x->>'submittedAt')::timestamptz, x
    FROM p, jsonb_array_elements($15::jsonb) AS x
    ON CONFLICT (partnership_id, version) DO UPDATE SET content = EXCLUDED.content
    WHERE draft_versions.content IS DISTINCT FROM EXCLUDED.content
  ),
  decisions_written AS (
    INSERT INTO decisions (partnership_id, seq, round, draft_version, body, meeting_date, diarienummer, paragraph, outcome, reasons, recorded_at)
    SELECT p.id, x.seq, x.round, x."draftVersion", x.body, x."meetingDate", x.diarienummer, x.paragraph, x.outcome, x.reasons, x."recordedAt"
    FROM p, jsonb_to_recordset($16::jsonb) AS x(seq int, round int, "draftVersion" int, body text, "meetingDate" date, diarienummer text,
                                                 paragraph text, outcome text, reasons text, "recordedAt" timestamptz)
    ON CONFLICT (partnership_id, seq) DO NOTHING
  ),
  signatures_written AS (
    INSERT INTO signatures (partnership_id, round, party_key, draft_version, signatory_name, signed_at)
    SELECT p.id, x.round, x.party, x."draftVersion", x."signatoryName", x."signedAt"
    FROM p, jsonb_to_recordset($17::jsonb) AS x(round int, party text, "draftVersion" int, "signatoryName" text, "signedAt" timestamptz)
    ON CONFLICT (partnership_id, round, party_key) DO NOTHING
  )`;

/**
 * The steps ($18, in order) not yet stored, then the move's audit entry ($19, none or one) if not yet stored, linked
 * after the chain's head, which this statement locks: when another writer of the chain (the audit log) moved it
 * meanwhile, PostgreSQL hands this statement the head as it now is. `links` numbers the new links from the head
 * (n = 0) and hashes each over the previous one; `head` is empty when the chain has none yet, and then nothing is
 * linked. The statement reads `p` before `head`, so that it locks the partnership row before the chain's head, in
 * the same order as the transactional path: two writers of one partnership then wait for each other instead of
 * deadlocking.
 *
 * `fresh_*` are read in the statement's snapshot, taken before the lock: when another writer of this same write (the
 * API and the workflow's activity both make it) stored its rows meanwhile, they conflict and are skipped, and the
 * head moves only past rows this statement inserted. A write's steps and its audit entry are always stored
 * together, so either all of them conflict or none does.
 */
const CHAINED_STEPS = `head AS (SELECT seq, hash FROM hash_chain_heads WHERE chain_key = $1::text FOR UPDATE),
  fresh_steps AS (
    SELECT x.*, row_number() OVER (ORDER BY x.ord) AS n
    FROM jsonb_to_recordset($18::jsonb) AS x(${STEP_COLUMNS}, content text, ord int)
    WHERE NOT EXISTS (SELECT 1 FROM step_records s WHERE s.partnership_id = $1 AND s.step_key = x."stepKey")
  ),
  fresh_audit AS (
    SELECT x.*, (SELECT count(*) FROM fresh_steps) + 1 AS n
    FROM jsonb_to_recordset($19::jsonb) AS x(${AUDIT_COLUMNS}, content text)
    WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.command_key = x."commandKey")
  ),
  fresh AS (SELECT n, content FROM fresh_steps UNION ALL SELECT n, content FROM fresh_audit),
  links (n, seq, hash) AS (
    SELECT 0::bigint, head.seq, head.hash FROM head
    UNION ALL
    SELECT l.n + 1, l.seq + 1, encode(sha256(convert_to(l.hash || E'\\n' || f.content, 'UTF8')), 'hex')
    FROM links l JOIN fresh f ON f.n = l.n + 1
  ),
  steps_written AS (
    INSERT INTO step_records (partnership_id, step_key, phase, action, responsible_kind, responsible_organisation_number,
      level_aimed_for, level_reached, actor, occurred_at, evidence, request_id, record, hash_version, chain_key, chain_seq, prev_hash, hash)
    SELECT $1, f."stepKey", f.phase, f.action, f."responsibleKind", f."responsibleOrganisationNumber", f."levelAimedFor",
           f."levelReached", f.actor, f."occurredAt", f.evidence, f."requestId", f.record, f."hashVersion", $1::text, l.seq, prev.hash, l.hash
    FROM fresh_steps f JOIN links l ON l.n = f.n JOIN links prev ON prev.n = f.n - 1
    ON CONFLICT (partnership_id, step_key) DO NOTHING
    RETURNING chain_seq, hash
  ),
  audit_written AS (
    INSERT INTO audit_log (occurred_at, request_id, actor, actor_role, actor_public_party, actor_organisation, action, target,
      outcome, status_code, reason, command_key, hash_version, chain_key, chain_seq, prev_hash, hash)
    SELECT f."occurredAt", f."requestId", f.actor, f."actorRole", f."actorPublicParty", f."actorOrganisation", f.action, f.target,
           f.outcome, f."statusCode", NULL, f."commandKey", f."hashVersion", $1::text, l.seq, prev.hash, l.hash
    FROM fresh_audit f JOIN links l ON l.n = f.n JOIN links prev ON prev.n = f.n - 1
    ON CONFLICT (command_key) DO NOTHING
    RETURNING chain_seq, hash
  ),
  head_moved AS (
    UPDATE hash_chain_heads h SET seq = last.chain_seq, hash = last.hash
    FROM (SELECT chain_seq, hash FROM (SELECT * FROM steps_written UNION ALL SELECT * FROM audit_written) w
          ORDER BY chain_seq DESC LIMIT 1) last
    WHERE h.chain_key = $1::text
  )`;

function projectionParams(input: ReadModelSync): unknown[] {
  const { state } = input;
  const createdAt = state.round.openedAt;
  const parties = [
    { key: 'PUBLIC', kind: 'PUBLIC', name: state.publicParty.name, number: null, status: 'ACCEPTED', reason: null, position: 0 },
    ...state.organisations.map((o, i) => ({
      key: o.organisationNumber,
      kind: 'ORGANISATION',
      name: o.name,
      number: o.organisationNumber,
      status: o.status,
      reason: o.statusReason ?? null,
      position: i + 1,
    })),
  ];
  return [
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
      JSON.stringify(parties),
      JSON.stringify(state.tasks),
      JSON.stringify(state.drafts),
      JSON.stringify(state.decisions),
      JSON.stringify(state.signatures),
    ];
}

/** A step as its row stores it: the fields its hash covers (every column but the chain's own). */
function stepFields(partnershipId: string, step: StepRecord, requestId: string | undefined): StepContentFields {
  return {
    hashVersion: CURRENT_HASH_VERSION,
    requestId: requestId ?? null,
    // The terms of what the step records (a decision, a signature), where the domain gives them.
    record: step.record ?? null,
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
}

/** The move's audit entry as its row stores it, keyed by the revision the move made. */
function auditFields(input: ReadModelSync): AuditContentFields | undefined {
  if (!input.audit) return undefined;
  return {
    ...input.audit,
    target: input.partnershipId,
    outcome: 'ACCEPTED',
    reason: null,
    commandKey: commandKeyOf(input.partnershipId, input.state.revision),
    path: null,
    pathLength: null,
    hashVersion: CURRENT_HASH_VERSION,
  };
}

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
      if (await this.syncInOneStatement(input, steps, audit)) return;
    }
    await this.dataSource.transaction(async (manager) => {
      // The partnership row first: the steps refer to it.
      await manager.query(`WITH ${PROJECTION} SELECT count(*) FROM p`, projectionParams(input));
      await this.insertSteps(manager, input.partnershipId, steps, audit);
    });
  }

  /** False when the chain has no head yet, or the statement met a uniqueness conflict it does not resolve itself. */
  private async syncInOneStatement(input: ReadModelSync, steps: StepContentFields[], audit: AuditContentFields | undefined): Promise<boolean> {
    try {
      const chained = steps.map((row, ord) => ({ ...row, content: canonicalJson(stepContent(row)), ord }));
      const audited = audit ? [{ ...audit, content: canonicalJson(auditContent(audit)) }] : [];
      const [written] = (await this.dataSource.query(
        `WITH RECURSIVE ${PROJECTION}, ${CHAINED_STEPS} SELECT (SELECT count(*) FROM p)::int AS projected, (SELECT count(*) FROM head)::int AS heads`,
        [...projectionParams(input), JSON.stringify(chained), JSON.stringify(audited)],
      )) as { heads: number }[];
      return written.heads > 0 || (steps.length === 0 && !audit);
    } catch (error) {
      // A second writer of the same steps is skipped by ON CONFLICT; any other conflict (a place in the chain already
      // taken) is left to the transactional path, which reads the chain afresh under its lock.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return false;
      throw error;
    }
  }

  /**
   * Writes each step once, and then the move's audit entry once, as the next links of the partnership's hash chain.
   * Under the chain head's lock, rows a retried write already stored are found and skipped: they get no second row
   * and no second link.
   */
  private async insertSteps(manager: EntityManager, partnershipId: string, steps: StepContentFields[], audit?: AuditContentFields): Promise<void> {
    if (steps.length === 0 && !audit) return;
    const [head] = (await manager.query(
      `WITH head AS (
         INSERT INTO hash_chain_heads (chain_key, seq, hash) VALUES ($1, 0, $2)
         ON CONFLICT (chain_key) DO UPDATE SET seq = hash_chain_heads.seq RETURNING seq, hash
       )
       SELECT head.seq, head.hash, ARRAY(SELECT step_key FROM step_records WHERE partnership_id = $4 AND step_key = ANY($3::text[])) AS known,
              EXISTS (SELECT 1 FROM audit_log WHERE command_key = $5) AS audited
       FROM head`,
      // The partnership id twice: as the chain's key (text) and as the steps' partnership (uuid).
      [partnershipId, GENESIS_HASH, steps.map((s) => s.stepKey), partnershipId, audit?.commandKey ?? null],
    )) as { seq: string; hash: string; known: string[]; audited: boolean }[];
    const known = new Set(head.known);
    let seq = Number(head.seq);
    let previous = head.hash;
    const link = (content: unknown) => {
      const hash = linkHash(previous, content);
      const placed = { seq: (seq += 1), prevHash: previous, hash };
      previous = hash;
      return placed;
    };
    const rows = steps.filter((step) => !known.has(step.stepKey)).map((row) => ({ ...row, ...link(stepContent(row)) }));
    const auditRows = audit && !head.audited ? [{ ...audit, ...link(auditContent(audit)) }] : [];
    if (rows.length === 0 && auditRows.length === 0) return;
    await manager.query(
      `WITH written AS (
         INSERT INTO step_records (partnership_id, step_key, phase, action, responsible_kind, responsible_organisation_number,
           level_aimed_for, level_reached, actor, occurred_at, evidence, request_id, record, hash_version, chain_key, chain_seq, prev_hash, hash)
         SELECT $5, x."stepKey", x.phase, x.action, x."responsibleKind", x."responsibleOrganisationNumber", x."levelAimedFor",
                x."levelReached", x.actor, x."occurredAt", x.evidence, x."requestId", x.record, x."hashVersion", $1, x.seq, x."prevHash", x.hash
         FROM jsonb_to_recordset($2::jsonb) AS x(${STEP_COLUMNS}, seq bigint, "prevHash" text, hash text)
       ),
       audited AS (
         INSERT INTO audit_log (occurred_at, request_id, actor, actor_role, actor_public_party, actor_organisation, action, target,
           outcome, status_code, reason, command_key, hash_version, chain_key, chain_seq, prev_hash, hash)
         SELECT x."occurredAt", x."requestId", x.actor, x."actorRole", x."actorPublicParty", x."actorOrganisation", x.action, x.target,
                x.outcome, x."statusCode", NULL, x."commandKey", x."hashVersion", $1, x.seq, x."prevHash", x.hash
         FROM jsonb_to_recordset($6::jsonb) AS x(${AUDIT_COLUMNS}, seq bigint, "prevHash" text, hash text)
       )
       UPDATE hash_chain_heads SET seq = $3, hash = $4 WHERE chain_key = $1`,
      [partnershipId, JSON.stringify(rows), seq, previous, partnershipId, JSON.stringify(auditRows)],
    );
  }

  async findById(id: string): Promise<PartnershipRow | null> {
    const rows: { id: string; workflow_id: string; revision: number; state: PartnershipState | null; created_at: Date }[] =
      await this.dataSource.query(`SELECT id, workflow_id, revision, state, created_at FROM partnerships WHERE id = $1`, [id]);
    const row = rows[0];
    if (!row || !row.state) return null;
    return { id: row.id, workflowId: row.workflow_id, revision: row.revision, state: row.state, createdAt: row.created_at };
  }


  /**
   * Who a partnership belongs to, for authorization: its public party and its organisations. Asked of the database
   * on every request, though the parties never change once a partnership opens: a command must not be accepted
   * while the database, and with it the audit log, is out of reach.
   */
  async findScope(id: string): Promise<PartnershipScope | null> {
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
       FROM step_records WHERE partnership_id = $1 ORDER BY occurred_at, chain_seq, id`,
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
