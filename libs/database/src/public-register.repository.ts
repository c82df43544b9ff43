import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationStatus, PartnershipState, Phase, RegisterStatus } from '../../domain/src';

/** What the public register may be narrowed to, and which page of it is read. */
export interface PublicRegisterFilter {
  publicParty?: string;
  organisationNumber?: string;
  /** In force during some day of this calendar year. */
  year?: number;
  status?: RegisterStatus;
  page: number;
  pageSize: number;
}

/** A partnership the register lists: its state (the domain builds the entry from it) and the case's diarienummer. */
export interface PublicRegisterRow {
  state: PartnershipState;
  caseDiarienummer: string | null;
}

const ENDED: Phase = 'ENDED';
/** The organisations the register names: those party to the agreement, and those that left it (public-register.ts). */
const NAMED_STATUSES: OrganisationStatus[] = ['ACCEPTED', 'LEFT'];

/**
 * The partnerships whose parties signed an agreement: in force (an agreement in the state) or ended after one was
 * signed (the agreements signed). The agreement shown is the one in force, or the last signed, as the domain's
 * `publicRegisterEntry` takes it; its last day in force is its end date, or the day the partnership ended when that
 * came first, which is what "in force during the year" compares.
 */
export function buildRegisterQuery(filter: PublicRegisterFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const ended = param(ENDED);
  const where: string[] = [];
  if (filter.status) where.push(filter.status === 'ENDED' ? `r.phase = ${ended}` : `r.phase <> ${ended}`);
  if (filter.publicParty) where.push(`r.public_party_name = ${param(filter.publicParty)}`);
  if (filter.organisationNumber) {
    where.push(`EXISTS (SELECT 1 FROM parties o WHERE o.process_id = r.id AND o.organisation_number = ${param(filter.organisationNumber)}
                        AND o.status = ANY(${param(NAMED_STATUSES)}::text[]))`);
  }
  if (filter.year !== undefined) {
    const year = param(filter.year);
    where.push(`r.starts <= make_date(${year}::int, 12, 31) AND r.last_day >= make_date(${year}::int, 1, 1)`);
  }
  const limit = param(filter.pageSize + 1);
  const offset = param((filter.page - 1) * filter.pageSize);
  return {
    sql: `WITH signed AS (
            SELECT p.id, p.phase, p.public_party_name, p.title, p.state,
                   CASE WHEN p.phase = ${ended} THEN p.state->'agreements'->-1 ELSE p.state->'agreement' END AS agreement
            FROM partnerships p
            WHERE p.state IS NOT NULL
          ),
          r AS (
            SELECT s.*, (s.agreement->>'startDate')::date AS starts,
                   least((s.agreement->>'endDate')::date, CASE WHEN s.phase = ${ended} THEN left(s.state->'ended'->>'at', 10)::date END) AS last_day
            FROM signed s WHERE jsonb_typeof(s.agreement) = 'object'
          )
          SELECT r.state, c.diarienummer AS "caseDiarienummer"
          FROM r LEFT JOIN case_files c ON c.process_id = r.id
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY r.public_party_name, r.starts DESC, r.title, r.id
          LIMIT ${limit} OFFSET ${offset}`,
    params,
  };
}

/** The register's reads of the read model: one page, and whether another follows. */
@Injectable()
export class PublicRegisterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(filter: PublicRegisterFilter): Promise<{ rows: PublicRegisterRow[]; hasMore: boolean }> {
    const { sql, params } = buildRegisterQuery(filter);
    const rows: PublicRegisterRow[] = await this.dataSource.query(sql, params);
    return { rows: rows.slice(0, filter.pageSize), hasMore: rows.length > filter.pageSize };
  }
}
