import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type SignatoryPartyKind = 'PUBLIC_PARTY' | 'ORGANISATION';

export interface SignatoryRow {
  id: string;
  partyKind: SignatoryPartyKind;
  partyRef: string;
  subject: string;
  name: string;
  email: string | null;
  validFrom: string;
  validTo: string | null;
  authority: string;
  registeredBy: string;
  registeredAt: Date;
}

const COLUMNS = `id, party_kind AS "partyKind", party_ref AS "partyRef", subject, name, email,
  to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo", authority,
  registered_by AS "registeredBy", registered_at AS "registeredAt"`;

/** Firmatecknare: who may sign for which party, from when, on what authority. */
@Injectable()
export class SignatoriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Registers a signatory; registering the same person for the same party from the same day again changes nothing. */
  async register(row: Omit<SignatoryRow, 'id' | 'registeredAt'>): Promise<SignatoryRow> {
    await this.dataSource.query(
      `INSERT INTO signatories (party_kind, party_ref, subject, name, email, valid_from, valid_to, authority, registered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (party_kind, party_ref, subject, valid_from) DO NOTHING`,
      [row.partyKind, row.partyRef, row.subject, row.name, row.email, row.validFrom, row.validTo, row.authority, row.registeredBy],
    );
    const [stored] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM signatories WHERE party_kind = $1 AND party_ref = $2 AND subject = $3 AND valid_from = $4`,
      [row.partyKind, row.partyRef, row.subject, row.validFrom],
    );
    return stored as SignatoryRow;
  }

  list(filter: { partyKind?: SignatoryPartyKind; partyRef?: string }): Promise<SignatoryRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.partyKind) where.push(`party_kind = $${params.push(filter.partyKind)}`);
    if (filter.partyRef) where.push(`party_ref = $${params.push(filter.partyRef)}`);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM signatories ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY party_ref, valid_from, name`,
      params,
    );
  }

  async isSignatory(partyKind: SignatoryPartyKind, partyRef: string, subject: string, onDate: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM signatories WHERE party_kind = $1 AND party_ref = $2 AND subject = $3
         AND valid_from <= $4::date AND (valid_to IS NULL OR valid_to >= $4::date) LIMIT 1`,
      [partyKind, partyRef, subject, onDate],
    );
    return rows.length > 0;
  }
}
