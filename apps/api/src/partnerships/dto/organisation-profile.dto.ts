import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsObject, ValidateNested } from 'class-validator';
import { ATTACHMENT_KINDS, AttachmentKind, LEGAL_FORMS, LegalForm } from '@iop/domain';
import { IsCalendarDate, IsEmailAddress, IsOmittable, IsText } from '../../common/validation';
import { AnswerTaskDto } from './problem-definition.dto';

/** Kontaktperson: personal data, shown to the parties and the auditor, kept out of any public export. */
export class ProfileContactDto {
  @ApiProperty({ example: 'Karin Holm', maxLength: 200 }) @IsText(2, 200) name!: string;
  @ApiPropertyOptional({ example: 'karin.holm@example.se', maxLength: 200 }) @IsOmittable() @IsEmailAddress() email?: string;
  @ApiPropertyOptional({ example: '070-123 45 67', maxLength: 40 }) @IsOmittable() @IsText(5, 40) phone?: string;
}

/** A document the organisation lists: the file itself comes with the records issue. */
export class ProfileAttachmentDto {
  @ApiProperty({ example: 'Stadgar antagna vid årsmötet 2025', maxLength: 300 }) @IsText(2, 300) name!: string;
  @ApiProperty({ format: 'date', description: "The document's own date; not in the future" }) @IsCalendarDate() date!: string;
  @ApiProperty({ enum: ATTACHMENT_KINDS }) @IsIn(ATTACHMENT_KINDS) kind!: AttachmentKind;
}

/** The organisation as a party: what the officer gives with the start, or the representative records. */
export class OrganisationProfileDto {
  @ApiProperty({ enum: LEGAL_FORMS, description: 'Juridisk form' }) @IsIn(LEGAL_FORMS) legalForm!: LegalForm;

  @ApiPropertyOptional({ maxLength: 300, description: 'Required when legalForm is OTHER: what the form is' })
  @IsOmittable()
  @IsText(2, 300)
  legalFormDescription?: string;

  @ApiProperty({ description: 'Registered as an idéburen organisation with Kammarkollegiet (lag (2022:900)): a fact, never a requirement' })
  @IsBoolean()
  registeredAsIdeburen!: boolean;

  @ApiPropertyOptional({ format: 'date', description: 'Since when it is registered; only when registered, not in the future' })
  @IsOmittable()
  @IsCalendarDate()
  registeredSince?: string;

  @ApiPropertyOptional({ type: ProfileContactDto, description: 'Personal data: kept out of any public export' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ProfileContactDto)
  contact?: ProfileContactDto;

  @ApiPropertyOptional({ type: [ProfileAttachmentDto], maxItems: 20, description: 'Statutes, the latest annual report and accounts' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ProfileAttachmentDto)
  attachments: ProfileAttachmentDto[] = [];
}

/** The move: like every answer it may name its task (the renewal's request to confirm the profile). */
export class OrganisationProfileMoveDto extends OrganisationProfileDto {
  @ApiPropertyOptional({ example: 'T7', description: 'The task this answers; refused when it is addressed to another party' })
  @IsOmittable()
  @IsText(1, 40)
  taskId?: string;
}

export { AnswerTaskDto };
