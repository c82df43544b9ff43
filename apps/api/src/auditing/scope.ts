import type { ListScope } from '@iop/database';
import type { Principal } from '@iop/identity';

/** Whose records a principal reads across partnerships: officers their public party's, representatives their organisation's. */
export function listScopeOf(principal: Principal): ListScope {
  if (principal.role === 'officer') return { publicParty: principal.publicParty! };
  if (principal.role === 'organisation_rep') return { organisationNumber: principal.organisationNumber! };
  return 'all';
}
