import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, IsText } from '../../common/validation';

/** Which handlings are due for disposal (gallring): as of a day (today when left out), of one public party. */
export class DisposalDueQuery {
  @ApiPropertyOptional({ format: 'date', example: '2030-12-31', description: 'Due by this day; today when left out (to plan a year ahead)' })
  @IsOmittable()
  @IsCalendarDate()
  asOf?: string;

  @ApiPropertyOptional({ example: 'Region Skåne', description: "Auditors: one public party's; an officer always reads their own" })
  @IsOmittable()
  @IsText(1, 200)
  publicParty?: string;
}
