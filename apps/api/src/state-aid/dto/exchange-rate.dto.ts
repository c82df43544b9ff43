import { ApiProperty } from '@nestjs/swagger';
import { IsDecimal } from '../../common/decimal';
import { IsCalendarDate } from '../../common/validation';

/** A rate the public party records: kronor per euro from `validFrom` on, until the next. */
export class ExchangeRateDto {
  @ApiProperty({ example: '2026-01-01', description: 'The first day the rate is in force' })
  @IsCalendarDate()
  validFrom!: string;

  @IsDecimal(4, 0.0001, 1000, { example: 11.25, description: 'Kronor per euro, up to four decimals' })
  sekPerEur!: number;
}

export class ExchangeRateResponse {
  @ApiProperty() publicParty!: string;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty() sekPerEur!: number;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}
