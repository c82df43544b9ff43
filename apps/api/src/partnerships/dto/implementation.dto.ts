import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { ActingPartyDto } from './acting-party.dto';
import { AnswerTaskDto } from './problem-definition.dto';

export class FollowUpReportDto extends AnswerTaskDto {
  @ApiProperty({ maxLength: 20000 }) @IsString() @Length(1, 20000) summary!: string;
}

export class AmendmentDto extends ActingPartyDto {
  @ApiProperty({ maxLength: 4000 }) @IsString() @Length(3, 4000) reason!: string;
}

export class RenewalDto extends ActingPartyDto {
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @Length(3, 4000) reason?: string;
}

export class TerminationDto extends ActingPartyDto {
  @ApiProperty({ maxLength: 4000 }) @IsString() @Length(3, 4000) reason!: string;
}
