import type { FrameworkMember, FrameworkState } from '../../domain/src';
import { frameworkRowOf } from '../../../workflows/framework/read-model-delta';
import { revisionOfFrameworkWrite, type FrameworkReadModelWrite } from '../../../workflows/framework/types';
import { CURRENT_HASH_VERSION, type AuditContentFields } from './hash-chain';
import { commandKeyOf } from './read-model-write';

// The framework's read-model write as SQL: its statement and its parameters. The repository
// (framework-read-model.repository.ts) runs it in one transaction with the chained steps and audit entry.

/**
 * The process row (written once, with the first write), the frameworks row if the write's revision is newer than
 * the stored one (its state the write's whole state, or its patch on top of the base revision, which the row must
 * hold: otherwise SQLSTATE IOP01, and the write is made again whole), and only then the child rows: an older
 * revision arriving late has nothing newer to say. Members and tasks are upserted; parties keep their name and place.
 */
export const FRAMEWORK_PROJECTION = `WITH process_written AS (
    INSERT INTO processes (id, kind, title, public_party_name, workflow_id, created_at)
    VALUES (:processId, 'FRAMEWORK_AGREEMENT', :title, :publicPartyName, :workflowId, :createdAt)
    ON CONFLICT (id) DO NOTHING
  ),
  f AS (
    INSERT INTO frameworks (id, workflow_id, title, public_party_name, status, version_in_force, period_start, period_end,
                            review_due_by, revision, state, created_at, updated_at)
    VALUES (:processId, :workflowId, :title, :publicPartyName, :status, :versionInForce, :periodStart, :periodEnd,
            :reviewDueBy, :revision,
            -- A patch makes no first row (a gap); on an existing row this value is never stored, but the column's NOT
            -- NULL is checked on the proposed row before the conflict is found: hence the placeholder.
            COALESCE(iop_state_to_insert(EXISTS (SELECT 1 FROM frameworks WHERE id = :processId), :state::jsonb), '{}'::jsonb),
            :createdAt, :updatedAt)
    ON CONFLICT (id) DO UPDATE SET
      title = EXCLUDED.title, status = EXCLUDED.status, version_in_force = EXCLUDED.version_in_force,
      period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end, review_due_by = EXCLUDED.review_due_by,
      revision = EXCLUDED.revision, updated_at = EXCLUDED.updated_at,
      state = iop_written_state(frameworks.revision, frameworks.state, :state::jsonb)
    WHERE frameworks.revision < EXCLUDED.revision
    RETURNING id
  ),
  members_written AS (
    INSERT INTO framework_members (framework_id, organisation_number, name, status, applied_at, joined_on, left_on)
    SELECT f.id, x."organisationNumber", x.name, x.status, x."appliedAt", x."joinedOn", x."leftOn"
    FROM f, jsonb_to_recordset(:members::jsonb) AS x("organisationNumber" text, name text, status text, "appliedAt" timestamptz,
                                                     "joinedOn" date, "leftOn" date)
    ON CONFLICT (framework_id, organisation_number) DO UPDATE SET
      name = EXCLUDED.name, status = EXCLUDED.status, applied_at = EXCLUDED.applied_at, joined_on = EXCLUDED.joined_on, left_on = EXCLUDED.left_on
  ),
  parties_written AS (
    INSERT INTO parties (process_id, party_key, kind, name, organisation_number, status, status_reason, position)
    SELECT f.id, x.key, x.kind, x.name, x.number, x.status, x.reason, x.position
    FROM f, jsonb_to_recordset(:parties::jsonb) AS x(key text, kind text, name text, number text, status text, reason text, position int)
    ON CONFLICT (process_id, party_key) DO UPDATE SET status = EXCLUDED.status, status_reason = EXCLUDED.status_reason
  ),
  tasks_written AS (
    INSERT INTO tasks (process_id, task_id, type, addressed_to, due_date, status, created_at, closed_at, ref)
    SELECT f.id, x.id, x.type, x."addressedTo", x."dueDate", x.status, x."createdAt", x."closedAt", x.ref
    FROM f, jsonb_to_recordset(:tasks::jsonb) AS x(id text, type text, "addressedTo" text, "dueDate" date, status text,
                                                 "createdAt" timestamptz, "closedAt" timestamptz, ref text)
    ON CONFLICT (process_id, task_id) DO UPDATE SET status = EXCLUDED.status, closed_at = EXCLUDED.closed_at, due_date = EXCLUDED.due_date
    WHERE tasks.status IS DISTINCT FROM EXCLUDED.status OR tasks.due_date IS DISTINCT FROM EXCLUDED.due_date
  )
  SELECT count(*)::int AS written FROM f`;

