import type { JWTPayload } from 'jose';
import { parseOrganisationNumber } from '../../domain/src/organisation-number';
import { CLAIMS, Principal, Role, ROLES } from './principal';

export class InvalidClaimsError extends Error {}

/** Reads a verified token's payload into a Principal, refusing one whose role and scope do not fit together. */
export function principalFromClaims(payload: JWTPayload): Principal {
  const role = payload[CLAIMS.role];
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new InvalidClaimsError(`the token's ${CLAIMS.role} claim must be one of ${ROLES.join(', ')}`);
  }
  if (!payload.sub) throw new InvalidClaimsError('the token has no sub claim');
  const principal: Principal = {
    subject: payload.sub,
    name: typeof payload.name === 'string' ? payload.name : payload.sub,
    email: typeof payload.email === 'string' ? payload.email : undefined,
    role: role as Role,
  };
  if (role === 'officer') {
    const publicParty = payload[CLAIMS.publicParty];
    if (typeof publicParty !== 'string' || !publicParty.trim()) {
      throw new InvalidClaimsError(`an officer's token must name the public party in ${CLAIMS.publicParty}`);
    }
    principal.publicParty = publicParty.trim();
  }
  if (role === 'organisation_rep') {
    const raw = payload[CLAIMS.organisationNumber];
    const parsed = typeof raw === 'string' ? parseOrganisationNumber(raw) : undefined;
    if (!parsed?.ok) {
      throw new InvalidClaimsError(`a representative's token must carry a valid organisationsnummer in ${CLAIMS.organisationNumber}`);
    }
    principal.organisationNumber = parsed.value;
  }
  return principal;
}
