import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ROLE } from './1764597600000-CreateApplicationRole';

/** The tables that belonged to a partnership and now belong to a process of any kind, with their constraint names. */
const CHILDREN = [
  { table: 'parties', fk: 'fk_parties_partnership', newFk: 'fk_parties_process' },
  { table: 'step_records', fk: 'fk_step_records_partnership', newFk: 'fk_step_records_process' },
  { table: 'tasks', fk: 'fk_tasks_partnership', newFk: 'fk_tasks_process' },
] as const;

/** Constraints and indexes named after the partnership column, renamed with it. */
const RENAMED = [
  { kind: 'CONSTRAINT', table: 'parties', from: 'uq_parties_partnership_party', to: 'uq_parties_process_party' },
  { kind: 'CONSTRAINT', table: 'step_records', from: 'uq_step_records_partnership_step', to: 'uq_step_records_process_step' },
  { kind: 'INDEX', from: 'ix_parties_partnership', to: 'ix_parties_process' },
  { kind: 'INDEX', from: 'ix_step_records_partnership_time', to: 'ix_step_records_process_time' },
  { kind: 'INDEX', from: 'ix_step_records_partnership_level', to: 'ix_step_records_process_level' },
  { kind: 'INDEX', from: 'ix_step_records_level_partnership', to: 'ix_step_records_level_process' },
] as const;

/** A text column that names a process when its value is one's id: the audit target and the chain key. */
const NAMING_COLUMNS = [
  {
    table: 'audit_log',
    column: 'target',
    trigger: 'tr_audit_log_names_process',
    fk: 'fk_audit_log_process',
    index: 'ix_audit_log_process',
    indexed: 'process_id, occurred_at',
  },
  {
    table: 'hash_chain_heads',
    column: 'chain_key',
    trigger: 'tr_hash_chain_heads_names_process',
    fk: 'fk_hash_chain_heads_process',
    index: 'ix_hash_chain_heads_process',
    indexed: 'process_id',
  },
] as const;

const UUID_PATTERN = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

/**
 * Processes of every kind (issue 12): `processes` holds what every kind has (its kind, title, public party, workflow
 * and creation), and the kernel's tables refer to it instead of to `partnerships`: parties, step records and tasks
 * through `process_id` (renamed from partnership_id, same values), the audit log and the chains' heads through a
 * `process_id` beside the text that names the process (the audit target, the chain key), with a foreign key.
 * A partnership is a process of kind PARTNERSHIP with the same id; its own tables (draft versions, decisions,
 * signatures) keep referring to `partnerships`. `partnerships` keeps its title, public party, workflow id and
 * creation for now: the list's indexes combine them with its phase. Both rows are written by the same statement
 * from the same values, and neither ever changes them.
 *
 * Hashes are immutable evidence, and nothing they cover changes here: a step's hash covers its partnership's id
 * (the same uuid, now read from process_id), an audit entry's covers its target (unchanged text); chain keys keep
 * their values, so checkpoints keep verifying. `process_id` of the audit log and the heads is derived by a trigger
 * from the text the hash covers, on every insert and by this migration for the rows before it, so it can never say
 * something else than the hashed target.
 */
export class StoreProcessesOfEveryKind1764704000000 implements MigrationInterface {
  name = 'StoreProcessesOfEveryKind1764704000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The kinds as PROCESS_KINDS (libs/domain/src/process-kind.ts) lists them when this migration was written; a
    // migration that adds a kind replaces this check.
    await queryRunner.query(`
      CREATE TABLE processes (
        id uuid PRIMARY KEY,
        kind text NOT NULL CONSTRAINT ck_processes_kind CHECK (kind IN ('PARTNERSHIP')),
        title text NOT NULL,
        public_party_name text NOT NULL,
        workflow_id text NOT NULL CONSTRAINT uq_processes_workflow_id UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_processes_public_party ON processes (public_party_name, kind)`);
    await queryRunner.query(`
      INSERT INTO processes (id, kind, title, public_party_name, workflow_id, created_at)
      SELECT id, 'PARTNERSHIP', title, public_party_name, workflow_id, created_at FROM partnerships`);
    await queryRunner.query(`
      ALTER TABLE partnerships ADD CONSTRAINT fk_partnerships_process FOREIGN KEY (id) REFERENCES processes (id) ON DELETE CASCADE`);

