import { refuse, RuleResult } from '../kernel/refusal';
import { Check, OK } from '../kernel/checks';
import { latestDraft } from './draft-rules';
import { activeParties } from './parties';
import type { AgreementDocumentRef, PartnershipState, PoliticalDecision } from './state';

const SHA256_HEX = /^[0-9a-f]{64}$/;

const withField = <T>(result: RuleResult<T>, path: string): RuleResult<T> => {
  if (!result.ok) result.refusal.field = path;
  return result;
};

/**
 * Rules version 5 (see AgreementDocumentRef in state.ts): the approval names the agreement document, each signature
 * names the document it signs.
 */
export const AgreementDocumentRefusals = {
  documentRequired: <T>(): RuleResult<T> =>
    withField(
      refuse(
        'AGREEMENT_DOCUMENT_REQUIRED',
        'Ett godkännande kräver avtalet som PDF, framställt ur den godkända versionen.',
        'An approval needs the agreement as a PDF, rendered from the approved version.',
        'INVALID',
      ),
      'agreementDocument',
    ),
  documentStale: <T>(): RuleResult<T> =>
    withField(
      refuse(
        'AGREEMENT_DOCUMENT_STALE',
        'Avtalsdokumentet framställdes ur en annan version eller andra parter än de som nu gäller; läs in ärendet igen.',
        'The agreement document was rendered from another version or other parties than the current ones; read the case again.',
        'CONFLICT',
      ),
      'agreementDocument',
    ),
  hashRequired: <T>(): RuleResult<T> =>
    withField(
      refuse(
        'AGREEMENT_HASH_REQUIRED',
        'Fältet documentSha256 ska anges: underskriften gäller avtalsdokumentets SHA-256.',
        'The field documentSha256 is required: the signature is made on the agreement document by its SHA-256.',
        'INVALID',
      ),
      'documentSha256',
    ),
  hashMismatch: <T>(): RuleResult<T> =>
    withField(
      refuse(
        'AGREEMENT_HASH_MISMATCH',
        'Underskriften gäller inte det avtal som beslutet godkände; hämta det aktuella avtalet och läs det före undertecknandet.',
        'The signature is not made on the agreement the decision approved; fetch the current agreement and read it before signing.',
        'CONFLICT',
      ),
      'documentSha256',
    ),
};

/** Rules version 5: an approval names the agreement rendered from the version approved, with the parties taking part now. */
export function checkAgreementDocument(state: PartnershipState, document: AgreementDocumentRef | undefined): Check {
  if (!document || !SHA256_HEX.test(document.sha256) || !(document.sizeBytes > 0)) return AgreementDocumentRefusals.documentRequired();
  const parties = activeParties(state);
  const sameParties = document.parties.length === parties.length && parties.every((p) => document.parties.includes(p));
  if (document.draftVersion !== latestDraft(state)?.version || !sameParties) return AgreementDocumentRefusals.documentStale();
  return OK;
}

/** Rules version 5: a signature names the approving decision's agreement document. */
export function checkSignedDocument(decision: PoliticalDecision | undefined, documentSha256: string | undefined): Check {
  if (!documentSha256) return AgreementDocumentRefusals.hashRequired();
  if (!decision?.agreementDocument || documentSha256.toLowerCase() !== decision.agreementDocument.sha256)
    return AgreementDocumentRefusals.hashMismatch();
  return OK;
}
