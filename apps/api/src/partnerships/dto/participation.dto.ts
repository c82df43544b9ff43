import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { AnswerTaskDto } from './problem-definition.dto';

/** Like every answer, it may name the task it answers (the invitation). */
export class InvitationResponseDto extends AnswerTaskDto {
  @ApiProperty({ description: 'true to accept the invitation, false to decline it' })
  @IsBoolean()
  accept!: boolean;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

export class WithdrawalDto {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
