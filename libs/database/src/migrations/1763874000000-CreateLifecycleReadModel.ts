import { MigrationInterface, QueryRunner } from 'typeorm';

/** The lifecycle's read model: the state snapshot per partnership, and tables for what is listed across them. */
export class CreateLifecycleReadModel1763874000000 implements MigrationInterface {
  name = 'CreateLifecycleReadModel1763874000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE partnerships
        ADD COLUMN revision int NOT NULL DEFAULT 0,
        ADD COLUMN public_party_name text NOT NULL DEFAULT '',
        ADD COLUMN state jsonb,
        ADD COLUMN ended_reason text,
        ADD COLUMN agreement_start date,
        ADD COLUMN agreement_end date`);
    await queryRunner.query(`ALTER TABLE parties ADD COLUMN status_reason text`);
    await queryRunner.query(`
      CREATE TABLE tasks (
        partnership_id uuid NOT NULL CONSTRAINT fk_tasks_partnership REFERENCES partnerships (id) ON DELETE CASCADE,
        task_id text NOT NULL,
        type text NOT NULL,
        addressed_to text NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL CONSTRAINT ck_tasks_status CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
        created_at timestamptz NOT NULL,
        closed_at timestamptz,
        ref text,
        CONSTRAINT pk_tasks PRIMARY KEY (partnership_id, task_id)
      )`);
    await queryRunner.query(`CREATE INDEX ix_tasks_addressed_open ON tasks (addressed_to, due_date) WHERE status = 'OPEN'`);
    await queryRunner.query(`
      CREATE TABLE draft_versions (
        partnership_id uuid NOT NULL CONSTRAINT fk_draft_versions_partnership REFERENCES partnerships (id) ON DELETE CASCADE,
        version int NOT NULL,
        round int NOT NULL,
        submitted_by text NOT NULL,
        submitted_at timestamptz NOT NULL,
        content jsonb NOT NULL,
        CONSTRAINT pk_draft_versions PRIMARY KEY (partnership_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE decisions (
        partnership_id uuid NOT NULL CONSTRAINT fk_decisions_partnership REFERENCES partnerships (id) ON DELETE CASCADE,
        seq int NOT NULL,
        round int NOT NULL,
        draft_version int NOT NULL,
        body text NOT NULL,
        meeting_date date NOT NULL,
        diarienummer text NOT NULL,
        paragraph text NOT NULL,
        outcome text NOT NULL CONSTRAINT ck_decisions_outcome CHECK (outcome IN ('APPROVED', 'REJECTED', 'RETURNED')),
        reasons text,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT pk_decisions PRIMARY KEY (partnership_id, seq)
      )`);
    await queryRunner.query(`CREATE INDEX ix_decisions_diarienummer ON decisions (diarienummer)`);
    await queryRunner.query(`
      CREATE TABLE signatures (
        partnership_id uuid NOT NULL CONSTRAINT fk_signatures_partnership REFERENCES partnerships (id) ON DELETE CASCADE,
        round int NOT NULL,
        party_key text NOT NULL,
        draft_version int NOT NULL,
        signatory_name text NOT NULL,
        signed_at timestamptz NOT NULL,
        CONSTRAINT pk_signatures PRIMARY KEY (partnership_id, round, party_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE signatures`);
    await queryRunner.query(`DROP TABLE decisions`);
    await queryRunner.query(`DROP TABLE draft_versions`);
    await queryRunner.query(`DROP TABLE tasks`);
    await queryRunner.query(`ALTER TABLE parties DROP COLUMN status_reason`);
    await queryRunner.query(`
      ALTER TABLE partnerships DROP COLUMN revision, DROP COLUMN public_party_name, DROP COLUMN state,
        DROP COLUMN ended_reason, DROP COLUMN agreement_start, DROP COLUMN agreement_end`);
  }
}
