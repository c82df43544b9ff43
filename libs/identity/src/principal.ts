/** The three roles of the engine (domain.md §2). */
export const ROLES = ['officer', 'organisation_rep', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The person behind a request, as the token says. Only what the process needs: no personnummer, ever.
 * - officer (tjänsteperson): acts for one public party, named by `publicParty`;
 * - organisation_rep (företrädare): acts for exactly one organisation, `organisationNumber`;
 * - auditor (revisor, granskare): reads everything, changes nothing.
 */
export interface Principal {
  subject: string;
  name: string;
  email?: string;
  role: Role;
  publicParty?: string;
  organisationNumber?: string;
}

/** Token claims the engine reads; a region's identity provider maps its users onto these. */
export const CLAIMS = {
  role: 'iop_role',
  publicParty: 'iop_public_party',
  organisationNumber: 'iop_organisation_number',
} as const;

/** How the person appears in step records and the audit log. */
export function actorOf(principal: Principal): string {
  return principal.email ?? principal.subject;
}
