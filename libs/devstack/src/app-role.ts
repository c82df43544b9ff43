import { Client } from 'pg';

/** The migrations' group role; the login made here is a member and gets its rights from it alone. */
const APPLICATION_ROLE = 'iop_application';

/**
 * Creates (or resets the password of) the login the API and the worker use, a member of the migrations'
 * `iop_application` role and nothing more: no superuser, no databases, no roles, no replication. Run as the owner,
 * after the migrations. Returns the same server and database's URL for that login.
 */
export async function ensureApplicationLogin(ownerUrl: string, login: string, password: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(login)) throw new Error(`Not a plain role name: ${login}`);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login]);
    const verb = exists.rowCount === 0 ? 'CREATE' : 'ALTER';
    // A password cannot be a bind parameter of CREATE ROLE; quote_literal quotes it on the server.
    const { rows } = await client.query('SELECT quote_literal($1::text) AS literal', [password]);
    await client.query(
      `${verb} ROLE ${login} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD ${rows[0].literal}`,
    );
    await client.query(`GRANT ${APPLICATION_ROLE} TO ${login}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = login;
  url.password = password;
  return url.toString();
}

/** Removes a login made by `ensureApplicationLogin` (a test run's own), once nothing uses it. */
export async function dropApplicationLogin(ownerUrl: string, login: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`DROP ROLE IF EXISTS ${login}`);
  } finally {
    await client.end();
  }
}