/** The party status of a framework's parties: the sector's negotiator until it joins, a member's own status after. */
export const NEGOTIATOR_STATUS = 'NEGOTIATOR';

interface PartyRow {
  key: string;
  kind: 'PUBLIC' | 'ORGANISATION';
  name: string;
  number: string | null;
  status: string;
  reason: string | null;
  position: number;
}

/**
 * The parties a framework has: the public party, the sector's representative (who negotiated it) and every
 * organisation that joined (or joined and left): whom the guard lets see and act in the framework. An application
 * alone makes no party (the representative of an applying organisation sees only what every signed-in person sees).
 */
function partyRowsOf(
  representative: FrameworkState['sectorRepresentative'] | undefined,
  members: { position: number; member: FrameworkMember }[],
): PartyRow[] {
  const rows: PartyRow[] = [];
  if (representative) {
    const asMember = members.find(({ member }) => member.organisationNumber === representative.organisationNumber)?.member;
    if (!asMember || !isParty(asMember)) {
      rows.push({
        key: representative.organisationNumber,
        kind: 'ORGANISATION',
        name: representative.name,
        number: representative.organisationNumber,
        status: NEGOTIATOR_STATUS,
        reason: null,
        position: 1,
      });
    }
  }
  for (const { position, member } of members.filter(({ member }) => isParty(member))) {
    rows.push({
      key: member.organisationNumber,
      kind: 'ORGANISATION',
      name: member.name,
      number: member.organisationNumber,
      status: member.status,
      reason: member.reason ?? null,
      // After the public party (0) and the representative (1).
      position: position + 1,
    });
  }
  return rows;
}

const isParty = (member: FrameworkMember): boolean => member.status === 'JOINED' || member.status === 'LEFT';

const memberRow = (m: FrameworkMember) => ({
  organisationNumber: m.organisationNumber,
  name: m.name,
  status: m.status,
  appliedAt: m.appliedAt,
  joinedOn: m.joinedOn ?? null,
  leftOn: m.leftOn ?? null,
});

/** The named values of FRAMEWORK_PROJECTION, from a whole state (every row) or a delta (the rows the move changed). */
export function frameworkProjectionParams(write: FrameworkReadModelWrite): Record<string, unknown> {
  const { state, delta } = write;
  if (!state && !delta) throw new Error('A read-model write carries either its state or its delta');
  const row = state ? frameworkRowOf(state) : delta!.framework;
  const members = state ? state.members.map((member, index) => ({ position: index + 1, member })) : delta!.changed.members;
  const parties = state
    ? [
        { key: 'PUBLIC', kind: 'PUBLIC', name: state.publicParty.name, number: null, status: 'ACCEPTED', reason: null, position: 0 },
        ...partyRowsOf(state.sectorRepresentative, members),
      ]
    : partyRowsOf(undefined, members);
  return {
    processId: write.frameworkId,
    workflowId: write.workflowId,
    title: row.title,
    publicPartyName: row.publicPartyName,
    status: row.status,
    versionInForce: row.versionInForce,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    reviewDueBy: row.reviewDueBy,
    revision: revisionOfFrameworkWrite(write),
    state: JSON.stringify(state ?? { baseRevision: delta!.baseRevision, patch: delta!.statePatch }),
    createdAt: row.openedAt,
    updatedAt: write.steps[write.steps.length - 1]?.occurredAt ?? row.openedAt,
    members: JSON.stringify(members.map(({ member }) => memberRow(member))),
    parties: JSON.stringify(parties),
    tasks: JSON.stringify(state ? state.tasks : delta!.changed.tasks),
  };
}

/** The move's audit entry as its row stores it, keyed by the revision the move made (as partnerships' entries are). */
export function frameworkAuditFields(write: FrameworkReadModelWrite): AuditContentFields | undefined {
  if (!write.audit) return undefined;
  return {
    ...write.audit,
    target: write.frameworkId,
    outcome: 'ACCEPTED',
    reason: null,
    commandKey: commandKeyOf(write.frameworkId, revisionOfFrameworkWrite(write)),
    path: null,
    pathLength: null,
    hashVersion: CURRENT_HASH_VERSION,
  };
}
