import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEMO_USERS } from '../libs/identity/src';

/**
 * The development issuer's secret: made once per data folder and kept there (mode 600), so the demo tokens stay
 * valid across restarts. Never used in production, where AUTH_MODE=oidc.
 */
export function devAuthSecret(dataDir: string): string {
  if (process.env.DEV_AUTH_SECRET) return process.env.DEV_AUTH_SECRET;
  const file = join(dataDir, 'dev-auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** The demo officer and representatives are firmatecknare of their parties, so that a demo can reach signature. */
export async function seedDemoSignatories(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const user of DEMO_USERS) {
      const party = user.publicParty ? ['PUBLIC_PARTY', user.publicParty] : user.organisationNumber ? ['ORGANISATION', user.organisationNumber] : undefined;
      if (!party) continue;
      await client.query(
        `INSERT INTO signatories (party_kind, party_ref, subject, name, email, valid_from, authority, registered_by)
         VALUES ($1, $2, $3, $4, $5, '2000-01-01', 'Demodata: lokal utvecklingsmiljö', 'run command')
         ON CONFLICT (party_kind, party_ref, subject, valid_from) DO NOTHING`,
        [party[0], party[1], user.subject, user.name, user.email ?? null],
      );
    }
  } finally {
    await client.end();
  }
}
