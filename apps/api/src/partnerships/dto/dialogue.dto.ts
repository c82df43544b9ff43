import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { canonicalParty, IsCalendarDate, IsPartyKey, IsText } from '../../common/validation';
import { AnswerTaskDto } from './problem-definition.dto';

export class AttendanceDto {
  @ApiProperty({ example: '802456-1238', description: "The party the people attended for: 'PUBLIC' or an organisationsnummer" })
  @Transform(canonicalParty)
  @IsPartyKey()
  party!: string;

  @ApiProperty({ type: [String], example: ['Anna Lindqvist'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsText(1, 200, { each: true })
  names!: string[];
}

export class MeetingDto {
  @ApiProperty({ format: 'date', example: '2015-09-14' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ type: [AttendanceDto], minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AttendanceDto)
  attendees!: AttendanceDto[];

  @ApiProperty({ description: 'Minnesanteckningar', maxLength: 20000 })
  @IsText(1, 20000)
  minutes!: string;
}

export class WrittenInputDto extends AnswerTaskDto {
  @ApiProperty({ maxLength: 20000 })
  @IsText(1, 20000)
  text!: string;
}

export class SharedGoalDto {
  @ApiProperty({ maxLength: 4000 })
  @IsText(3, 4000)
  sharedGoal!: string;
}
