import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { AnswerTaskDto } from './problem-definition.dto';

export class FollowUpReportDto extends AnswerTaskDto {
  @ApiProperty({ maxLength: 20000 }) @IsString() @Length(1, 20000) summary!: string;
}

export class AmendmentDto {
  @ApiProperty({ maxLength: 4000 }) @IsString() @Length(3, 4000) reason!: string;
}

export class RenewalDto {
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @Length(3, 4000) reason?: string;
}

export class TerminationDto {
  @ApiProperty({ maxLength: 4000 }) @IsString() @Length(3, 4000) reason!: string;
}
