import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsText } from '../../common/validation';
import { AnswerTaskDto } from './problem-definition.dto';

/** Like every answer, it may name the task it answers (the invitation). */
export class InvitationResponseDto extends AnswerTaskDto {
  @ApiProperty({ description: 'true to accept the invitation, false to decline it' })
  @IsBoolean()
  accept!: boolean;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsText(1, 2000)
  reason?: string;
}

export class WithdrawalDto {
  @ApiProperty({ maxLength: 2000 })
  @IsText(1, 2000)
  reason!: string;
}
