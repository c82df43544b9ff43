import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE } from './1764597600000-CreateApplicationRole';

/**
 * Initiatives from organisations (IOP-initiativ, issue 14) as a third kind of process. Its steps, tasks, audit
 * entries and chain are the kernel's (by process_id); its parties are the addressed public party and the
 * submitting organisation (what the guard's scope reads); `initiatives` holds its state and what the lists filter
 * on: the public party addressed, the organisation, the status and outcome, and the partnership it opened.
 */
export class CreateInitiativeReadModel1764900000000 implements MigrationInterface {
  name = 'CreateInitiativeReadModel1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The kinds as PROCESS_KINDS (libs/domain/src/process-kind.ts) lists them now.
    await queryRunner.query(`ALTER TABLE processes DROP CONSTRAINT ck_processes_kind`);
    await queryRunner.query(
      `ALTER TABLE processes ADD CONSTRAINT ck_processes_kind CHECK (kind IN ('PARTNERSHIP', 'FRAMEWORK_AGREEMENT', 'INITIATIVE'))`,
    );
    await queryRunner.query(`
      CREATE TABLE initiatives (
        id uuid PRIMARY KEY CONSTRAINT fk_initiatives_process REFERENCES processes (id) ON DELETE CASCADE,
        workflow_id text NOT NULL CONSTRAINT uq_initiatives_workflow_id UNIQUE,
        title text NOT NULL,
        public_party_name text NOT NULL,
        organisation_number text NOT NULL,
        organisation_name text NOT NULL,
        status text NOT NULL CONSTRAINT ck_initiatives_status CHECK (status IN ('SUBMITTED', 'ASSESSING', 'DECIDED')),
        outcome text CONSTRAINT ck_initiatives_outcome CHECK (outcome IN ('OPEN_PARTNERSHIP', 'OTHER_FORM', 'DECLINED')),
        partnership_id uuid,
        revision int NOT NULL,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // An officer's list (addressed to their public party) and a representative's (their organisation's).
    await queryRunner.query(`CREATE INDEX ix_initiatives_public_party ON initiatives (public_party_name, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX ix_initiatives_organisation ON initiatives (organisation_number, created_at DESC)`);
    // The read model writes an initiative's row on every move; never deletes it.
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON initiatives TO ${APPLICATION_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON initiatives FROM ${APPLICATION_ROLE}`);
    await queryRunner.query(`DROP TABLE initiatives`);
    await queryRunner.query(`ALTER TABLE processes DROP CONSTRAINT ck_processes_kind`);
    await queryRunner.query(`ALTER TABLE processes ADD CONSTRAINT ck_processes_kind CHECK (kind IN ('PARTNERSHIP', 'FRAMEWORK_AGREEMENT'))`);
  }
}
