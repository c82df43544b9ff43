import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Version 2 of what a link of the hash chain covers, and the audit entry of an accepted move written with its steps:
 * - step records keep the terms of what they record (`record`: a decision, a signature) and their request id under
 *   the hash; `hash_version` says which content a row's hash covers (1: the rows written before this change);
 * - an audit entry written with a move's steps carries `command_key` (the partnership and the revision the move
 *   made), unique, so that the API's write and the workflow's activity store it once between them;
 * - `path` keeps a request's path when no route matched it, truncated, with its full length;
 * - `read_model_alerts`: writes PostgreSQL refused as data (SQLSTATE classes 22 and 23), for operators.
 */
export class ChainEveryRecordAndAuditMovesWithTheirSteps1764601200000 implements MigrationInterface {
  name = 'ChainEveryRecordAndAuditMovesWithTheirSteps1764601200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE step_records ADD COLUMN record jsonb, ADD COLUMN hash_version smallint NOT NULL DEFAULT 1`);
    await queryRunner.query(`
      ALTER TABLE audit_log
        ADD COLUMN command_key text CONSTRAINT uq_audit_log_command_key UNIQUE,
        ADD COLUMN path text,
        ADD COLUMN path_length int,
        ADD COLUMN hash_version smallint NOT NULL DEFAULT 1`);
    await queryRunner.query(`
      CREATE TABLE read_model_alerts (
        id bigserial PRIMARY KEY,
        partnership_id uuid NOT NULL,
        revision int NOT NULL,
        sql_state text NOT NULL,
        message text NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_read_model_alerts_partnership_revision UNIQUE (partnership_id, revision)
      )`);
    // The application's group role, where the roles migration made one: it records alerts and reads them.
    await queryRunner.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'iop_application') THEN
          GRANT SELECT, INSERT ON read_model_alerts TO iop_application;
          GRANT USAGE ON SEQUENCE read_model_alerts_id_seq TO iop_application;
        END IF;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE read_model_alerts`);
    await queryRunner.query(`ALTER TABLE audit_log DROP COLUMN command_key, DROP COLUMN path, DROP COLUMN path_length, DROP COLUMN hash_version`);
    await queryRunner.query(`ALTER TABLE step_records DROP COLUMN record, DROP COLUMN hash_version`);
  }
}