    for (const { table, fk, newFk } of CHILDREN) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${fk}`);
      await queryRunner.query(`ALTER TABLE ${table} RENAME COLUMN partnership_id TO process_id`);
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${newFk} FOREIGN KEY (process_id) REFERENCES processes (id) ON DELETE CASCADE`);
    }
    for (const r of RENAMED) {
      await queryRunner.query(
        r.kind === 'INDEX' ? `ALTER INDEX ${r.from} RENAME TO ${r.to}` : `ALTER TABLE ${r.table} RENAME CONSTRAINT ${r.from} TO ${r.to}`,
      );
    }

    // One rule for "this text names a process", used for the rows to come (the trigger) and those before (below).
    await queryRunner.query(`
      CREATE FUNCTION process_named_by() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        named text := to_jsonb(NEW) ->> TG_ARGV[0];
      BEGIN
        IF named ~ ${UUID_PATTERN} THEN
          SELECT id INTO NEW.process_id FROM processes WHERE id = named::uuid;
        ELSE
          NEW.process_id := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    for (const { table, column, trigger, fk, index, indexed } of NAMING_COLUMNS) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN process_id uuid CONSTRAINT ${fk} REFERENCES processes (id)`);
      // A process's audit entries are read by it, oldest first (the auditor's timeline).
      await queryRunner.query(`CREATE INDEX ${index} ON ${table} (${indexed})`);
      await queryRunner.query(`
        CREATE TRIGGER ${trigger} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION process_named_by('${column}')`);
    }
    // The audit log refuses every UPDATE, rightly: this one adds the process beside the target the hash covers and
    // changes no hashed column. ALTER TABLE holds the table's exclusive lock until the migration commits, so no
    // other session can write while the trigger is off.
    await queryRunner.query(`ALTER TABLE audit_log DISABLE TRIGGER tr_audit_log_append_only`);
    for (const { table, column } of NAMING_COLUMNS) {
      await queryRunner.query(`
        UPDATE ${table} t SET process_id = p.id FROM processes p
        WHERE t.${column} ~ ${UUID_PATTERN} AND p.id = t.${column}::uuid`);
    }
    await queryRunner.query(`ALTER TABLE audit_log ENABLE TRIGGER tr_audit_log_append_only`);

    // The read model writes a process once, with its partnership's first write (ON CONFLICT DO NOTHING after).
    await queryRunner.query(`GRANT SELECT, INSERT ON processes TO ${APPLICATION_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON processes FROM ${APPLICATION_ROLE}`);
    for (const { table, trigger } of NAMING_COLUMNS) {
      await queryRunner.query(`DROP TRIGGER ${trigger} ON ${table}`);
      // Dropping a column is no UPDATE of a row: the append-only trigger does not object.
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN process_id`);
    }
    await queryRunner.query(`DROP FUNCTION process_named_by()`);
    for (const r of [...RENAMED].reverse()) {
      await queryRunner.query(
        r.kind === 'INDEX' ? `ALTER INDEX ${r.to} RENAME TO ${r.from}` : `ALTER TABLE ${r.table} RENAME CONSTRAINT ${r.to} TO ${r.from}`,
      );
    }
    for (const { table, fk, newFk } of CHILDREN) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${newFk}`);
      await queryRunner.query(`ALTER TABLE ${table} RENAME COLUMN process_id TO partnership_id`);
      await queryRunner.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${fk} FOREIGN KEY (partnership_id) REFERENCES partnerships (id) ON DELETE CASCADE`,
      );
    }
    await queryRunner.query(`ALTER TABLE partnerships DROP CONSTRAINT fk_partnerships_process`);
    await queryRunner.query(`DROP TABLE processes`);
  }
}
