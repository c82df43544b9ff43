import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateNested } from 'class-validator';
import { SECTORS } from '@iop/domain';
import type { Sector } from '@iop/domain';
import { IsCalendarDate, IsOmittable, IsOrganisationNumber, IsText } from '../../common/validation';
import { MAX_ATTENDEE_NAMES_PER_PARTY } from '../../partnerships/dto/dialogue.dto';
import type { MoveBody } from './move-body';

/** A seat of the samverkansgrupp filled for a term of office (mandatperiod). */
export class AppointmentDto implements MoveBody<'APPOINT_STEERING_GROUP_MEMBER'> {
  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector!: Sector;

  @ApiProperty({ example: 'Lena Sundström', maxLength: 200 })
  @IsText(2, 200)
  name!: string;

  @ApiProperty({ example: 'Region Västernorrland', description: "The public party's unit, or a joined organisation", maxLength: 200 })
  @IsText(2, 200)
  organisationName!: string;

  @ApiPropertyOptional({ example: '802456-1238', description: 'For a civil-society seat: the joined organisation' })
  @IsOmittable()
  @IsOrganisationNumber()
  organisationNumber?: string;

  @ApiProperty({ format: 'date', example: '2023-01-01' })
  @IsCalendarDate()
  termStart!: string;

  @ApiProperty({ format: 'date', example: '2026-12-31' })
  @IsCalendarDate()
  termEnd!: string;
}

/** A member leaves before the term's end: the seat is vacant until someone is appointed. */
export class EndMembershipDto implements MoveBody<'END_STEERING_GROUP_MEMBERSHIP', 'memberId'> {
  @ApiProperty({ format: 'date', example: '2024-06-30' })
  @IsCalendarDate()
  endedOn!: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOmittable()
  @IsText(1, 4000)
  reason?: string;
}

/** One sector's attendance: the names present. */
export class SectorNamesDto implements MoveBody<'RECORD_SECTOR_ATTENDANCE', 'meetingId'> {
  @ApiProperty({ type: [String], example: ['Erik Holm'], maxItems: MAX_ATTENDEE_NAMES_PER_PARTY })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ATTENDEE_NAMES_PER_PARTY)
  @IsText(1, 200, { each: true })
  names!: string[];
}

export class SectorAttendanceDto extends SectorNamesDto {
  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector!: Sector;
}

/** A meeting of the samverkansgrupp with each sector's attendance (or only the public side's) and the minutes. */
export class SteeringGroupMeetingDto implements MoveBody<'RECORD_STEERING_GROUP_MEETING'> {
  @ApiProperty({ format: 'date', example: '2024-03-12', description: "Within an adopted version's period, not in the future" })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ type: [SectorAttendanceDto], minItems: 1, maxItems: SECTORS.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SECTORS.length)
  @ValidateNested({ each: true })
  @Type(() => SectorAttendanceDto)
  attendance!: SectorAttendanceDto[];

  @ApiProperty({ description: 'Minnesanteckningar', maxLength: 20000 })
  @IsText(1, 20000)
  minutes!: string;

  @ApiPropertyOptional({ example: 'T4', description: 'The task this answers' })
  @IsOmittable()
  @IsText(1, 40)
  taskId?: string;
}
