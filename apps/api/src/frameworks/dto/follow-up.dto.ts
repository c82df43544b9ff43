import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { ACTION_OUTCOMES, DEVELOPMENT_AREAS } from '@iop/domain';
import type { ActionFollowUp, ActionOutcome, CommitmentOutcome, DevelopmentArea, PlannedAction } from '@iop/domain';
import { canonicalParty, IsCalendarDate, IsOmittable, IsPartyKey, IsText } from '../../common/validation';
import type { MoveBody } from './move-body';

/** Actions one year's plan may hold, and outcomes and parties a conference may record. */
export const MAX_PLANNED_ACTIONS = 100;
export const MAX_CONFERENCE_ENTRIES = 200;

const IsYear = () => (target: object, key: string) => {
  IsInt()(target, key);
  Min(1900)(target, key);
  Max(2199)(target, key);
};

export class CommitmentOutcomeDto implements CommitmentOutcome {
  @ApiProperty({ example: 'DIALOGUE-1', description: "A commitment's id in the version in force" })
  @IsText(1, 100)
  commitmentId!: string;

  @ApiProperty({ maxLength: 4000 })
  @IsText(1, 4000)
  whatWasDone!: string;
}

export class ActionFollowUpDto implements ActionFollowUp {
  @ApiProperty({ example: '2024-1', description: "An action of the year's plan" })
  @IsText(1, 100)
  actionId!: string;

  @ApiProperty({ enum: ACTION_OUTCOMES })
  @IsIn(ACTION_OUTCOMES)
  outcome!: ActionOutcome;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOmittable()
  @IsText(1, 4000)
  comment?: string;
}

/** The yearly follow-up conference (uppföljningskonferens): commitment by commitment, what was done. */
export class ConferenceDto implements MoveBody<'RECORD_FOLLOW_UP_CONFERENCE'> {
  @ApiProperty({ example: 2024, description: 'The calendar year followed up' })
  @IsYear()
  year!: number;

  @ApiProperty({ format: 'date', example: '2024-11-20' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ type: [CommitmentOutcomeDto], maxItems: MAX_CONFERENCE_ENTRIES })
  @IsArray()
  @ArrayMaxSize(MAX_CONFERENCE_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => CommitmentOutcomeDto)
  commitmentOutcomes!: CommitmentOutcomeDto[];

  @ApiProperty({ type: [ActionFollowUpDto], maxItems: MAX_PLANNED_ACTIONS })
  @IsArray()
  @ArrayMaxSize(MAX_PLANNED_ACTIONS)
  @ValidateNested({ each: true })
  @Type(() => ActionFollowUpDto)
  actionFollowUps!: ActionFollowUpDto[];

  @ApiProperty({ type: [String], example: ['PUBLIC', '802456-1238'], description: "Parties present: 'PUBLIC' or an organisationsnummer" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CONFERENCE_ENTRIES)
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => canonicalParty({ value: v })) : value))
  @IsPartyKey({ each: true })
  attendedBy!: string[];

  @ApiPropertyOptional({ maxLength: 20000 })
  @IsOmittable()
  @IsText(1, 20000)
  notes?: string;

  @ApiPropertyOptional({ example: 'T5', description: 'The task this answers' })
  @IsOmittable()
  @IsText(1, 40)
  taskId?: string;
}

export class PlannedActionDto implements Omit<PlannedAction, 'id'> {
  @ApiProperty({ enum: DEVELOPMENT_AREAS })
  @IsIn(DEVELOPMENT_AREAS)
  developmentArea!: DevelopmentArea;

  @ApiProperty({ maxLength: 4000 })
  @IsText(1, 4000)
  description!: string;

  @ApiProperty({ example: 'Samverkansgruppen', description: 'Who is responsible: a person or a body', maxLength: 200 })
  @IsText(1, 200)
  responsible!: string;

  @ApiProperty({ format: 'date', example: '2024-10-31' })
  @IsCalendarDate()
  dueDate!: string;
}

/** The year's action plan (handlingsplan) per development area; setting it again replaces that year's plan. */
export class ActionPlanDto implements MoveBody<'SET_ACTION_PLAN'> {
  @ApiProperty({ example: 2024 })
  @IsYear()
  year!: number;

  @ApiProperty({ type: [PlannedActionDto], minItems: 1, maxItems: MAX_PLANNED_ACTIONS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PLANNED_ACTIONS)
  @ValidateNested({ each: true })
  @Type(() => PlannedActionDto)
  actions!: PlannedActionDto[];
}
