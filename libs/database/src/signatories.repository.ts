import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type SignatoryPartyKind = 'PUBLIC_PARTY' | 'ORGANISATION';

/** PROPOSED until a different person confirms it; only a CONFIRMED entry lets its person sign. */
export const SIGNATORY_STATUSES = ['PROPOSED', 'CONFIRMED'] as const;
export type SignatoryStatus = (typeof SIGNATORY_STATUSES)[number];

/** What shows that the person may sign. The kinds a client may give are the API's `SIGNATORY_BASIS_KINDS`. */
export interface SignatoryBasis {
  kind: string;
  reference: string;
  /** The day of the decision, extract or delegation order; null only for LEGACY entries. */
  date: string | null;
  /** The delegation order's paragraph (§); null for the other kinds. */
  paragraph: string | null;
}

export interface SignatoryRow {
  id: string;
  partyKind: SignatoryPartyKind;
  partyRef: string;
  subject: string;
  name: string;
  email: string | null;
  validFrom: string;
  validTo: string | null;
  basis: SignatoryBasis;
  status: SignatoryStatus;
  /** The proposer, as the audit log names people (e-mail, else subject). */
  registeredBy: string;
  /** The proposer's subject; null for entries proposed before proposals recorded it. */
  proposedBySubject: string | null;
  registeredAt: Date;
  confirmedBy: string | null;
  confirmedBySubject: string | null;
  confirmedAt: Date | null;
}

export type SignatoryProposal = Omit<SignatoryRow, 'id' | 'registeredAt' | 'status' | 'confirmedBy' | 'confirmedBySubject' | 'confirmedAt'>;

/** Which entries a reader sees: a party's own, and (for an officer) the organisations they may confirm. */
export interface SignatoryScope {
  party?: { partyKind: SignatoryPartyKind; partyRef: string };
  confirmableByPublicParty?: string;
}

const COLUMNS = `s.id, s.party_kind AS "partyKind", s.party_ref AS "partyRef", s.subject, s.name, s.email,
  to_char(s.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(s.valid_to, 'YYYY-MM-DD') AS "validTo",
  json_build_object('kind', s.basis_kind, 'reference', s.basis_reference, 'date', to_char(s.basis_date, 'YYYY-MM-DD'),
    'paragraph', s.basis_paragraph) AS basis,
  s.status, s.registered_by AS "registeredBy", s.proposed_by_subject AS "proposedBySubject", s.registered_at AS "registeredAt",
  s.confirmed_by AS "confirmedBy", s.confirmed_by_subject AS "confirmedBySubject", s.confirmed_at AS "confirmedAt"`;

/**
 * An organisation is within a public party's confirming reach when it is a party to one of that public party's
 * partnerships and has not declined the invitation: the officer then deals with it and can check its papers.
 * $1 is the public party's name; `s` the signatory row.
 */
const ORGANISATION_IN_REACH = `s.party_kind = 'ORGANISATION' AND EXISTS (
  SELECT 1 FROM parties pa JOIN partnerships p ON p.id = pa.process_id
  WHERE pa.organisation_number = s.party_ref AND pa.status <> 'DECLINED' AND p.public_party_name = $1)`;

