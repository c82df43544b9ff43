import type { OrganisationParty, PartnershipState, ProcessStep, StepRecord } from '../../domain/src';
import { revisionOfWrite, type ReadModelDelta } from '../../../workflows/partnership/types';
import { partnershipRowOf } from '../../../workflows/partnership/read-model-delta';
import { chainLinkSql } from './chain-link.sql';
import { AuditContentFields, CURRENT_HASH_VERSION, StepContentFields } from './hash-chain';

// The read-model write as SQL: what a write carries, its statements' fragments and their parameters. The repository
// (partnership-read-model.repository.ts) runs them, in one statement or in a transaction.

/**
 * The audit entry of the accepted command that made a write, as the API described it and the workflow timed it:
 * written in the same statement (or transaction) as the write's steps, so that an accepted move never lacks its
 * entry and never has two (both writers of the write store it under one command key).
 */
export type MoveAuditEntry = Pick<
  AuditContentFields,
  'requestId' | 'actor' | 'actorRole' | 'actorPublicParty' | 'actorOrganisation' | 'action' | 'statusCode'
> & {
  /** The instant the workflow accepted the command. */
  occurredAt: string;
};

/**
 * A write as the workflow owes it: with the whole state (the opening, a write after a failed one, older executions)
 * or with what the move changed (`delta`: the partnership row, the changed child rows, the state as a patch).
 */
export interface ReadModelSync {
  partnershipId: string;
  workflowId: string;
  state?: PartnershipState;
  delta?: ReadModelDelta;
  steps: StepRecord[];
  requestId?: string;
  audit?: MoveAuditEntry;
}

/** One accepted command, one key: a move raises the revision exactly once (the opening is revision 0). */
export const commandKeyOf = (partnershipId: string, revision: number): string => `${partnershipId}:${revision}`;

/** The columns of a step record as the writes pass them in JSON. */
export const STEP_COLUMNS = `"stepKey" text, phase text, action text, "responsibleKind" text, "responsibleOrganisationNumber" text,
  "levelAimedFor" text, "levelReached" text, actor text, "occurredAt" timestamptz, evidence jsonb, "requestId" text,
  record jsonb, "hashVersion" smallint`;

/** The columns of a move's audit entry as the writes pass it in JSON. */
export const AUDIT_COLUMNS = `"occurredAt" timestamptz, "requestId" text, actor text, "actorRole" text, "actorPublicParty" text,
  "actorOrganisation" text, action text, target text, outcome text, "statusCode" int, "commandKey" text, "hashVersion" smallint`;

/** Where a write's steps go: the same columns on the one-statement path and the transactional one. */
export const INSERT_STEP_RECORDS = `INSERT INTO step_records (process_id, step_key, phase, action, responsible_kind,
  responsible_organisation_number, level_aimed_for, level_reached, actor, occurred_at, evidence, request_id, record, hash_version,
  chain_key, chain_seq, prev_hash, hash)`;

/** Where a move's audit entry goes, on either path. */
export const INSERT_MOVE_AUDIT_ENTRIES = `INSERT INTO audit_log (occurred_at, request_id, actor, actor_role, actor_public_party,
  actor_organisation, action, target, outcome, status_code, reason, command_key, hash_version, chain_key, chain_seq, prev_hash, hash)`;

/**
 * The partnership row and its projection (the named values of `projectionParams`), as common table expressions:
 * `p` is the partnership row when it was written. Its process row (what every kind of process has) is written once,
 * with the first write, and never changes. Its state is the write's whole state, or its patch applied on top of the
 * base revision, which the row must hold (otherwise SQLSTATE IOP01: the write is made again whole). The child rows
 * are written only when the partnership row was: an older revision arriving late has nothing newer to say. Foreign
 * keys are checked at the end of the statement, when the process and partnership rows exist. The framework a
 * partnership was entered within (`framework_id`) is written by its first write and kept by every later one.
 */
