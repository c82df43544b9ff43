import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IsText, IsOmittable } from '../../common/validation';
import { AnswerTaskDto } from './problem-definition.dto';

/** Like every answer, it may name the task it answers (the invitation). */
export class InvitationResponseDto extends AnswerTaskDto {
  @ApiProperty({ description: 'true to accept the invitation, false to decline it' })
  @IsBoolean()
  accept!: boolean;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOmittable()
  @IsText(1, 2000)
  reason?: string;
}

export class WithdrawalDto {
  @ApiProperty({ maxLength: 2000 })
  @IsText(1, 2000)
  reason!: string;
}
