import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** A rate as recorded: kronor per euro from a date on, by whom and when (migration RecordExchangeRates). */
export interface ExchangeRateRow {
  publicParty: string;
  validFrom: string;
  sekPerEur: number;
  recordedBy: string;
  recordedAt: string;
}

/** De minimis aid one partnership's approving decision granted an organisation (the state's deMinimisGrants). */
export interface GrantedAidRow {
  partnershipId: string;
  title: string;
  publicParty: string;
  kind: string;
  amountSek: number;
  grantedOn: string;
}

/** The organisation's latest declaration of its other de minimis aid, in whichever partnership it made it. */
export interface DeclaredAidRow {
  partnershipId: string;
  declaredAt: string;
  none: boolean;
  aids: { grantingBody: string; grantedOn: string; amount: number; currency: 'SEK' | 'EUR' }[];
}

/**
 * The de minimis ledger's reads across partnerships (the read model's states) and the exchange rates, and the lock
 * per organisation that keeps two approving decisions from both passing its ceiling.
 */
@Injectable()
export class DeMinimisRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recordRate(publicParty: string, validFrom: string, sekPerEur: number, recordedBy: string): Promise<ExchangeRateRow> {
    const [row] = await this.dataSource.query(
      `INSERT INTO exchange_rates (public_party, valid_from, sek_per_eur, recorded_by) VALUES ($1, $2, $3, $4)
       RETURNING public_party AS "publicParty", valid_from::text AS "validFrom", sek_per_eur::float8 AS "sekPerEur",
                 recorded_by AS "recordedBy", recorded_at AS "recordedAt"`,
      [publicParty, validFrom, sekPerEur, recordedBy],
    );
    return row as ExchangeRateRow;
  }

  /** Every rate recorded, oldest date first; of two for one date the later recorded is the one in force. */
  async rates(publicParty?: string): Promise<ExchangeRateRow[]> {
    return this.dataSource.query(
      `SELECT public_party AS "publicParty", valid_from::text AS "validFrom", sek_per_eur::float8 AS "sekPerEur",
              recorded_by AS "recordedBy", recorded_at AS "recordedAt"
       FROM exchange_rates WHERE $1::text IS NULL OR public_party = $1 ORDER BY public_party, valid_from, id`,
      [publicParty ?? null],
    );
  }

  /** The rates in force per date (the last recorded for each), as the ledger's rules read them. */
  async ratesInForce(publicParty: string, manager: EntityManager = this.dataSource.manager): Promise<{ validFrom: string; sekPerEur: number }[]> {
    return manager.query(
      `SELECT DISTINCT ON (valid_from) valid_from::text AS "validFrom", sek_per_eur::float8 AS "sekPerEur"
       FROM exchange_rates WHERE public_party = $1 ORDER BY valid_from, id DESC`,
      [publicParty],
    );
  }

  async grantedTo(organisationNumber: string, manager: EntityManager = this.dataSource.manager): Promise<GrantedAidRow[]> {
    return manager.query(
      `SELECT p.id AS "partnershipId", p.title, p.state->'publicParty'->>'name' AS "publicParty", g->>'kind' AS kind,
              (g->>'amountSek')::bigint::float8 AS "amountSek", g->>'grantedOn' AS "grantedOn"
       FROM partnerships p CROSS JOIN LATERAL jsonb_array_elements(p.state->'deMinimisGrants') g
       WHERE jsonb_typeof(p.state->'deMinimisGrants') = 'array' AND g->>'organisationNumber' = $1
       ORDER BY g->>'grantedOn', p.id`,
      [organisationNumber],
    );
  }

  async latestDeclaration(organisationNumber: string, manager: EntityManager = this.dataSource.manager): Promise<DeclaredAidRow | undefined> {
    const [row] = await manager.query(
      `SELECT p.id AS "partnershipId", d->>'declaredAt' AS "declaredAt", (d->>'none')::boolean AS none, d->'aids' AS aids
       FROM partnerships p CROSS JOIN LATERAL jsonb_array_elements(p.state->'deMinimisDeclarations') d
       WHERE jsonb_typeof(p.state->'deMinimisDeclarations') = 'array' AND d->>'organisationNumber' = $1
       ORDER BY d->>'declaredAt' DESC LIMIT 1`,
      [organisationNumber],
    );
    return row as DeclaredAidRow | undefined;
  }

  /** The partnership's public party (whose rates convert its aid) and the organisations its de minimis assessment in force names. */
  async deMinimisAidNamed(partnershipId: string): Promise<{ publicParty: string; organisations: string[] } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT state->'publicParty'->>'name' AS "publicParty",
              COALESCE((SELECT jsonb_agg(a->>'organisationNumber')
                        FROM jsonb_array_elements(COALESCE(state->'stateAid'->-1->'aid', '[]'::jsonb)) a
                        WHERE state->'stateAid'->-1->>'conclusion' IN ('DE_MINIMIS', 'SGEI_DE_MINIMIS')), '[]'::jsonb) AS organisations
       FROM partnerships WHERE id = $1`,
      [partnershipId],
    );
    return row ? { publicParty: row.publicParty, organisations: row.organisations } : undefined;
  }

  /**
   * Runs `work` holding a transaction-level advisory lock per organisation (in a fixed order, so two decisions naming
   * the same organisations cannot deadlock): a second approving decision for one of them waits until the first is
   * recorded, and then reads a ledger that holds it.
   */
  async withOrganisationsLocked<T>(organisationNumbers: string[], work: () => Promise<T>): Promise<T> {
    if (organisationNumbers.length === 0) return work();
    return this.dataSource.transaction(async (manager) => {
      for (const organisation of [...new Set(organisationNumbers)].sort())
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`de-minimis:${organisation}`]);
      return work();
    });
  }
}
