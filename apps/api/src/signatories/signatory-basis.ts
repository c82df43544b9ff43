import type { SignatoryPartyKind } from '@iop/database';

/**
 * What may show that a person signs for a party, the one list of the API, the OpenAPI document and the web page
 * (which asks GET /signatories/basis-kinds):
 * - BOARD_DECISION: the organisation's board decision on who signs (styrelsebeslut om firmateckning);
 * - REGISTER_EXTRACT: an extract of the register naming the signatories (registreringsbevis, e.g. Bolagsverket's);
 * - DELEGATION_ORDER: the public party's delegation order (delegationsordning) and its paragraph.
 * LEGACY marks entries made before a basis was asked for; nobody can propose one.
 */
export const SIGNATORY_BASIS_KINDS = {
  ORGANISATION: ['BOARD_DECISION', 'REGISTER_EXTRACT'],
  PUBLIC_PARTY: ['DELEGATION_ORDER'],
} as const satisfies Record<SignatoryPartyKind, readonly string[]>;

export type SignatoryBasisKind = (typeof SIGNATORY_BASIS_KINDS)[SignatoryPartyKind][number];

export const ALL_SIGNATORY_BASIS_KINDS: readonly SignatoryBasisKind[] = [
  ...SIGNATORY_BASIS_KINDS.ORGANISATION,
  ...SIGNATORY_BASIS_KINDS.PUBLIC_PARTY,
];

export const LEGACY_BASIS = 'LEGACY';

/** Only a delegation order is cited by paragraph; a board decision or an extract is cited by its reference. */
export const basisNeedsParagraph = (kind: SignatoryBasisKind): boolean => kind === 'DELEGATION_ORDER';
