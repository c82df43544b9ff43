import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PRINCIPLES } from '../../domain/src';
import { prepared } from './prepared-statements';

/** Whose partnerships a caller may list: a public party's, an organisation's, or (auditors) all. */
export type ListScope = { publicParty: string } | { organisationNumber: string } | 'all';

export interface PartnershipListFilter {
  phase?: string;
  organisationNumber?: string;
  levelReached?: string;
  createdFrom?: string;
  createdTo?: string;
  diarienummer?: string;
  /** Only partnerships with an open task (of the caller's, for a representative) past its due date. */
  overdue?: boolean;
  /** Only partnerships entered within this framework agreement (överenskommelse). */
  frameworkId?: string;
  /** The day a task's due date is compared with: the API's clock. */
  today: string;
  page: number;
  pageSize: number;
}

export interface PartnershipListItem {
  id: string;
  title: string;
  phase: string;
  publicParty: string;
  createdAt: Date;
  /** The framework agreement it was entered within, if any. */
  frameworkId: string | null;
  agreementStart: string | null;
  agreementEnd: string | null;
  endedReason: string | null;
  /** The names of the parties that open tasks wait for, so that a board needs no request per partnership. */
  waitingFor: string[];
  /** The open tasks the caller may see, soonest due first: what the board shows as due dates. */
  openTasks: { type: string; dueDate: string }[];
  /** The earliest due date of those tasks, and how many are past it (null and 0 when none is open). */
  nextDueDate: string | null;
  overdueTasks: number;
}

/** What comes up in a calendar of the partnerships a caller may read. */
export interface CalendarSource {
  tasks: { partnershipId: string; partnershipTitle: string; taskId: string; type: string; addressedTo: string; dueDate: string }[];
  agreements: { partnershipId: string; partnershipTitle: string; startDate: string; endDate: string }[];
  decisions: {
    partnershipId: string;
    partnershipTitle: string;
    meetingDate: string;
    body: string;
    diarienummer: string;
    paragraph: string;
    outcome: string;
  }[];
}

/**
 * The list across partnerships. Every filter is an indexed condition (see the migration AddHashChainAndListIndexes):
 * the page is read along (…, created_at DESC, id DESC) and the other tables are probed by their indexes.
 */
export function buildListQuery(filter: PartnershipListFilter, scope: ListScope): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (scope !== 'all' && 'publicParty' in scope) where.push(`p.public_party_name = ${param(scope.publicParty)}`);
  if (scope !== 'all' && 'organisationNumber' in scope) {
    where.push(`EXISTS (SELECT 1 FROM parties x WHERE x.process_id = p.id AND x.organisation_number = ${param(scope.organisationNumber)})`);
  }
  if (filter.phase) where.push(`p.phase = ${param(filter.phase)}`);
  if (filter.organisationNumber) {
    where.push(`EXISTS (SELECT 1 FROM parties o WHERE o.process_id = p.id AND o.organisation_number = ${param(filter.organisationNumber)})`);
  }
  if (filter.levelReached) {
    where.push(`EXISTS (SELECT 1 FROM step_records s WHERE s.process_id = p.id AND s.level_reached = ${param(filter.levelReached)})`);
  }
  if (filter.frameworkId) where.push(`p.framework_id = ${param(filter.frameworkId)}::uuid`);
  if (filter.createdFrom) where.push(`p.created_at >= ${param(filter.createdFrom)}::date`);
  if (filter.createdTo) where.push(`p.created_at < (${param(filter.createdTo)}::date + 1)`);
  if (filter.diarienummer) {
    where.push(`EXISTS (SELECT 1 FROM decisions d WHERE d.partnership_id = p.id AND d.diarienummer = ${param(filter.diarienummer)})`);
  }
  // The tasks a caller sees of a partnership: a representative only their organisation's (representative-view.ts).
  const ownTasks = scope !== 'all' && 'organisationNumber' in scope ? `AND t.addressed_to = ${param(scope.organisationNumber)}` : '';
  const today = `${param(filter.today)}::date`;
  if (filter.overdue) {
    where.push(`EXISTS (SELECT 1 FROM tasks t WHERE t.process_id = p.id AND t.status = 'OPEN' AND t.due_date < ${today} ${ownTasks})`);
  }
  const limit = param(filter.pageSize + 1);
  const offset = param((filter.page - 1) * filter.pageSize);
  return {
    sql: `SELECT p.id, p.title, p.phase, p.public_party_name AS "publicParty", p.created_at AS "createdAt",
                 p.framework_id AS "frameworkId",
                 to_char(p.agreement_start, 'YYYY-MM-DD') AS "agreementStart", to_char(p.agreement_end, 'YYYY-MM-DD') AS "agreementEnd",
                 p.ended_reason AS "endedReason",
                 ARRAY(SELECT DISTINCT pa.name FROM tasks t JOIN parties pa ON pa.process_id = t.process_id AND pa.party_key = t.addressed_to
                       WHERE t.process_id = p.id AND t.status = 'OPEN' ORDER BY pa.name) AS "waitingFor",
                 coalesce((SELECT json_agg(json_build_object('type', t.type, 'dueDate', to_char(t.due_date, 'YYYY-MM-DD')) ORDER BY t.due_date, t.task_id)
                           FROM tasks t WHERE t.process_id = p.id AND t.status = 'OPEN' ${ownTasks}), '[]'::json) AS "openTasks",
                 (SELECT to_char(min(t.due_date), 'YYYY-MM-DD') FROM tasks t WHERE t.process_id = p.id AND t.status = 'OPEN' ${ownTasks}) AS "nextDueDate",
                 (SELECT count(*)::int FROM tasks t WHERE t.process_id = p.id AND t.status = 'OPEN' AND t.due_date < ${today} ${ownTasks}) AS "overdueTasks"
          FROM partnerships p
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY p.created_at DESC, p.id DESC
          LIMIT ${limit} OFFSET ${offset}`,
    params,
  };
}

