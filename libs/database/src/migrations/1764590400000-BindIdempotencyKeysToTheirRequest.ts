import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An Idempotency-Key names one request, whoever sends it (the IETF httpapi-idempotency-key-header draft): the key
 * is stored with the caller's subject, the method, the route and the SHA-256 of the canonical body, the Temporal
 * update id of its claim, its first answer once there is one, and when it expires. The audit log may record a
 * replayed answer as such.
 */
export class BindIdempotencyKeysToTheirRequest1764590400000 implements MigrationInterface {
  name = 'BindIdempotencyKeysToTheirRequest1764590400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Keys stored before this migration came from POST /partnerships only and name no caller: an empty subject,
    // which no token carries, makes their retries a 422 rather than a second partnership.
    await queryRunner.query(`
      ALTER TABLE idempotency_keys
        ADD COLUMN subject text NOT NULL DEFAULT '',
        ADD COLUMN method text NOT NULL DEFAULT 'POST',
        ADD COLUMN route text NOT NULL DEFAULT '/partnerships',
        ADD COLUMN path text NOT NULL DEFAULT '/partnerships',
        ADD COLUMN update_id uuid NOT NULL DEFAULT gen_random_uuid(),
        ADD COLUMN response jsonb,
        ADD COLUMN expires_at timestamptz`);
    await queryRunner.query(`UPDATE idempotency_keys SET expires_at = created_at + interval '24 hours'`);
    await queryRunner.query(`
      ALTER TABLE idempotency_keys
        ALTER COLUMN subject DROP DEFAULT, ALTER COLUMN method DROP DEFAULT, ALTER COLUMN route DROP DEFAULT,
        ALTER COLUMN path DROP DEFAULT, ALTER COLUMN update_id DROP DEFAULT, ALTER COLUMN expires_at SET NOT NULL,
        DROP CONSTRAINT pk_idempotency_keys,
        DROP COLUMN scope,
        ADD CONSTRAINT pk_idempotency_keys PRIMARY KEY (key)`);
    await queryRunner.query(`CREATE INDEX ix_idempotency_keys_expires ON idempotency_keys (expires_at)`);
    await queryRunner.query(`ALTER TABLE audit_log DROP CONSTRAINT ck_audit_log_outcome`);
    await queryRunner.query(`
      ALTER TABLE audit_log ADD CONSTRAINT ck_audit_log_outcome CHECK (outcome IN ('ACCEPTED', 'REPLAYED', 'REFUSED', 'FAILED'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The audit log is append-only: REPLAYED entries stay, so the old rule holds for new entries only.
    await queryRunner.query(`ALTER TABLE audit_log DROP CONSTRAINT ck_audit_log_outcome`);
    await queryRunner.query(`
      ALTER TABLE audit_log ADD CONSTRAINT ck_audit_log_outcome CHECK (outcome IN ('ACCEPTED', 'REFUSED', 'FAILED')) NOT VALID`);
    await queryRunner.query(`DROP INDEX ix_idempotency_keys_expires`);
    await queryRunner.query(`ALTER TABLE idempotency_keys ADD COLUMN scope text`);
    await queryRunner.query(`UPDATE idempotency_keys SET scope = method || ' ' || route`);
    await queryRunner.query(`
      ALTER TABLE idempotency_keys
        ALTER COLUMN scope SET NOT NULL,
        DROP CONSTRAINT pk_idempotency_keys,
        ADD CONSTRAINT pk_idempotency_keys PRIMARY KEY (scope, key),
        DROP COLUMN subject, DROP COLUMN method, DROP COLUMN route, DROP COLUMN path,
        DROP COLUMN update_id, DROP COLUMN response, DROP COLUMN expires_at`);
  }
}
