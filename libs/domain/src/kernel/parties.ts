/**
 * The parties of a process: one public party (offentlig part) and the organisations it works with, each known by
 * its organisationsnummer. Any process kind between the public sector and civil society has this shape.
 */

/** 'PUBLIC' for the public party, else an organisation's organisationsnummer. */
export type PartyKey = string;
export const PUBLIC_PARTY: PartyKey = 'PUBLIC';

/** Who carried a step: the public party, one named organisation, or both sides jointly. */
export type ResponsibleParty = { kind: 'PUBLIC' } | { kind: 'ORGANISATION'; organisationNumber: string } | { kind: 'JOINT' };

export const RESPONSIBLE_KINDS = ['PUBLIC', 'ORGANISATION', 'JOINT'] as const satisfies readonly ResponsibleParty['kind'][];

export const responsibleOf = (party: PartyKey): ResponsibleParty =>
  party === PUBLIC_PARTY ? { kind: 'PUBLIC' } : { kind: 'ORGANISATION', organisationNumber: party };

/** The parties still taking part: the public party always, and the organisations that still do. */
export const withPublicParty = (activeOrganisations: PartyKey[]): PartyKey[] => [PUBLIC_PARTY, ...activeOrganisations];

/** Everyone taking part except the one who moved: those a step informs. */
export const othersAmong = (parties: PartyKey[], party: PartyKey): PartyKey[] => parties.filter((p) => p !== party);
