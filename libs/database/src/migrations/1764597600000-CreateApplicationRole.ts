import { MigrationInterface, QueryRunner } from 'typeorm';

/** The group role the API and the worker log in through (as a member), never the owner of the schema. */
export const APPLICATION_ROLE = 'iop_application';

/**
 * What the apps may do, table by table, and nothing more. UPDATE only where a repository really updates: the read
 * model's upserts (ON CONFLICT DO UPDATE) and the chains' heads, which move with every link. The evidence (audit log,
 * step records, checkpoints) is SELECT and INSERT only: ON CONFLICT DO NOTHING needs no more. No table gets DELETE,
 * TRUNCATE, TRIGGER or REFERENCES; not owning a table, the role can neither ALTER nor DROP it nor its triggers.
 *
 * ALTER DEFAULT PRIVILEGES is deliberately not used: a later migration that adds a table grants on it explicitly,
 * in the same migration, so that what the apps may do is always written next to the table it concerns (the
 * database-roles test fails on a table the role cannot reach).
 */
export const APPLICATION_GRANTS: Record<string, string> = {
  partnerships: 'SELECT, INSERT, UPDATE',
  parties: 'SELECT, INSERT, UPDATE',
  tasks: 'SELECT, INSERT, UPDATE',
  draft_versions: 'SELECT, INSERT, UPDATE',
  decisions: 'SELECT, INSERT',
  signatures: 'SELECT, INSERT',
  // An expired key is claimed anew, and the first answer is kept with its key.
  idempotency_keys: 'SELECT, INSERT, UPDATE',
  // A proposal is corrected while it waits, and confirmed (the confirmation itself is in the audit log).
  signatories: 'SELECT, INSERT, UPDATE',
  // The head is a place and a hash; the chain's key never changes once made.
  hash_chain_heads: 'SELECT, INSERT, UPDATE (seq, hash)',
  audit_log: 'SELECT, INSERT',
  step_records: 'SELECT, INSERT',
  chain_checkpoints: 'SELECT, INSERT',
};

export class CreateApplicationRole1764597600000 implements MigrationInterface {
  name = 'CreateApplicationRole1764597600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Roles belong to the whole server, not to one database: another database of the server (another test run, a
    // managed PostgreSQL where the DBA made it first) may have created it already, even at this same moment.
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APPLICATION_ROLE}') THEN
          CREATE ROLE ${APPLICATION_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APPLICATION_ROLE}`);
    for (const [table, privileges] of Object.entries(APPLICATION_GRANTS)) {
      await queryRunner.query(`GRANT ${privileges} ON ${table} TO ${APPLICATION_ROLE}`);
    }
    // bigserial ids of the audit log and the checkpoints: nextval needs USAGE, nothing more (no setval).
    await queryRunner.query(`GRANT USAGE ON SEQUENCE audit_log_id_seq, chain_checkpoints_id_seq TO ${APPLICATION_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON SEQUENCE audit_log_id_seq, chain_checkpoints_id_seq FROM ${APPLICATION_ROLE}`);
    for (const table of Object.keys(APPLICATION_GRANTS)) await queryRunner.query(`REVOKE ALL ON ${table} FROM ${APPLICATION_ROLE}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APPLICATION_ROLE}`);
    // The role itself stays: it belongs to the server, and other databases on it (and its login members) may use it.
  }
}
