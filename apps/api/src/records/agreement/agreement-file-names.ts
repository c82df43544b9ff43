import type { PoliticalDecision } from '@iop/domain';

/** A diarienummer as part of a file name: "RS 2026/123" → "RS-2026-123" (no slash, colon or space). */
export const fileSafe = (text: string): string =>
  text
    .trim()
    .replace(/[^\p{L}\p{N}.-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

type Named = Pick<PoliticalDecision, 'diarienummer'> & { agreementDocument: { draftVersion: number } };

/** "IOP-RS-2026-123-avtal-version-2.pdf": the agreement as the approval named it. */
export const agreementFileName = (decision: Named): string =>
  `IOP-${fileSafe(decision.diarienummer)}-avtal-version-${decision.agreementDocument.draftVersion}.pdf`;

/** "IOP-RS-2026-123-avtal-version-2-undertecknat.pdf": with its signature page. */
export const signedAgreementFileName = (decision: Named): string =>
  `IOP-${fileSafe(decision.diarienummer)}-avtal-version-${decision.agreementDocument.draftVersion}-undertecknat.pdf`;
