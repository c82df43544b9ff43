import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, Max, Min, registerDecorator } from 'class-validator';
import { DOCUMENT_KINDS, HANDLING_ORIGINS, HANDLING_TARGETS } from '@iop/domain';
import type { DocumentKind, HandlingOrigin, HandlingTarget } from '@iop/domain';
import { withSentences } from '../../common/field-messages';
import { IsCalendarDate, IsOmittable, IsText } from '../../common/validation';

/** The file part arrived (receive-upload.ts puts `true` here): a text field named file is no document. */
const IsUploadedFile = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'isUploadedFile',
    target: target.constructor,
    propertyName: propertyName as string,
    options: withSentences('Choose the file that holds the document.', 'Välj den fil som innehåller dokumentet.'),
    validator: { validate: (value: unknown) => value === true },
  });

/** A form's fields are text: a number arrives as its digits. */
const digitsAsNumber = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : value;

/**
 * A document registered as a handling (allmän handling, OSL 5 kap.): the file and what the diarium records of it.
 * Sent as multipart/form-data; the file's type is read from its content, never from its name or Content-Type.
 */
export class UploadDocumentDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, DOCX, ODT, XLSX, PNG or JPEG; at most DOCUMENT_MAX_BYTES (20 MiB)' })
  @IsUploadedFile()
  file!: boolean;

  @ApiProperty({ enum: HANDLING_ORIGINS, description: 'RECEIVED: inkommen; DRAWN_UP: upprättad' })
  @IsIn(HANDLING_ORIGINS)
  origin!: HandlingOrigin;

  @ApiProperty({ enum: DOCUMENT_KINDS, description: 'Sorts the handling in the document management plan, which gives its retention' })
  @IsIn(DOCUMENT_KINDS)
  documentKind!: DocumentKind;

  @ApiProperty({ format: 'date', example: '2026-03-12', description: 'The day it was received or drawn up' })
  @IsCalendarDate()
  datedOn!: string;

  @ApiProperty({ example: 'Vårsta Diakonigård', description: 'The sender (received) or the recipient (drawn up)' })
  @IsText(1, 300)
  counterpart!: string;

  @ApiProperty({ example: 'Stadgar antagna vid årsmötet 2025', description: 'A short subject (ärendemening)' })
  @IsText(1, 500)
  subject!: string;

  @ApiPropertyOptional({ enum: HANDLING_TARGETS, description: 'What in the case it belongs to; PROCESS (the case itself) when left out' })
  @IsOmittable()
  @IsIn(HANDLING_TARGETS)
  target?: HandlingTarget;

  // Bounded so that the documented range is one the validator accepts (a case has far fewer decisions or follow-ups).
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 100_000,
    description: "With DECISION or FOLLOW_UP: the decision's or follow-up's number in the case",
  })
  @Transform(digitsAsNumber)
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(100_000)
  targetSeq?: number;

  @ApiPropertyOptional({ example: 'OSL 31 kap. 16 §', description: "Secrecy marking: the provision (the public party's officer only)" })
  @IsOmittable()
  @IsText(1, 200)
  secrecyProvision?: string;

  @ApiPropertyOptional({ example: 'Registrator Eva Nilsson', description: 'Who decided the secrecy marking; with secrecyProvision' })
  @IsOmittable()
  @IsText(1, 200)
  secrecyDecidedBy?: string;
}
