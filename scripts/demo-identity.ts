import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_USERS, signDevToken } from '../libs/identity/src';

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

type DemoUser = (typeof DEMO_USERS)[number];
type Entry = { id: string; status: 'PROPOSED' | 'CONFIRMED'; partyRef: string; confirmedBy: string | null };

/** The basis each demo person's entry cites: invented, and saying so. */
const demoBasis = (user: DemoUser) =>
  user.role === 'officer'
    ? { kind: 'DELEGATION_ORDER', reference: 'Regionstyrelsens delegationsordning (demodata)', date: '2000-01-01', paragraph: '§ 4' }
    : { kind: 'BOARD_DECISION', reference: 'Styrelseprotokoll om firmateckning (demodata)', date: '2000-01-01' };

/**
 * The demo people become firmatecknare the way anyone does, over the API that is now up: each proposes their own
 * entry with its basis, and an officer who is not that person confirms it. The two officers of Region Skåne confirm
 * each other's. A representative's entry can be confirmed only by an officer of a public party that has a
 * partnership with the organisation, and a new installation has none: those entries stay proposed, and the next
 * run confirms them once a partnership exists (or an officer confirms them on the Firmatecknare page meanwhile).
 * Proposing again is harmless: a confirmed entry stays as it is. Returns a line per person for the banner.
 */
export async function seedDemoSignatories(apiUrl: string, secret: string): Promise<string[]> {
  const tokens = new Map<string, string>();
  for (const user of DEMO_USERS) tokens.set(user.key, await signDevToken(secret, user, '10m'));
  const call = async (user: DemoUser, path: string, body?: unknown): Promise<{ status: number; body: Entry }> => {
    const response = await fetch(`${apiUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.get(user.key)}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: (await response.json()) as Entry };
  };
  const signers = DEMO_USERS.filter((user) => user.role !== 'auditor');
  const officers = DEMO_USERS.filter((user) => user.role === 'officer');
  const lines: string[] = [];
  for (const user of signers) {
    const proposed = await call(user, '/signatories', {
      subject: user.subject,
      name: user.name,
      email: user.email,
      validFrom: '2000-01-01',
      basis: demoBasis(user),
    });
    if (proposed.status !== 201)
      throw new Error(`Could not propose the demo signatory ${user.name}: ${proposed.status} ${JSON.stringify(proposed.body)}`);
    let entry = proposed.body;
    // Any officer but the person themselves: the API refuses the rest (out of reach: 404).
    for (const officer of officers.filter((o) => o.subject !== user.subject)) {
      if (entry.status === 'CONFIRMED') break;
      const confirmed = await call(officer, `/signatories/${entry.id}/confirmation`);
      if (confirmed.status === 200) entry = confirmed.body;
    }
    lines.push(
      entry.status === 'CONFIRMED'
        ? `${user.name}: firmatecknare for ${entry.partyRef}, confirmed by ${entry.confirmedBy}`
        : `${user.name}: proposed firmatecknare for ${entry.partyRef}; an officer confirms it once a partnership with the organisation exists`,
    );
  }
  return lines;
}
