import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tamper evidence and the auditor's lists: step records and audit-log entries of a partnership form one hash
 * chain (sequence, previous hash, hash), and the lists across partnerships get their indexes.
 */
export class AddHashChainAndListIndexes1763881200000 implements MigrationInterface {
  name = 'AddHashChainAndListIndexes1763881200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE hash_chain_heads (
        chain_key text PRIMARY KEY,
        seq bigint NOT NULL,
        hash text NOT NULL
      )`);
    for (const table of ['step_records', 'audit_log']) {
      await queryRunner.query(
        `ALTER TABLE ${table} ADD COLUMN chain_key text, ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text`,
      );
      await queryRunner.query(`CREATE UNIQUE INDEX ux_${table}_chain ON ${table} (chain_key, chain_seq)`);
    }
    await queryRunner.query(`CREATE INDEX ix_partnerships_created ON partnerships (created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_partnerships_phase_created ON partnerships (phase, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_partnerships_public_party_created ON partnerships (public_party_name, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_step_records_partnership_level ON step_records (partnership_id, level_reached)`);
    await queryRunner.query(`CREATE INDEX ix_step_records_level_partnership ON step_records (level_reached, partnership_id)`);
    await queryRunner.query(`CREATE INDEX ix_decisions_partnership ON decisions (partnership_id)`);
    await queryRunner.query(`CREATE INDEX ix_parties_partnership ON parties (partnership_id)`);
    await queryRunner.query(`CREATE INDEX ix_tasks_open_due ON tasks (due_date) WHERE status = 'OPEN'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'ix_tasks_open_due',
      'ix_parties_partnership',
      'ix_decisions_partnership',
      'ix_step_records_level_partnership',
      'ix_step_records_partnership_level',
      'ix_partnerships_public_party_created',
      'ix_partnerships_phase_created',
      'ix_partnerships_created',
    ]) {
      await queryRunner.query(`DROP INDEX ${index}`);
    }
    for (const table of ['step_records', 'audit_log']) {
      await queryRunner.query(`DROP INDEX ux_${table}_chain`);
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN chain_key, DROP COLUMN chain_seq, DROP COLUMN prev_hash, DROP COLUMN hash`);
    }
    await queryRunner.query(`DROP TABLE hash_chain_heads`);
  }
}
