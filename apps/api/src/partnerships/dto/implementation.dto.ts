import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsText, IsOmittable } from '../../common/validation';
import { AnswerTaskDto } from './problem-definition.dto';

export class FollowUpReportDto extends AnswerTaskDto {
  @ApiProperty({ maxLength: 20000 }) @IsText(1, 20000) summary!: string;
}

export class AmendmentDto {
  @ApiProperty({ maxLength: 4000 }) @IsText(3, 4000) reason!: string;
}

export class RenewalDto {
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOmittable() @IsText(3, 4000) reason?: string;
}

export class TerminationDto {
  @ApiProperty({ maxLength: 4000 }) @IsText(3, 4000) reason!: string;
}
