import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE } from './1764597600000-CreateApplicationRole';

/**
 * Framework agreements (överenskommelser, issue 13) as a second kind of process. A framework is a process of kind
 * FRAMEWORK_AGREEMENT: its steps, tasks, audit entries and chain are the kernel's (step_records, tasks, audit_log,
 * hash_chain_heads by process_id), its joined organisations are its `parties` (what the guard's scope reads), and
 * its own tables hold what the lists and the partnerships' check read:
 * - `frameworks`: one row per framework, its state (the workflow's, as for partnerships) and the columns lists filter on;
 * - `framework_members`: every organisation's relation to a framework, with its dates (the public list of joined
 *   organisations, and the check that a partnership entered within a framework has only joined organisations);
 * - `partnerships.framework_id`: the framework a partnership was entered within, if any.
 */
export class CreateFrameworkReadModel1764800000000 implements MigrationInterface {
  name = 'CreateFrameworkReadModel1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The kinds as PROCESS_KINDS (libs/domain/src/process-kind.ts) lists them now.
    await queryRunner.query(`ALTER TABLE processes DROP CONSTRAINT ck_processes_kind`);
    await queryRunner.query(`ALTER TABLE processes ADD CONSTRAINT ck_processes_kind CHECK (kind IN ('PARTNERSHIP', 'FRAMEWORK_AGREEMENT'))`);
    await queryRunner.query(`
      CREATE TABLE frameworks (
        id uuid PRIMARY KEY CONSTRAINT fk_frameworks_process REFERENCES processes (id) ON DELETE CASCADE,
        workflow_id text NOT NULL CONSTRAINT uq_frameworks_workflow_id UNIQUE,
        title text NOT NULL,
        public_party_name text NOT NULL,
        status text NOT NULL CONSTRAINT ck_frameworks_status CHECK (status IN ('PREPARING', 'IN_FORCE', 'LAPSED', 'ENDED')),
        version_in_force int,
        period_start date,
        period_end date,
        review_due_by date,
        revision int NOT NULL,
        state jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ix_frameworks_public_party ON frameworks (public_party_name, status)`);
    await queryRunner.query(`
      CREATE TABLE framework_members (
        framework_id uuid NOT NULL CONSTRAINT fk_framework_members_framework REFERENCES frameworks (id) ON DELETE CASCADE,
        organisation_number text NOT NULL,
        name text NOT NULL,
        status text NOT NULL CONSTRAINT ck_framework_members_status CHECK (status IN ('APPLIED', 'JOINED', 'REFUSED', 'LEFT')),
        applied_at timestamptz NOT NULL,
        joined_on date,
        left_on date,
        CONSTRAINT pk_framework_members PRIMARY KEY (framework_id, organisation_number)
      )`);
    // "Which frameworks has this organisation joined?": the partnership start's check and a representative's list.
    await queryRunner.query(`CREATE INDEX ix_framework_members_organisation ON framework_members (organisation_number, status)`);
    await queryRunner.query(`ALTER TABLE partnerships ADD COLUMN framework_id uuid CONSTRAINT fk_partnerships_framework REFERENCES frameworks (id)`);
    await queryRunner.query(`CREATE INDEX ix_partnerships_framework ON partnerships (framework_id) WHERE framework_id IS NOT NULL`);
    // The read model writes a framework's row and its members on every move: never deletes either.
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON frameworks, framework_members TO ${APPLICATION_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON frameworks, framework_members FROM ${APPLICATION_ROLE}`);
    await queryRunner.query(`ALTER TABLE partnerships DROP COLUMN framework_id`);
    await queryRunner.query(`DROP TABLE framework_members`);
    await queryRunner.query(`DROP TABLE frameworks`);
    await queryRunner.query(`ALTER TABLE processes DROP CONSTRAINT ck_processes_kind`);
    await queryRunner.query(`ALTER TABLE processes ADD CONSTRAINT ck_processes_kind CHECK (kind IN ('PARTNERSHIP'))`);
  }
}
