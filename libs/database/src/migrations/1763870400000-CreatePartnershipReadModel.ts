import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePartnershipReadModel1763870400000 implements MigrationInterface {
  name = 'CreatePartnershipReadModel1763870400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partnerships (
        id uuid PRIMARY KEY,
        workflow_id text NOT NULL CONSTRAINT uq_partnerships_workflow_id UNIQUE,
        title text NOT NULL,
        phase text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_partnerships_phase ON partnerships (phase)`);
    await queryRunner.query(`
      CREATE TABLE parties (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_parties_partnership REFERENCES partnerships (id) ON DELETE CASCADE,
        party_key text NOT NULL,
        kind text NOT NULL CONSTRAINT ck_parties_kind CHECK (kind IN ('PUBLIC', 'ORGANISATION')),
        name text NOT NULL,
        organisation_number text,
        status text NOT NULL,
        position int NOT NULL,
        CONSTRAINT uq_parties_partnership_party UNIQUE (partnership_id, party_key)
      )`);
    await queryRunner.query(`CREATE INDEX ix_parties_organisation_number ON parties (organisation_number)`);
    await queryRunner.query(`
      CREATE TABLE step_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL CONSTRAINT fk_step_records_partnership REFERENCES partnerships (id) ON DELETE CASCADE,
        step_key text NOT NULL,
        phase text NOT NULL,
        action text NOT NULL,
        responsible_kind text NOT NULL CONSTRAINT ck_step_records_responsible CHECK (responsible_kind IN ('PUBLIC', 'ORGANISATION', 'JOINT')),
        responsible_organisation_number text,
        level_aimed_for text NOT NULL,
        level_reached text,
        actor text NOT NULL,
        occurred_at timestamptz NOT NULL,
        evidence jsonb NOT NULL,
        request_id text,
        CONSTRAINT uq_step_records_partnership_step UNIQUE (partnership_id, step_key)
      )`);
    await queryRunner.query(`CREATE INDEX ix_step_records_partnership_time ON step_records (partnership_id, occurred_at)`);
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        resource_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_idempotency_keys PRIMARY KEY (scope, key)
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        request_id text NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        target text,
        outcome text NOT NULL CONSTRAINT ck_audit_log_outcome CHECK (outcome IN ('ACCEPTED', 'REFUSED', 'FAILED')),
        status_code int NOT NULL,
        reason text
      )`);
    await queryRunner.query(`CREATE INDEX ix_audit_log_target ON audit_log (target, occurred_at)`);
    // The audit log is evidence: the database itself refuses to change or remove an entry.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER tr_audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_audit_log_append_only ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP TABLE idempotency_keys`);
    await queryRunner.query(`DROP TABLE step_records`);
    await queryRunner.query(`DROP TABLE parties`);
    await queryRunner.query(`DROP TABLE partnerships`);
  }
}