@Injectable()
export class PartnershipListRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page, and whether another follows (no count: counting would read every matching row). */
  async list(filter: PartnershipListFilter, scope: ListScope): Promise<{ items: PartnershipListItem[]; hasMore: boolean }> {
    const { sql, params } = buildListQuery(filter, scope);
    const rows: PartnershipListItem[] = await this.dataSource.query(prepared(sql), params);
    return { items: rows.slice(0, filter.pageSize), hasMore: rows.length > filter.pageSize };
  }

  /** Steps per phase by the level aimed for and the level reached. */
  levelsReport(
    scope: ListScope,
    within: ReportFilter = {},
  ): Promise<{ phase: string; levelAimedFor: string; levelReached: string | null; steps: number }[]> {
    const { clause, params } = scopeClause(scope, [], within);
    return this.dataSource.query(
      `SELECT s.phase, s.level_aimed_for AS "levelAimedFor", s.level_reached AS "levelReached", count(*)::int AS steps
       FROM step_records s JOIN partnerships p ON p.id = s.process_id ${clause}
       GROUP BY s.phase, s.level_aimed_for, s.level_reached ORDER BY s.phase, s.level_aimed_for, s.level_reached`,
      params,
    );
  }

  /**
   * For the per-phase report of rules version 3: each partnership's chosen levels (from its state) and its steps'
   * phase and evidence, from which the level reached per phase is derived (phase-level.ts).
   */
  phaseEvidence(
    scope: ListScope,
    within: ReportFilter = {},
  ): Promise<
    {
      partnershipId: string;
      title: string;
      phaseLevels: Record<string, { level: string | null; reason: string }> | null;
      steps: { phase: string; evidence: object }[];
    }[]
  > {
    const { clause, params } = scopeClause(scope, [], within);
    const v3 = `coalesce((p.state->>'rulesVersion')::int, 1) >= 3`;
    return this.dataSource.query(
      `SELECT p.id AS "partnershipId", p.title, p.state->'phaseLevels' AS "phaseLevels",
              coalesce((SELECT json_agg(json_build_object('phase', s.phase, 'evidence', s.evidence)) FROM step_records s WHERE s.process_id = p.id), '[]'::json) AS steps
       FROM partnerships p ${clause ? `${clause} AND ${v3}` : `WHERE ${v3}`} ORDER BY p.created_at, p.id`,
      params,
    );
  }

  /** For the latest draft version of each partnership: how many address each of the six principles. */
  principleCoverage(scope: ListScope, within: ReportFilter = {}): Promise<{ principle: string; addressed: number; drafts: number }[]> {
    // The principles in the domain's order, passed as the statement's last parameter (never spelled in SQL).
    const { clause, params } = scopeClause(scope, [], within);
    const principles = `$${params.push([...PRINCIPLES])}::text[]`;
    return this.dataSource.query(
      `WITH latest AS (
         SELECT DISTINCT ON (d.partnership_id) d.content FROM draft_versions d JOIN partnerships p ON p.id = d.partnership_id ${clause}
         ORDER BY d.partnership_id, d.version DESC
       )
       SELECT principle, count(*) FILTER (WHERE coalesce(trim(content->'principles'->>principle), '') <> '')::int AS addressed,
              count(*)::int AS drafts
       FROM latest CROSS JOIN unnest(${principles}) AS principle
       GROUP BY principle ORDER BY array_position(${principles}, principle)`,
      params,
    );
  }

  /**
   * What falls due between two days (both included): open tasks, the agreements in force that reach into the range
   * (their ends and yearly follow-ups are computed from them), and political decisions by their meeting date.
   */
  async calendar(scope: ListScope, from: string, to: string, within: ReportFilter = {}): Promise<CalendarSource> {
    const range = (params: unknown[]) => ({ from: `$${params.push(from)}::date`, to: `$${params.push(to)}::date` });
    const tasksScope = scopeClause(scope, [], within);
    const t = range(tasksScope.params);
    const agreementsScope = scopeClause(scope, [], within);
    const a = range(agreementsScope.params);
    const decisionsScope = scopeClause(scope, [], within);
    const d = range(decisionsScope.params);
    const and = (clause: string) => (clause ? `${clause} AND` : 'WHERE');
    const [tasks, agreements, decisions] = await Promise.all([
      this.dataSource.query(
        `SELECT t.process_id AS "partnershipId", p.title AS "partnershipTitle", t.task_id AS "taskId", t.type,
                t.addressed_to AS "addressedTo", to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate"
         FROM tasks t JOIN partnerships p ON p.id = t.process_id
         ${and(tasksScope.clause)} t.status = 'OPEN' AND t.due_date BETWEEN ${t.from} AND ${t.to}
         ORDER BY t.due_date, p.title`,
        tasksScope.params,
      ),
      this.dataSource.query(
        `SELECT p.id AS "partnershipId", p.title AS "partnershipTitle",
                to_char(p.agreement_start, 'YYYY-MM-DD') AS "startDate", to_char(p.agreement_end, 'YYYY-MM-DD') AS "endDate"
         FROM partnerships p
         ${and(agreementsScope.clause)} p.ended_reason IS NULL AND p.agreement_start IS NOT NULL
           AND p.agreement_end >= ${a.from} AND p.agreement_start <= ${a.to}
         ORDER BY p.agreement_end, p.title`,
        agreementsScope.params,
      ),
      this.dataSource.query(
        `SELECT p.id AS "partnershipId", p.title AS "partnershipTitle", to_char(d.meeting_date, 'YYYY-MM-DD') AS "meetingDate",
                d.body, d.diarienummer, d.paragraph, d.outcome
         FROM decisions d JOIN partnerships p ON p.id = d.partnership_id
         ${and(decisionsScope.clause)} d.meeting_date BETWEEN ${d.from} AND ${d.to}
         ORDER BY d.meeting_date, p.title, d.seq`,
        decisionsScope.params,
      ),
    ]);
    return { tasks, agreements, decisions };
  }

  overdueTasks(scope: ListScope, today: string, within: ReportFilter = {}): Promise<Record<string, unknown>[]> {
    const { clause, params } = scopeClause(scope, [today], within);
    return this.dataSource.query(
      `SELECT t.process_id AS "partnershipId", p.title AS "partnershipTitle", t.task_id AS "taskId", t.type,
              t.addressed_to AS "addressedTo", to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate", ($1::date - t.due_date) AS "daysOverdue"
       FROM tasks t JOIN partnerships p ON p.id = t.process_id
       ${clause ? `${clause} AND` : 'WHERE'} t.status = 'OPEN' AND t.due_date < $1::date
       ORDER BY t.due_date, p.title`,
      params,
    );
  }
}

/** What a report across partnerships may be narrowed to besides the caller's scope. */
export interface ReportFilter {
  /** Only partnerships entered within this framework agreement (överenskommelse). */
  frameworkId?: string;
}

/** The caller's scope, and the report's filter, as one WHERE clause over `p` (the partnerships). */
function scopeClause(scope: ListScope, params: unknown[] = [], within: ReportFilter = {}): { clause: string; params: unknown[] } {
  const conditions: string[] = [];
  if (scope !== 'all' && 'publicParty' in scope) conditions.push(`p.public_party_name = $${params.push(scope.publicParty)}`);
  if (scope !== 'all' && 'organisationNumber' in scope) {
    conditions.push(
      `EXISTS (SELECT 1 FROM parties x WHERE x.process_id = p.id AND x.organisation_number = $${params.push(scope.organisationNumber)})`,
    );
  }
  if (within.frameworkId) conditions.push(`p.framework_id = $${params.push(within.frameworkId)}::uuid`);
  return { clause: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