export const PROJECTION = `process_written AS (
    INSERT INTO processes (id, kind, title, public_party_name, workflow_id, created_at)
    VALUES (:processId, 'PARTNERSHIP', :title, :publicPartyName, :workflowId, :createdAt)
    ON CONFLICT (id) DO NOTHING
  ),
  p AS (
    INSERT INTO partnerships (id, workflow_id, title, phase, created_at, updated_at, revision, public_party_name, state,
                              ended_reason, agreement_start, agreement_end, framework_id)
    VALUES (:processId, :workflowId, :title, :phase, :createdAt, :updatedAt, :revision, :publicPartyName,
            iop_state_to_insert(EXISTS (SELECT 1 FROM partnerships WHERE id = :processId), :state::jsonb),
            :endedReason, :agreementStart, :agreementEnd, :frameworkId::uuid)
    ON CONFLICT (id) DO UPDATE SET
      phase = EXCLUDED.phase, updated_at = EXCLUDED.updated_at, revision = EXCLUDED.revision,
      state = iop_written_state(partnerships.revision, partnerships.state, :state::jsonb),
      ended_reason = EXCLUDED.ended_reason, agreement_start = EXCLUDED.agreement_start, agreement_end = EXCLUDED.agreement_end,
      framework_id = coalesce(partnerships.framework_id, EXCLUDED.framework_id)
    WHERE partnerships.revision < EXCLUDED.revision
    RETURNING id
  ),
  parties_written AS (
    INSERT INTO parties (process_id, party_key, kind, name, organisation_number, status, status_reason, position)
    SELECT p.id, x.key, x.kind, x.name, x.number, x.status, x.reason, x.position
    FROM p, jsonb_to_recordset(:parties::jsonb) AS x(key text, kind text, name text, number text, status text, reason text, position int)
    ON CONFLICT (process_id, party_key) DO UPDATE SET status = EXCLUDED.status, status_reason = EXCLUDED.status_reason
  ),
  tasks_written AS (
    INSERT INTO tasks (process_id, task_id, type, addressed_to, due_date, status, created_at, closed_at, ref)
    SELECT p.id, x.id, x.type, x."addressedTo", x."dueDate", x.status, x."createdAt", x."closedAt", x.ref
    FROM p, jsonb_to_recordset(:tasks::jsonb) AS x(id text, type text, "addressedTo" text, "dueDate" date, status text,
                                                 "createdAt" timestamptz, "closedAt" timestamptz, ref text)
    ON CONFLICT (process_id, task_id) DO UPDATE SET status = EXCLUDED.status, closed_at = EXCLUDED.closed_at
    WHERE tasks.status IS DISTINCT FROM EXCLUDED.status
  ),
  drafts_written AS (
    INSERT INTO draft_versions (partnership_id, version, round, submitted_by, submitted_at, content)
    SELECT p.id, (x->>'version')::int, (x->>'round')::int, x->>'submittedBy', (x->>'submittedAt')::timestamptz, x
    FROM p, jsonb_array_elements(:drafts::jsonb) AS x
    ON CONFLICT (partnership_id, version) DO UPDATE SET content = EXCLUDED.content
    WHERE draft_versions.content IS DISTINCT FROM EXCLUDED.content
  ),
  decisions_written AS (
    INSERT INTO decisions (partnership_id, seq, round, draft_version, body, meeting_date, diarienummer, paragraph, outcome, reasons, recorded_at)
    SELECT p.id, x.seq, x.round, x."draftVersion", x.body, x."meetingDate", x.diarienummer, x.paragraph, x.outcome, x.reasons, x."recordedAt"
    FROM p, jsonb_to_recordset(:decisions::jsonb) AS x(seq int, round int, "draftVersion" int, body text, "meetingDate" date, diarienummer text,
                                                 paragraph text, outcome text, reasons text, "recordedAt" timestamptz)
    ON CONFLICT (partnership_id, seq) DO NOTHING
  ),
  signatures_written AS (
    INSERT INTO signatures (partnership_id, round, decision_seq, party_key, draft_version, signatory_name, signed_at)
    SELECT p.id, x.round, COALESCE(x."decisionSeq", 0), x.party, x."draftVersion", x."signatoryName", x."signedAt"
    FROM p, jsonb_to_recordset(:signatures::jsonb) AS x(round int, "decisionSeq" int, party text, "draftVersion" int, "signatoryName" text,
                                                  "signedAt" timestamptz)
    ON CONFLICT (partnership_id, round, decision_seq, party_key) DO NOTHING
  )`;

