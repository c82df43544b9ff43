import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A firmatecknare entry carries its basis (what shows the person may sign) and is valid only once a different
 * person has confirmed it.
 *
 * Entries made before this migration were registered by whoever asked, on their own word: nothing shows they were
 * ever checked. Marking them CONFIRMED would launder exactly the self-registrations this change exists to stop, so
 * they become PROPOSED with basis kind LEGACY (their old free-text authority kept as the basis reference) and need
 * a confirmation like any new proposal. Agreements already signed are unaffected; only new signatures wait.
 */
export class AddSignatoryProof1764594000000 implements MigrationInterface {
  name = 'AddSignatoryProof1764594000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE signatories
        ADD COLUMN basis_kind text,
        ADD COLUMN basis_reference text,
        ADD COLUMN basis_date date,
        ADD COLUMN basis_paragraph text,
        ADD COLUMN status text NOT NULL DEFAULT 'PROPOSED',
        ADD COLUMN proposed_by_subject text,
        ADD COLUMN confirmed_by_subject text,
        ADD COLUMN confirmed_by text,
        ADD COLUMN confirmed_at timestamptz`);
    // registered_by holds the proposer as the audit log names people (e-mail, else subject); the subject of a
    // legacy proposer is unknown, so the self-confirmation rule compares that name as well.
    await queryRunner.query(`UPDATE signatories SET basis_kind = 'LEGACY', basis_reference = authority`);
    await queryRunner.query(`
      ALTER TABLE signatories
        ALTER COLUMN basis_kind SET NOT NULL,
        ALTER COLUMN basis_reference SET NOT NULL,
        DROP COLUMN authority,
        ADD CONSTRAINT ck_signatories_status CHECK (status IN ('PROPOSED', 'CONFIRMED')),
        ADD CONSTRAINT ck_signatories_basis_kind CHECK (
          (party_kind = 'ORGANISATION' AND basis_kind IN ('BOARD_DECISION', 'REGISTER_EXTRACT', 'LEGACY'))
          OR (party_kind = 'PUBLIC_PARTY' AND basis_kind IN ('DELEGATION_ORDER', 'LEGACY'))),
        ADD CONSTRAINT ck_signatories_basis_date CHECK (basis_kind = 'LEGACY' OR basis_date IS NOT NULL),
        ADD CONSTRAINT ck_signatories_basis_paragraph CHECK (basis_kind <> 'DELEGATION_ORDER' OR basis_paragraph IS NOT NULL),
        ADD CONSTRAINT ck_signatories_confirmation CHECK (
          (status = 'CONFIRMED') = (confirmed_at IS NOT NULL AND confirmed_by IS NOT NULL AND confirmed_by_subject IS NOT NULL)),
        -- Nobody confirms their own entry, held by the database too: not the person named, not the proposer.
        ADD CONSTRAINT ck_signatories_not_self_confirmed CHECK (
          confirmed_by_subject IS NULL
          OR (confirmed_by_subject <> subject AND confirmed_by_subject IS DISTINCT FROM proposed_by_subject AND confirmed_by <> registered_by))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE signatories ADD COLUMN authority text`);
    await queryRunner.query(`
      UPDATE signatories SET authority = CASE basis_kind
        WHEN 'LEGACY' THEN basis_reference
        ELSE concat_ws(', ', basis_kind, basis_reference, to_char(basis_date, 'YYYY-MM-DD'), basis_paragraph) END`);
    await queryRunner.query(`
      ALTER TABLE signatories
        ALTER COLUMN authority SET NOT NULL,
        DROP CONSTRAINT ck_signatories_not_self_confirmed,
        DROP CONSTRAINT ck_signatories_confirmation,
        DROP CONSTRAINT ck_signatories_basis_paragraph,
        DROP CONSTRAINT ck_signatories_basis_date,
        DROP CONSTRAINT ck_signatories_basis_kind,
        DROP CONSTRAINT ck_signatories_status,
        DROP COLUMN basis_kind,
        DROP COLUMN basis_reference,
        DROP COLUMN basis_date,
        DROP COLUMN basis_paragraph,
        DROP COLUMN status,
        DROP COLUMN proposed_by_subject,
        DROP COLUMN confirmed_by_subject,
        DROP COLUMN confirmed_by,
        DROP COLUMN confirmed_at`);
  }
}
