import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { withSentences } from '../../common/field-messages';
import { IsCalendarDate, IsDiarienummer, IsProtocolParagraph, IsText, IsOmittable } from '../../common/validation';
import { APPEAL_OUTCOMES } from '@iop/domain';
import type { AppealOutcome } from '@iop/domain';
import { AnswerTaskDto } from './problem-definition.dto';

/** Politiskt beslut by a nämnd, regionstyrelse or fullmäktige. */
export class PoliticalDecisionDto {
  @ApiProperty({ example: 'Regionstyrelsen' }) @IsText(2, 200) body!: string;
  @ApiProperty({ format: 'date', example: '2015-12-10' }) @IsCalendarDate() meetingDate!: string;
  @ApiProperty({ example: 'RS 2015/123', description: 'Required; letters, digits, spaces and . / : -' }) @IsDiarienummer() diarienummer!: string;
  @ApiProperty({ example: '§ 45', description: 'Protocol paragraph' }) @IsProtocolParagraph() paragraph!: string;

  @ApiProperty({ enum: ['APPROVED', 'REJECTED', 'RETURNED'], description: 'RETURNED is återremiss: back to drafting' })
  @IsIn(['APPROVED', 'REJECTED', 'RETURNED'])
  outcome!: 'APPROVED' | 'REJECTED' | 'RETURNED';

  @ApiPropertyOptional({ description: "Required for RETURNED and REJECTED: the body's reasons" })
  @IsOmittable()
  @IsText(1, 4000)
  reasons?: string;

  @ApiPropertyOptional({ format: 'date', example: '2015-12-17', description: 'The day the protocol was approved (justering)' })
  @IsOmittable()
  @IsCalendarDate()
  protocolApprovedOn?: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2015-12-18',
    description: 'The day the justering was announced on the notice board (anslag); the appeal window runs three weeks from it',
  })
  @IsOmittable()
  @IsCalendarDate()
  announcedOn?: string;
}

/** The justering and anslag of a decision's protocol, recorded after the decision (rules version 3). */
export class ProtocolAnnouncementDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2015-12-17',
    description: 'The day the protocol was approved (justering), if not given with the decision',
  })
  @IsOmittable()
  @IsCalendarDate()
  protocolApprovedOn?: string;

  @ApiProperty({
    format: 'date',
    example: '2015-12-18',
    description: 'The day the justering was announced on the notice board (anslag); the appeal window runs three weeks from it',
  })
  @IsCalendarDate()
  announcedOn!: string;
}

/** An appeal of the decision to the administrative court (överklagande, laglighetsprövning), rules version 3. */
export class AppealDto {
  @ApiProperty({ example: 'Förvaltningsrätten i Härnösand' }) @IsText(2, 200) court!: string;
  @ApiProperty({ example: '1234-26', description: "The court's case number (målnummer)" }) @IsText(1, 100) caseNumber!: string;

  @ApiProperty({ format: 'date', example: '2026-01-05', description: 'The day the appeal was lodged; on or before the last day of appeal' })
  @IsCalendarDate()
  lodgedOn!: string;
}

/** The court's ruling on the appeal: UPHELD, the decision gains legal force; ANNULLED (upphävt), a new decision is needed. */
export class AppealOutcomeDto {
  @ApiProperty({ enum: APPEAL_OUTCOMES }) @IsIn([...APPEAL_OUTCOMES]) outcome!: AppealOutcome;
  @ApiProperty({ format: 'date', example: '2026-03-02', description: 'The day the court ruled' }) @IsCalendarDate() decidedOn!: string;
}

/**
 * The parties' choice that the agreement is in force from its last signature, before the decision gained legal force
 * (verkställighet före laga kraft, rules version 4), with the reason: shown in the dossier.
 */
export class SigningBeforeLegalForceDto {
  @ApiProperty({ example: 'Verksamheten måste starta vid terminsstart', description: 'Why the agreement is to be in force before legal force' })
  @IsText(1, 2000)
  reason!: string;
}

/** The signatory is the signed-in person, who must be a registered firmatecknare of their party. */
/**
 * A signature (undertecknande). Under rules version 5 it names the agreement document signed, by its SHA-256 (the
 * one `GET /partnerships/{id}/agreement` gives): signing anything but the approved document is refused.
 */
/** A SHA-256 as hexadecimal digits, either case (the domain compares it in lower case). */
export const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

export class SignatureDto extends AnswerTaskDto {
  @ApiPropertyOptional({
    example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    description: 'SHA-256 of the agreement PDF signed (lowercase hex); required for partnerships under rules version 5',
  })
  @IsOmittable()
  @Matches(SHA256_HEX, {
    message: 'documentSha256 must be 64 hexadecimal digits',
    ...withSentences('Give the SHA-256 of the agreement document: 64 hexadecimal digits.', 'Ange avtalsdokumentets SHA-256: 64 hexadecimala tecken.'),
  })
  documentSha256?: string;
}
