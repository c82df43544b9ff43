import type { Principal } from '@iop/identity';

/**
 * Who may read what a secrecy-marked handling says of itself (its subject, its file): the public party's officers
 * and the auditors, who read the whole case, and the organisation that registered it. Another organisation's
 * representative sees that the handling exists and under which provision it is marked, and nothing more.
 */
export function maySeeMarkedHandling(principal: Principal, handling: { registeredByParty: string }): boolean {
  return principal.role !== 'organisation_rep' || handling.registeredByParty === principal.organisationNumber;
}
