import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorBody {
  @ApiProperty({ example: 'organisations.0.organisationNumber', description: 'Path of the offending field' })
  field!: string;

  @ApiProperty({ example: 'isOrganisationNumber', description: 'The rule the field breaks' })
  rule!: string;

  @ApiProperty({
    example: 'The check digit of the organisation number is wrong (Luhn algorithm).',
    description: "A plain sentence about the field, with the rule's limits, without its path or code",
  })
  message!: string;

  @ApiProperty({
    example: 'Organisationsnumrets kontrollsiffra stämmer inte (Luhn-algoritmen).',
    description: 'The same sentence in Swedish',
  })
  messageSv!: string;
}

/** The one error body of the whole API, for validation errors and business refusals alike. */
export class ApiErrorBody {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Machine-readable reason code' })
  code!: string;

  @ApiProperty({ example: 'The request is invalid.' })
  message!: string;

  @ApiProperty({ example: 'Begäran är ogiltig.', description: 'The same reason in Swedish, on every error' })
  messageSv!: string;

  @ApiPropertyOptional({ type: [FieldErrorBody] })
  errors?: FieldErrorBody[];

  @ApiProperty({ example: '4f1c2a9e-0c1d-4c5e-9a7b-2f0d9c1e8b3a' })
  requestId!: string;
}
