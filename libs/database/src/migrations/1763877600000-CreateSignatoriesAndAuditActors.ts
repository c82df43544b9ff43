import { MigrationInterface, QueryRunner } from 'typeorm';

/** Firmatecknare per party, and who (role, party) made each audited command. */
export class CreateSignatoriesAndAuditActors1763877600000 implements MigrationInterface {
  name = 'CreateSignatoriesAndAuditActors1763877600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE signatories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        party_kind text NOT NULL CONSTRAINT ck_signatories_party_kind CHECK (party_kind IN ('PUBLIC_PARTY', 'ORGANISATION')),
        party_ref text NOT NULL,
        subject text NOT NULL,
        name text NOT NULL,
        email text,
        valid_from date NOT NULL,
        valid_to date,
        authority text NOT NULL,
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_signatories_party_subject_from UNIQUE (party_kind, party_ref, subject, valid_from),
        CONSTRAINT ck_signatories_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await queryRunner.query(`
      ALTER TABLE audit_log
        ADD COLUMN actor_role text,
        ADD COLUMN actor_public_party text,
        ADD COLUMN actor_organisation text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The append-only trigger refuses UPDATE and DELETE of rows, not changes of the table's columns.
    await queryRunner.query(`ALTER TABLE audit_log DROP COLUMN actor_role, DROP COLUMN actor_public_party, DROP COLUMN actor_organisation`);
    await queryRunner.query(`DROP TABLE signatories`);
  }
}
