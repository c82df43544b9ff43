import { SignJWT } from 'jose';
import { CLAIMS, Principal } from './principal';

/**
 * The built-in development issuer: HS256 tokens signed with DEV_AUTH_SECRET, for local use and tests only. The
 * API refuses this mode when NODE_ENV is production; regions plug in their own OpenID Connect issuer instead.
 */
export const DEV_ISSUER = 'urn:iop-engine:development-issuer';
export const DEV_AUDIENCE = 'iop-engine';

export async function signDevToken(secret: string, principal: Principal, expiresIn: string | number = '12h'): Promise<string> {
  return new SignJWT({
    name: principal.name,
    email: principal.email,
    [CLAIMS.role]: principal.role,
    [CLAIMS.publicParty]: principal.publicParty,
    [CLAIMS.organisationNumber]: principal.organisationNumber,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.subject)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

/** The people a new installation can act as; the organisationsnummer are invented and pass the Luhn check. */
/** `actsFor`: whom the person acts for, in words, as the sign-in page names them. */
export const DEMO_USERS: (Principal & { key: string; actsFor: string })[] = [
  {
    key: 'officer',
    subject: 'demo-officer-skane',
    name: 'Anna Lindqvist',
    email: 'anna.lindqvist@skane.example',
    role: 'officer',
    publicParty: 'Region Skåne',
    actsFor: 'Region Skåne',
  },
  // A second officer of the same region: a public party's firmatecknare is confirmed by a colleague, never by themselves.
  {
    key: 'officer-2',
    subject: 'demo-officer-2-skane',
    name: 'Johan Berg',
    email: 'johan.berg@skane.example',
    role: 'officer',
    publicParty: 'Region Skåne',
    actsFor: 'Region Skåne',
  },
  // Region Västernorrland's officers, for its seed case (two, so that each confirms the other's signatory entry).
  {
    key: 'officer-vasternorrland',
    subject: 'demo-officer-vasternorrland',
    name: 'Lena Sundström',
    email: 'lena.sundstrom@rvn.example',
    role: 'officer',
    publicParty: 'Region Västernorrland',
    actsFor: 'Region Västernorrland',
  },
  {
    key: 'officer-2-vasternorrland',
    subject: 'demo-officer-2-vasternorrland',
    name: 'Per Nordin',
    email: 'per.nordin@rvn.example',
    role: 'officer',
    publicParty: 'Region Västernorrland',
    actsFor: 'Region Västernorrland',
  },
  {
    key: 'rep-natverket',
    subject: 'demo-rep-natverket',
    name: 'Erik Holm',
    email: 'erik.holm@natverket.example',
    role: 'organisation_rep',
    organisationNumber: '802456-1238',
    actsFor: 'NÄTVERKET-Idéburen sektor Skåne',
  },
  {
    key: 'rep-varsta',
    subject: 'demo-rep-varsta',
    name: 'Maria Sjöberg',
    email: 'maria.sjoberg@varsta.example',
    role: 'organisation_rep',
    organisationNumber: '802003-4529',
    actsFor: 'Vårsta Diakonigård',
  },
  { key: 'auditor', subject: 'demo-auditor', name: 'Karin Ek', email: 'karin.ek@revision.example', role: 'auditor', actsFor: 'Revisionen' },
];