/** The links after `head` (a CTE the statement names before these): the fresh steps and audit entry, hashed and written. */
const LINKED_AFTER_HEAD = `fresh_steps AS (
    SELECT x.*, row_number() OVER (ORDER BY x.ord) AS n
    FROM jsonb_to_recordset(:steps::jsonb) AS x(${STEP_COLUMNS}, content text, ord int)
    WHERE NOT EXISTS (SELECT 1 FROM step_records s WHERE s.process_id = :processId AND s.step_key = x."stepKey")
  ),
  fresh_audit AS (
    SELECT x.*, (SELECT count(*) FROM fresh_steps) + 1 AS n
    FROM jsonb_to_recordset(:audit::jsonb) AS x(${AUDIT_COLUMNS}, content text)
    WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.command_key = x."commandKey")
  ),
  fresh AS (SELECT n, content FROM fresh_steps UNION ALL SELECT n, content FROM fresh_audit),
  links (n, seq, hash) AS (
    SELECT 0::bigint, head.seq, head.hash FROM head
    UNION ALL
    SELECT l.n + 1, l.seq + 1, ${chainLinkSql('l.hash', 'f.content')}
    FROM links l JOIN fresh f ON f.n = l.n + 1
  ),
  steps_written AS (
    ${INSERT_STEP_RECORDS}
    SELECT :processId, f."stepKey", f.phase, f.action, f."responsibleKind", f."responsibleOrganisationNumber", f."levelAimedFor",
           f."levelReached", f.actor, f."occurredAt", f.evidence, f."requestId", f.record, f."hashVersion", :processId::text, l.seq, prev.hash, l.hash
    FROM fresh_steps f JOIN links l ON l.n = f.n JOIN links prev ON prev.n = f.n - 1
    ON CONFLICT (process_id, step_key) DO NOTHING
    RETURNING chain_seq, hash
  ),
  audit_written AS (
    ${INSERT_MOVE_AUDIT_ENTRIES}
    SELECT f."occurredAt", f."requestId", f.actor, f."actorRole", f."actorPublicParty", f."actorOrganisation", f.action, f.target,
           f.outcome, f."statusCode", NULL, f."commandKey", f."hashVersion", :processId::text, l.seq, prev.hash, l.hash
    FROM fresh_audit f JOIN links l ON l.n = f.n JOIN links prev ON prev.n = f.n - 1
    ON CONFLICT (command_key) DO NOTHING
    RETURNING chain_seq, hash
  )`;

/** The last link this statement wrote: where the chain's head goes. */
const LAST_LINK = `(SELECT chain_seq, hash FROM (SELECT * FROM steps_written UNION ALL SELECT * FROM audit_written) w
          ORDER BY chain_seq DESC LIMIT 1) last`;

/**
 * The steps (:steps, in order) not yet stored, then the move's audit entry (:audit, none or one) if not yet stored, linked
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
export const CHAINED_STEPS = `head AS (SELECT seq, hash FROM hash_chain_heads WHERE chain_key = :processId::text FOR UPDATE),
  ${LINKED_AFTER_HEAD},
  head_moved AS (
    UPDATE hash_chain_heads h SET seq = last.chain_seq, hash = last.hash
    FROM ${LAST_LINK}
    WHERE h.chain_key = :processId::text
  )`;

/**
 * A new chain's first links (a partnership's opening, which nobody has written yet): CHAINED_STEPS from the start of
 * every chain (seq 0, the genesis hash, :genesis) instead of a stored head, and the head created where they end, all
 * in one statement instead of a transaction of five round trips. Another writer of the same opening (the workflow's
 * first task) either finished first, and then nothing here is fresh and no head is created (`head_created` is
 * empty), or is still writing, and then this statement waits for it and fails on the head it created (a uniqueness
 * conflict): in both cases the caller takes the transactional path, which finds what is there. The partnership row
 * is written before the head, as the transactional path does, so two writers wait for each other instead of
 * deadlocking.
 */
