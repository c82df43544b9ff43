import type { SignatoryBasis, SignatoryRow } from '@iop/database';
import { stockholmDay } from '../common/stockholm-time';
import type { PartnershipResponse, SignatureResponse } from '../partnerships/dto/partnership.response';

/** A signature as the dossier prints it: with the SHA-256 of the document signed, where recorded, and the authority. */
export interface DossierSignature extends SignatureResponse {
  /** The SHA-256 of the agreement's PDF the signatory signed (recorded from the signed agreement's piece on). */
  documentSha256?: string;
  /** The firmatecknare entry that let the person sign for the party that day; null when the register has none. */
  authority: SignatoryBasis | null;
}

/**
 * On what authority each signature was made: the confirmed entry of the register of firmatecknare for that party,
 * of the person by the name they signed with, in force on the Swedish day of the signature.
 */
export function withAuthority(p: Pick<PartnershipResponse, 'publicParty' | 'signatures'>, register: SignatoryRow[]): DossierSignature[] {
  return p.signatures.map((signature) => {
    const day = stockholmDay(signature.signedAt);
    const party = signature.party === 'PUBLIC' ? { kind: 'PUBLIC_PARTY', ref: p.publicParty.name } : { kind: 'ORGANISATION', ref: signature.party };
    const entry = register.find(
      (s) =>
        s.partyKind === party.kind &&
        s.partyRef === party.ref &&
        s.status === 'CONFIRMED' &&
        s.name === signature.signatoryName &&
        s.validFrom <= day &&
        (!s.validTo || s.validTo >= day),
    );
    return { ...signature, authority: entry?.basis ?? null };
  });
}