/** Firmatecknare: who may sign for which party, from when, on what basis, and who confirmed it. */
@Injectable()
export class SignatoriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Proposes an entry. The natural key is the person, the party and the first day: proposing it again corrects the
   * basis and period while it is still PROPOSED, and changes nothing once it is CONFIRMED (confirmed proof stays).
   */
  async propose(row: SignatoryProposal): Promise<SignatoryRow> {
    const [{ id }] = await this.dataSource
      .query(
        `INSERT INTO signatories AS s (party_kind, party_ref, subject, name, email, valid_from, valid_to, basis_kind, basis_reference,
         basis_date, basis_paragraph, registered_by, proposed_by_subject)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (party_kind, party_ref, subject, valid_from) DO UPDATE SET
         name = EXCLUDED.name, email = EXCLUDED.email, valid_to = EXCLUDED.valid_to, basis_kind = EXCLUDED.basis_kind,
         basis_reference = EXCLUDED.basis_reference, basis_date = EXCLUDED.basis_date, basis_paragraph = EXCLUDED.basis_paragraph,
         registered_by = EXCLUDED.registered_by, proposed_by_subject = EXCLUDED.proposed_by_subject, registered_at = now()
         WHERE s.status = 'PROPOSED'
       RETURNING id`,
        [
          row.partyKind,
          row.partyRef,
          row.subject,
          row.name,
          row.email,
          row.validFrom,
          row.validTo,
          row.basis.kind,
          row.basis.reference,
          row.basis.date,
          row.basis.paragraph,
          row.registeredBy,
          row.proposedBySubject,
        ],
      )
      .then(async (inserted: { id: string }[]) =>
        // A CONFIRMED entry is left as it is (the WHERE above), and then RETURNING gives nothing: read it instead.
        inserted.length
          ? inserted
          : this.dataSource.query(`SELECT id FROM signatories WHERE party_kind = $1 AND party_ref = $2 AND subject = $3 AND valid_from = $4`, [
              row.partyKind,
              row.partyRef,
              row.subject,
              row.validFrom,
            ]),
      );
    return (await this.find(id))!;
  }

  async find(id: string): Promise<SignatoryRow | undefined> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM signatories s WHERE s.id = $1`, [id]);
    return row;
  }

  /** Whether an officer of `publicParty` may confirm this entry (found, and within their reach); false for unknown ids. */
  async isConfirmableBy(id: string, publicParty: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM signatories s WHERE s.id = $2
         AND ((s.party_kind = 'PUBLIC_PARTY' AND s.party_ref = $1) OR (${ORGANISATION_IN_REACH}))`,
      [publicParty, id],
    );
    return rows.length > 0;
  }

  /** Confirms a PROPOSED entry; answers undefined when it was no longer PROPOSED (someone confirmed it first). */
  async confirm(id: string, confirmer: { actor: string; subject: string }): Promise<SignatoryRow | undefined> {
    const updated: { id: string }[] = await this.dataSource.query(
      `UPDATE signatories SET status = 'CONFIRMED', confirmed_by = $2, confirmed_by_subject = $3, confirmed_at = now()
       WHERE id = $1 AND status = 'PROPOSED' RETURNING id`,
      [id, confirmer.actor, confirmer.subject],
    );
    // The driver answers an UPDATE ... RETURNING as [rows, count].
    const rows = Array.isArray(updated[0]) ? (updated[0] as unknown as { id: string }[]) : updated;
    return rows.length ? this.find(id) : undefined;
  }

  /** Auditors pass no scope and see every entry. */
  list(scope: SignatoryScope): Promise<SignatoryRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    // The reach condition reads its public party as $1, so that parameter comes first when there is one.
    if (scope.confirmableByPublicParty) {
      params.push(scope.confirmableByPublicParty);
      where.push(`(${ORGANISATION_IN_REACH})`);
    }
    if (scope.party) where.push(`(s.party_kind = $${params.push(scope.party.partyKind)} AND s.party_ref = $${params.push(scope.party.partyRef)})`);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM signatories s ${where.length ? `WHERE ${where.join(' OR ')}` : ''} ORDER BY s.party_ref, s.valid_from, s.name`,
      params,
    );
  }

  /** The person's entries for the party that cover the day, confirmed or not. */
  async statusOn(partyKind: SignatoryPartyKind, partyRef: string, subject: string, onDate: string): Promise<SignatoryStatus | undefined> {
    const rows: { status: SignatoryStatus }[] = await this.dataSource.query(
      `SELECT status FROM signatories WHERE party_kind = $1 AND party_ref = $2 AND subject = $3
         AND valid_from <= $4::date AND (valid_to IS NULL OR valid_to >= $4::date)
       ORDER BY status = 'CONFIRMED' DESC LIMIT 1`,
      [partyKind, partyRef, subject, onDate],
    );
    return rows[0]?.status;
  }
}
