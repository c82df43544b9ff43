/**
 * Temporal's two databases (persistence and visibility) on PostgreSQL: created when missing and brought to the newest
 * schema shipped with the server, with temporal-sql-tool.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureDatabase } from './postgres';
import { TemporalClusterBinaries } from './temporal-cluster-build';

export interface PostgresLogin {
  host: string;
  port: number;
  user: string;
  password: string;
}

export const TEMPORAL_DATABASE = 'temporal';
export const VISIBILITY_DATABASE = 'temporal_visibility';

function postgresUrl(postgres: PostgresLogin, database: string): string {
  const url = new URL('postgres://localhost');
  url.hostname = postgres.host;
  url.port = String(postgres.port);
  url.username = postgres.user;
  url.password = postgres.password;
  url.pathname = `/${database}`;
  return url.toString();
}

function runTool(command: string, args: string[], what: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => fail(new Error(`${what} could not run ${command}: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`${what} failed (exit code ${code}): ${output.trim().split('\n').slice(-3).join(' ')}`)),
    );
  });
}

/**
 * Temporal's two databases with temporal-sql-tool: created when missing, versioned from 0.0 on first use, then
 * updated to the newest version of the schema shipped with the server (nothing to do on a second start).
 */
export async function setupTemporalSchemas(binaries: TemporalClusterBinaries, postgres: PostgresLogin): Promise<void> {
  const admin = postgresUrl(postgres, 'postgres');
  for (const [database, schema] of [
    [TEMPORAL_DATABASE, 'temporal'],
    [VISIBILITY_DATABASE, 'visibility'],
  ] as const) {
    await ensureDatabase(admin, database);
    const common = [
      '--endpoint',
      postgres.host,
      '--port',
      String(postgres.port),
      '--user',
      postgres.user,
      '--password',
      postgres.password,
      '--plugin',
      'postgres12',
      '--database',
      database,
    ];
    if (!(await hasSchemaVersionTable(postgresUrl(postgres, database)))) {
      await runTool(binaries.sqlTool, [...common, 'setup-schema', '--version', '0.0'], `Setting up Temporal's ${database} schema`);
    }
    await runTool(
      binaries.sqlTool,
      [...common, 'update-schema', '--schema-dir', join(binaries.schemaDir, schema, 'versioned')],
      `Updating Temporal's ${database} schema`,
    );
  }
}

async function hasSchemaVersionTable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('public.schema_version') IS NOT NULL AS present`);
    return rows[0].present === true;
  } finally {
    await client.end();
  }
}
