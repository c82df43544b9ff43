import { Client } from 'pg';
import { withDatabase } from '../support/harness';

/** What a statement of the application's login answers: its SQLSTATE, or 'done' when PostgreSQL carried it out. */
async function asApplication(sql: string): Promise<string> {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    // Inside a transaction rolled back afterwards, so that a statement wrongly allowed still changes nothing.
    await db.query('BEGIN');
    return await db.query(sql).then(
      () => 'done',
      (error: { code?: string }) => error.code ?? 'no SQLSTATE',
    );
  } finally {
    await db.query('ROLLBACK').catch(() => undefined);
    await db.end();
  }
}

const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * The API and the worker connect as a login of `iop_application`, which may append evidence but never rewrite it:
 * what the database's own user could do (the TRUNCATE, DISABLE TRIGGER, session_replication_role) is refused.
 */
describe('the application role', () => {
  it('is not a superuser, and may neither create roles or databases nor replicate or bypass row security', async () => {
    const { rows } = await withDatabase((db) =>
      db.query(
        `SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls,
                               pg_has_role(rolname, 'iop_application', 'MEMBER') AS member
                        FROM pg_roles WHERE rolname = $1`,
        [new URL(process.env.DATABASE_URL!).username],
      ),
    );
    expect(rows).toEqual([{ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false, rolbypassrls: false, member: true }]);
  });

  it.each([
    ['TRUNCATE audit_log', 'TRUNCATE audit_log'],
    ['DELETE of audit_log', 'DELETE FROM audit_log'],
    ['UPDATE of audit_log', `UPDATE audit_log SET outcome = 'ACCEPTED'`],
    ['TRUNCATE step_records', 'TRUNCATE step_records CASCADE'],
    ['DELETE of step_records', 'DELETE FROM step_records'],
    ['UPDATE of step_records', `UPDATE step_records SET level_reached = 'PARTNERSHIP'`],
    ['UPDATE of chain_checkpoints', `UPDATE chain_checkpoints SET hash = hash`],
    ['DELETE of chain_checkpoints', 'DELETE FROM chain_checkpoints'],
    ['renaming a chain in hash_chain_heads', `UPDATE hash_chain_heads SET chain_key = chain_key || '-old'`],
    ['ALTER TABLE audit_log DISABLE TRIGGER ALL', 'ALTER TABLE audit_log DISABLE TRIGGER ALL'],
    ['DROP TRIGGER of the append-only trigger', 'DROP TRIGGER tr_audit_log_append_only ON audit_log'],
    ['a trigger of its own', 'CREATE TRIGGER tr_mine BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()'],
    ['SET session_replication_role = replica', 'SET session_replication_role = replica'],
    ['DROP TABLE audit_log', 'DROP TABLE audit_log'],
  ])('is refused %s (SQLSTATE 42501)', async (_what, sql) => {
    expect(await asApplication(sql)).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('reads every table the apps use, and holds DELETE, TRUNCATE, TRIGGER or REFERENCES on none', async () => {
    const { rows } = await withDatabase((db) =>
      db.query(`SELECT c.relname AS table,
                       has_table_privilege('iop_application', c.oid, 'SELECT') AS reads,
                       has_table_privilege('iop_application', c.oid, 'DELETE, TRUNCATE, TRIGGER, REFERENCES') AS rewrites
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'schema_migrations' ORDER BY 1`),
    );
    // A table a later migration adds without its GRANT shows here (ALTER DEFAULT PRIVILEGES is not used, on purpose).
    expect(rows.filter((r) => !r.reads).map((r) => r.table)).toEqual([]);
    expect(rows.filter((r) => r.rewrites).map((r) => r.table)).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(12);
  });

  it('may not change the evidence tables, nor a stored text or file, at all: only SELECT and INSERT', async () => {
    const { rows } = await withDatabase((db) =>
      db.query(`SELECT t AS table, has_table_privilege('iop_application', t, 'UPDATE') AS updates
                FROM unnest(ARRAY['audit_log', 'step_records', 'chain_checkpoints', 'stored_texts', 'exchange_rates',
                                   'handlings', 'document_contents', 'document_chunks']) AS t`),
    );
    expect(rows).toEqual([
      { table: 'audit_log', updates: false },
      { table: 'step_records', updates: false },
      { table: 'chain_checkpoints', updates: false },
      // Named by its SHA-256: a changed text would no longer match its name.
      { table: 'stored_texts', updates: false },
      // A rate is corrected by recording another for its date: the first stays for the auditor.
      { table: 'exchange_rates', updates: false },
      // A registered handling is the diarium's entry; a file is named by its SHA-256, each of its pieces too.
      { table: 'handlings', updates: false },
      { table: 'document_contents', updates: false },
      { table: 'document_chunks', updates: false },
    ]);
  });
});
