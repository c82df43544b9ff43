import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What the start of a partnership within a framework agreement is checked against: the framework's read model. */
export interface FrameworkForStart {
  id: string;
  title: string;
  publicPartyName: string;
  /** FRAMEWORK_STATUSES (libs/domain/src/framework/vocabulary.ts). */
  status: string;
  /** Of the organisationsnummer asked about, those whose membership is JOINED now (anslutna). */
  joined: string[];
}

/** A partnership entered within a framework, as the framework's page lists it. */
export interface PartnershipWithinFramework {
  id: string;
  title: string;
  phase: string;
  organisations: { name: string; organisationNumber: string }[];
}

/**
 * The partnerships' side of the framework agreements: the check a start within a framework makes (the framework's
 * row and its members, as the framework's workflow wrote them) and the list of the partnerships within one.
 */
@Injectable()
export class PartnershipsWithinFrameworkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The framework with which of `organisationNumbers` have joined it; null when there is no such framework. */
  async frameworkForStart(frameworkId: string, organisationNumbers: string[]): Promise<FrameworkForStart | null> {
    const rows: FrameworkForStart[] = await this.dataSource.query(
      `SELECT f.id, f.title, f.public_party_name AS "publicPartyName", f.status,
              ARRAY(SELECT m.organisation_number FROM framework_members m
                    WHERE m.framework_id = f.id AND m.status = 'JOINED' AND m.organisation_number = ANY($2::text[])) AS joined
       FROM frameworks f WHERE f.id = $1`,
      [frameworkId, organisationNumbers],
    );
    return rows[0] ?? null;
  }

  /** The framework's title, for a partnership's page; null when there is no such framework. */
  async frameworkTitle(frameworkId: string): Promise<string | null> {
    const rows: { title: string }[] = await this.dataSource.query(`SELECT title FROM frameworks WHERE id = $1`, [frameworkId]);
    return rows[0]?.title ?? null;
  }

  /** Every partnership entered within the framework, newest first, with its organisations in their order. */
  partnershipsWithin(frameworkId: string): Promise<PartnershipWithinFramework[]> {
    return this.dataSource.query(
      `SELECT p.id, p.title, p.phase,
              coalesce((SELECT json_agg(json_build_object('name', o.name, 'organisationNumber', o.organisation_number) ORDER BY o.position)
                        FROM parties o WHERE o.process_id = p.id AND o.kind = 'ORGANISATION'), '[]'::json) AS organisations
       FROM partnerships p WHERE p.framework_id = $1
       ORDER BY p.created_at DESC, p.id DESC`,
      [frameworkId],
    );
  }
}
