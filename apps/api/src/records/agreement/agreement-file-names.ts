import type { PoliticalDecision } from '@iop/domain';
import { caseFileName } from '../case-file-name';

type Named = Pick<PoliticalDecision, 'diarienummer'> & { agreementDocument: { draftVersion: number } };

/** "IOP-RS-2026-00321-avtal-version-2.pdf": the agreement as the approval named it (by the decision's diarienummer). */
export const agreementFileName = (decision: Named, partnershipId: string): string =>
  caseFileName(decision.diarienummer, partnershipId, `avtal-version-${decision.agreementDocument.draftVersion}.pdf`);

/** "IOP-RS-2026-00321-avtal-version-2-undertecknat.pdf": with its signature page. */
export const signedAgreementFileName = (decision: Named, partnershipId: string): string =>
  caseFileName(decision.diarienummer, partnershipId, `avtal-version-${decision.agreementDocument.draftVersion}-undertecknat.pdf`);
