import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What a timeline entry is: a step record, a decision, a signature, a task opened or closed, or a logged command. */
export const TIMELINE_KINDS = ['STEP', 'DECISION', 'SIGNATURE', 'TASK_OPENED', 'TASK_CLOSED', 'AUDIT'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  phase: string | null;
  /** 'PUBLIC', 'JOINT' or an organisationsnummer. */
  party: string | null;
  action: string;
  levelAimedFor: string | null;
  levelReached: string | null;
  actor: string | null;
  detail: Record<string, unknown>;
}

const TASK_PHASE = `CASE t.type
  WHEN 'AGREE_PROBLEM_DEFINITION' THEN 'PROBLEM_DEFINITION' WHEN 'GIVE_INPUT' THEN 'DIALOGUE'
  WHEN 'APPROVE_DRAFT' THEN 'DRAFTING' WHEN 'RECORD_DECISION' THEN 'POLITICAL_APPROVAL' WHEN 'SIGN' THEN 'SIGNATURE'
  WHEN 'SUBMIT_FOLLOW_UP_REPORT' THEN 'IMPLEMENTATION' WHEN 'HOLD_FOLLOW_UP_MEETING' THEN 'IMPLEMENTATION' END`;

/** The timeline's SQL, shared by the repository and the benchmark's raw-SQL baseline. */
export function timelineQuery(partnershipId: string, filter: { phase?: string; party?: string } = {}): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT * FROM (
         SELECT s.occurred_at AS at, 'STEP' AS kind, s.phase, COALESCE(s.responsible_organisation_number, s.responsible_kind) AS party,
                s.action, s.level_aimed_for AS "levelAimedFor", s.level_reached AS "levelReached", s.actor,
                jsonb_build_object('stepKey', s.step_key, 'evidence', s.evidence, 'hash', s.hash) AS detail, 1 AS ord, s.chain_seq AS seq
         FROM step_records s WHERE s.process_id = $1
         UNION ALL
         SELECT d.recorded_at, 'DECISION', 'POLITICAL_APPROVAL', 'PUBLIC', 'POLITICAL_DECISION_' || d.outcome, NULL, NULL, NULL,
                jsonb_build_object('body', d.body, 'meetingDate', to_char(d.meeting_date, 'YYYY-MM-DD'), 'diarienummer', d.diarienummer,
                  'paragraph', d.paragraph, 'outcome', d.outcome, 'reasons', d.reasons, 'draftVersion', d.draft_version), 2, d.seq
         FROM decisions d WHERE d.partnership_id = $1
         UNION ALL
         SELECT g.signed_at, 'SIGNATURE', 'SIGNATURE', g.party_key, 'SIGNED', NULL, NULL, g.signatory_name,
                jsonb_build_object('round', g.round, 'draftVersion', g.draft_version), 3, g.round
         FROM signatures g WHERE g.partnership_id = $1
         UNION ALL
         SELECT t.created_at, 'TASK_OPENED', ${TASK_PHASE}, t.addressed_to, t.type, NULL, NULL, NULL,
                jsonb_build_object('taskId', t.task_id, 'dueDate', to_char(t.due_date, 'YYYY-MM-DD'), 'ref', t.ref), 4, 0
         FROM tasks t WHERE t.process_id = $1
         UNION ALL
         SELECT t.closed_at, 'TASK_CLOSED', ${TASK_PHASE}, t.addressed_to, t.type || '_' || t.status, NULL, NULL, NULL,
                jsonb_build_object('taskId', t.task_id, 'dueDate', to_char(t.due_date, 'YYYY-MM-DD'), 'ref', t.ref), 5, 0
         FROM tasks t WHERE t.process_id = $1 AND t.closed_at IS NOT NULL
         UNION ALL
         SELECT a.occurred_at, 'AUDIT', NULL, COALESCE(a.actor_organisation, CASE WHEN a.actor_public_party IS NOT NULL THEN 'PUBLIC' END),
                a.action, NULL, NULL, a.actor,
                jsonb_build_object('outcome', a.outcome, 'statusCode', a.status_code, 'reason', a.reason, 'requestId', a.request_id,
                  'role', a.actor_role, 'hash', a.hash), 6, a.chain_seq
         FROM audit_log a WHERE a.process_id = $1
       ) timeline
       WHERE ($2::text IS NULL OR phase = $2) AND ($3::text IS NULL OR party = $3 OR (party = 'JOINT' AND $3 IS NOT NULL))
       ORDER BY at, ord, seq`,
    params: [partnershipId, filter.phase ?? null, filter.party ?? null],
  };
}

/** What auditors read across the read model: one partnership's timeline, and who acted for which party. */
@Injectable()
export class AuditingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Steps, decisions, signatures, tasks and audit-log entries of a partnership, oldest first. */
  async timeline(partnershipId: string, filter: { phase?: string; party?: string } = {}): Promise<TimelineEntry[]> {
    const { sql, params } = timelineQuery(partnershipId, filter);
    const rows: TimelineEntry[] = await this.dataSource.query(sql, params);
    return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
  }

  /** Who acted for which party in a partnership, from the audit log: first and last command, and on a given day. */
  actors(
    partnershipId: string,
    date: string,
  ): Promise<{ actor: string; role: string; party: string; firstAction: string; lastAction: string; actedThatDay: boolean }[]> {
    return this.dataSource.query(
      `SELECT actor, actor_role AS role, COALESCE(actor_organisation, 'PUBLIC') AS party,
              min(occurred_at) AS "firstAction", max(occurred_at) AS "lastAction",
              bool_or(occurred_at::date = $2::date) AS "actedThatDay"
       FROM audit_log
       WHERE process_id = $1 AND actor_role IN ('officer', 'organisation_rep') AND outcome = 'ACCEPTED' AND occurred_at::date <= $2::date
       GROUP BY actor, actor_role, COALESCE(actor_organisation, 'PUBLIC')
       ORDER BY party, actor`,
      [partnershipId, date],
    );
  }
}
