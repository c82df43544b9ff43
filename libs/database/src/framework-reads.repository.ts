import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FrameworkState, FrameworkStatus } from '../../domain/src';
import type { TimelineEntry } from './auditing.repository';

/** A framework's row in the read model (written by the framework workflow's activity), with its whole state. */
export interface FrameworkRow {
  id: string;
  title: string;
  publicPartyName: string;
  status: FrameworkStatus;
  revision: number;
  state: FrameworkState;
  createdAt: string;
  updatedAt: string;
}

/** One framework in a list, with what the board shows of it: joined organisations and open and overdue tasks. */
export interface FrameworkListRow {
  id: string;
  title: string;
  publicParty: string;
  status: FrameworkStatus;
  versionInForce: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  reviewDueBy: string | null;
  joinedCount: number;
  openTasks: number;
  overdueTasks: number;
  state: FrameworkState;
}

export interface FrameworkListFilter {
  status?: FrameworkStatus;
  publicParty?: string;
  /** The day tasks are overdue after (the API's clock: the tests that skip years set it). */
  today: string;
}

/** Lists may not grow without bound: frameworks are few (one or two per region), this is far above them. */
const MAX_LISTED = 500;

/** What the API reads of framework agreements: the list with its filters, one framework, its timeline. */
@Injectable()
export class FrameworkReadsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: FrameworkListFilter): Promise<FrameworkListRow[]> {
    const rows: (Omit<FrameworkListRow, 'joinedCount' | 'openTasks' | 'overdueTasks'> & Record<'joinedCount' | 'openTasks' | 'overdueTasks', string>)[] =
      await this.dataSource.query(
        `SELECT f.id, f.title, f.public_party_name AS "publicParty", f.status, f.version_in_force AS "versionInForce",
                to_char(f.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(f.period_end, 'YYYY-MM-DD') AS "periodEnd",
                to_char(f.review_due_by, 'YYYY-MM-DD') AS "reviewDueBy", f.state,
                (SELECT count(*) FROM framework_members m WHERE m.framework_id = f.id AND m.status = 'JOINED') AS "joinedCount",
                (SELECT count(*) FROM tasks t WHERE t.process_id = f.id AND t.status = 'OPEN') AS "openTasks",
                (SELECT count(*) FROM tasks t WHERE t.process_id = f.id AND t.status = 'OPEN' AND t.due_date < $3::date) AS "overdueTasks"
         FROM frameworks f
         WHERE ($1::text IS NULL OR f.status = $1) AND ($2::text IS NULL OR f.public_party_name = $2)
         ORDER BY f.created_at DESC, f.id
         LIMIT ${MAX_LISTED}`,
        [filter.status ?? null, filter.publicParty ?? null, filter.today],
      );
    return rows.map((r) => ({ ...r, joinedCount: Number(r.joinedCount), openTasks: Number(r.openTasks), overdueTasks: Number(r.overdueTasks) }));
  }

  async findById(id: string): Promise<FrameworkRow | null> {
    const rows: FrameworkRow[] = await this.dataSource.query(
      `SELECT id, title, public_party_name AS "publicPartyName", status, revision, state,
              created_at AS "createdAt", updated_at AS "updatedAt"
       FROM frameworks WHERE id = $1`,
      [id],
    );
    if (rows.length === 0) return null;
    const row = rows[0];
    return { ...row, createdAt: new Date(row.createdAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString() };
  }

  /** Steps, tasks opened and closed and audit-log entries of a framework, oldest first (the partnership timeline's rows). */
  async timeline(id: string): Promise<TimelineEntry[]> {
    const rows: TimelineEntry[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT s.occurred_at AS at, 'STEP' AS kind, s.phase, COALESCE(s.responsible_organisation_number, s.responsible_kind) AS party,
                s.action, s.level_aimed_for AS "levelAimedFor", s.level_reached AS "levelReached", s.actor,
                jsonb_build_object('stepKey', s.step_key, 'evidence', s.evidence, 'hash', s.hash) AS detail, 1 AS ord, s.chain_seq AS seq
         FROM step_records s WHERE s.process_id = $1
         UNION ALL
         SELECT t.created_at, 'TASK_OPENED', NULL, t.addressed_to, t.type, NULL, NULL, NULL,
                jsonb_build_object('taskId', t.task_id, 'dueDate', to_char(t.due_date, 'YYYY-MM-DD'), 'ref', t.ref), 4, 0
         FROM tasks t WHERE t.process_id = $1
         UNION ALL
         SELECT t.closed_at, 'TASK_CLOSED', NULL, t.addressed_to, t.type || '_' || t.status, NULL, NULL, NULL,
                jsonb_build_object('taskId', t.task_id, 'dueDate', to_char(t.due_date, 'YYYY-MM-DD'), 'ref', t.ref), 5, 0
         FROM tasks t WHERE t.process_id = $1 AND t.closed_at IS NOT NULL
         UNION ALL
         SELECT a.occurred_at, 'AUDIT', NULL, COALESCE(a.actor_organisation, CASE WHEN a.actor_public_party IS NOT NULL THEN 'PUBLIC' END),
                a.action, NULL, NULL, a.actor,
                jsonb_build_object('outcome', a.outcome, 'statusCode', a.status_code, 'reason', a.reason, 'requestId', a.request_id,
                  'role', a.actor_role, 'hash', a.hash), 6, a.chain_seq
         FROM audit_log a WHERE a.process_id = $1
       ) timeline
       ORDER BY at, ord, seq`,
      [id],
    );
    return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
  }
}
