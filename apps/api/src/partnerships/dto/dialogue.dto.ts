import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { canonicalParty, HasAtMostNamesInAll, IsCalendarDate, IsPartyKey, IsText } from '../../common/validation';
import { AnswerTaskDto } from './problem-definition.dto';

/** Närvarande: the names one party may list for a meeting, and all parties together. */
export const MAX_ATTENDEE_NAMES_PER_PARTY = 50;
export const MAX_ATTENDEE_NAMES_IN_ALL = 200;

export class AttendanceDto {
  @ApiProperty({ example: '802456-1238', description: "The party the people attended for: 'PUBLIC' or an organisationsnummer" })
  @Transform(canonicalParty)
  @IsPartyKey()
  party!: string;

  @ApiProperty({ type: [String], example: ['Anna Lindqvist'] })
  @IsArray()
  @ArrayMaxSize(MAX_ATTENDEE_NAMES_PER_PARTY)
  @IsText(1, 200, { each: true })
  names!: string[];
}

export class MeetingDto {
  @ApiProperty({ format: 'date', example: '2015-09-14' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ type: [AttendanceDto], minItems: 1, description: `At most ${MAX_ATTENDEE_NAMES_IN_ALL} names over all parties` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @HasAtMostNamesInAll(MAX_ATTENDEE_NAMES_IN_ALL)
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
