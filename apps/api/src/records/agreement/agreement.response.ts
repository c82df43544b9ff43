import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { handlingDiarienummer } from '@iop/database';
import type { AgreementView } from './agreement.service';

class AgreementSignatureResponse {
  @ApiProperty({ description: "'PUBLIC' or the organisation's organisationsnummer" }) party!: string;
  @ApiProperty() signatoryName!: string;
  @ApiProperty({ format: 'date-time' }) signedAt!: string;
  @ApiProperty({ description: 'SHA-256 of the document signed' }) documentSha256!: string;
}

/** The approved agreement document: what the parties read before signing and name by its SHA-256 when they sign. */
export class AgreementResponse {
  @ApiProperty({ description: 'The approving decision that names the document' }) decisionSeq!: number;
  @ApiProperty() draftVersion!: number;
  @ApiProperty({ description: 'SHA-256 of the PDF, lowercase hex: what SIGN sends as documentSha256' }) sha256!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'The handling (registered document) of the agreement' }) handlingId!: string;
  @ApiPropertyOptional({ nullable: true, description: "The handling's diarienummer: the case's, then its number", type: String })
  diarienummer!: string | null;
  @ApiProperty() fileName!: string;
  @ApiProperty({ type: AgreementSignatureResponse, isArray: true }) signatures!: AgreementSignatureResponse[];
  @ApiProperty({ description: 'Whether every party taking part has signed this document' }) signedByAll!: boolean;
  @ApiProperty({ description: 'Where to read the document and the signed copy' }) links!: { document: string; signed: string };

  static from(partnershipId: string, { decision, handling, state, caseDiarienummer }: AgreementView): AgreementResponse {
    const signatures = state.signatures
      .filter((s) => s.decisionSeq === decision.seq && s.documentSha256)
      .map((s) => ({ party: s.party, signatoryName: s.signatoryName, signedAt: s.signedAt, documentSha256: s.documentSha256! }));
    const base = `/partnerships/${partnershipId}/agreement`;
    return {
      decisionSeq: decision.seq,
      draftVersion: decision.agreementDocument.draftVersion,
      sha256: decision.agreementDocument.sha256,
      sizeBytes: decision.agreementDocument.sizeBytes,
      handlingId: handling.id,
      diarienummer: handlingDiarienummer(caseDiarienummer, handling.number),
      fileName: handling.fileName,
      signatures,
      signedByAll: decision.agreementDocument.parties.every((p) => signatures.some((s) => s.party === p)),
      links: { document: `${base}/document.pdf`, signed: `${base}/signed.pdf` },
    };
  }
}