export const CHAINED_STEPS_OF_A_NEW_CHAIN = `head AS (SELECT 0::bigint AS seq, :genesis::text AS hash),
  ${LINKED_AFTER_HEAD},
  head_created AS (
    INSERT INTO hash_chain_heads (chain_key, seq, hash)
    SELECT :processId::text, last.chain_seq, last.hash FROM ${LAST_LINK}
    RETURNING seq
  )`;

const organisationRow = (o: OrganisationParty, position: number) => ({
  key: o.organisationNumber,
  kind: 'ORGANISATION',
  name: o.name,
  number: o.organisationNumber,
  status: o.status,
  reason: o.statusReason ?? null,
  position,
});

/**
 * The named values of PROJECTION. A whole state gives every row, and itself as the `state` value; a delta gives only
 * the rows the move changed, and its patch on top of its base revision as the `state` value (see iop_written_state).
 */
export function projectionParams(input: ReadModelSync): Record<string, unknown> {
  const { state, delta } = input;
  if (!state && !delta) throw new Error('A read-model write carries either its state or its delta');
  const row = state ? partnershipRowOf(state) : delta!.partnership;
  const rows = state
    ? {
        parties: [
          { key: 'PUBLIC', kind: 'PUBLIC', name: state.publicParty.name, number: null, status: 'ACCEPTED', reason: null, position: 0 },
          ...state.organisations.map((o, i) => organisationRow(o, i + 1)),
        ],
        tasks: state.tasks,
        drafts: state.drafts,
        decisions: state.decisions,
        signatures: state.signatures,
      }
    : { ...delta!.changed, parties: delta!.changed.organisations.map(({ organisation, position }) => organisationRow(organisation, position)) };
  return {
    processId: input.partnershipId,
    workflowId: input.workflowId,
    title: row.title,
    phase: row.phase,
    createdAt: row.openedAt,
    updatedAt: input.steps[input.steps.length - 1]?.occurredAt ?? row.openedAt,
    revision: revisionOfWrite(input),
    publicPartyName: row.publicPartyName,
    state: JSON.stringify(state ?? { baseRevision: delta!.baseRevision, patch: delta!.statePatch }),
    endedReason: row.endedReason,
    agreementStart: row.agreementStart,
    agreementEnd: row.agreementEnd,
    // The framework never changes after the opening; a delta of an execution from before frameworks names none.
    frameworkId: row.frameworkId ?? null,
    parties: JSON.stringify(rows.parties),
    tasks: JSON.stringify(rows.tasks),
    drafts: JSON.stringify(rows.drafts),
    decisions: JSON.stringify(rows.decisions),
    signatures: JSON.stringify(rows.signatures),
  };
}

/** A step of any kind of process as its row stores it: the fields its hash covers (every column but the chain's own). */
export function stepFields(partnershipId: string, step: ProcessStep<string, string, unknown>, requestId: string | undefined): StepContentFields {
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
export function auditFields(input: ReadModelSync): AuditContentFields | undefined {
  if (!input.audit) return undefined;
  return {
    ...input.audit,
    target: input.partnershipId,
    outcome: 'ACCEPTED',
    reason: null,
    commandKey: commandKeyOf(input.partnershipId, revisionOfWrite(input)),
    path: null,
    pathLength: null,
    hashVersion: CURRENT_HASH_VERSION,
  };
}
