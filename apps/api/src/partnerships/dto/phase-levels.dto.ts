import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, ValidateIf, ValidateNested } from 'class-validator';
import { PARTICIPATION_LEVELS, PHASES, type ParticipationLevel, type ProposedPhaseLevel } from '@iop/domain';
import { IsText } from '../../common/validation';

/** The phases a level can be chosen for: every one of the decision process, not the end. */
export const PLANNABLE_PHASES = PHASES.filter((p): p is ProposedPhaseLevel['phase'] => p !== 'ENDED');

export class PhaseLevelDto {
  @ApiProperty({ enum: PLANNABLE_PHASES }) @IsIn(PLANNABLE_PHASES) phase!: ProposedPhaseLevel['phase'];

  @ApiProperty({ enum: PARTICIPATION_LEVELS, nullable: true, type: String, description: 'The level aimed for; null (or left out) aims for none' })
  @ValidateIf((o: PhaseLevelDto) => o.level !== null && o.level !== undefined)
  @IsIn(PARTICIPATION_LEVELS)
  level!: ParticipationLevel | null;

  @ApiProperty({ maxLength: 2000, example: 'Organisationerna skriver utkastet tillsammans med oss' }) @IsText(3, 2000) reason!: string;
}

/** Delaktighetsnivå per fas: the public party's choice for one or more phases, each with its reason. */
export class PhaseLevelsDto {
  @ApiProperty({ type: [PhaseLevelDto], minItems: 1, maxItems: PLANNABLE_PHASES.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PLANNABLE_PHASES.length)
  @ValidateNested({ each: true })
  @Type(() => PhaseLevelDto)
  levels!: PhaseLevelDto[];
}
