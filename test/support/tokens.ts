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

/** A colleague of `officerOf(publicParty)`: a public party's signatory is confirmed by a second officer. */
export const secondOfficerOf = (publicParty: string): Principal => ({
  ...officerOf(publicParty),
  subject: `officer-2:${publicParty}`,
  name: `Andra tjänsteperson, ${publicParty}`,
  email: `officer-2@${publicParty.toLowerCase().replace(/[^a-z]+/g, '-')}.example`,
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
