import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/validation';

/** A rate the public party records: kronor per euro from `validFrom` on, until the next. */
export class ExchangeRateDto {
  @ApiProperty({ example: '2026-01-01', description: 'The first day the rate is in force' })
  @IsCalendarDate()
  validFrom!: string;

  @ApiProperty({ example: 11.25, description: 'Kronor per euro, up to four decimals' })
  @IsNumber({ maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false })
  @Min(0.0001)
  @Max(1000)
  sekPerEur!: number;
}

export class ExchangeRateResponse {
  @ApiProperty() publicParty!: string;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty() sekPerEur!: number;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}
