import { Principal, signDevToken } from '../../libs/identity/src';

/** Bearer tokens of the development issuer, signed with this run's secret, for the people a test acts as. */
export function tokenFor(principal: Principal, expiresIn: string | number = '1h'): Promise<string> {
  return signDevToken(process.env.DEV_AUTH_SECRET!, principal, expiresIn);
}

export const officerOf = (publicParty: string): Principal => ({
  subject: `officer:${publicParty}`,
  name: `Tjänsteperson, ${publicParty}`,
  email: `officer@${publicParty.toLowerCase().replace(/[^a-z]+/g, '-')}.example`,
  role: 'officer',
  publicParty,
});

export const representativeOf = (organisationNumber: string): Principal => ({
  subject: `rep:${organisationNumber}`,
  name: `Företrädare för ${organisationNumber}`,
  email: `rep-${organisationNumber}@org.example`,
  role: 'organisation_rep',
  organisationNumber,
});

export const AUDITOR: Principal = { subject: 'auditor:1', name: 'Karin Ek', email: 'karin.ek@revision.example', role: 'auditor' };

export async function bearer(principal: Principal): Promise<{ Authorization: string }> {
  return { Authorization: `Bearer ${await tokenFor(principal)}` };
}
