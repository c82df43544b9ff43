import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECISION_OUTCOMES, EVIDENCE_KINDS, PARTICIPATION_LEVELS, PHASES, STEP_ACTIONS, TASK_TYPES } from '@iop/domain';

export const CALENDAR_ENTRY_KINDS = ['TASK_DUE', 'FOLLOW_UP', 'AGREEMENT_ENDS', 'DECISION'] as const;
export type CalendarEntryKind = (typeof CALENDAR_ENTRY_KINDS)[number];

export class CalendarDecisionResponse {
  @ApiProperty({ example: 'Regionstyrelsen' }) body!: string;
  @ApiProperty({ example: 'RS 2026/00321' }) diarienummer!: string;
  @ApiProperty({ example: '§ 88' }) paragraph!: string;
  @ApiProperty({ enum: DECISION_OUTCOMES }) outcome!: string;
}

export class CalendarEntryResponse {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({
    enum: CALENDAR_ENTRY_KINDS,
    description:
      "TASK_DUE: an open task's due date; FOLLOW_UP: a yearly follow-up of the agreement in force; AGREEMENT_ENDS: the end date of the signed version in force; DECISION: a political decision's meeting date",
  })
  kind!: CalendarEntryKind;
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
  @ApiProperty() partnershipTitle!: string;
  @ApiPropertyOptional({ enum: TASK_TYPES }) taskType?: string;
  @ApiPropertyOptional({ description: "The task's party: 'PUBLIC' or an organisationsnummer" }) addressedTo?: string;
  @ApiPropertyOptional({ description: 'Which year of the agreement a follow-up closes (1 for the first)' }) followUpYear?: number;
  @ApiPropertyOptional({ type: CalendarDecisionResponse }) decision?: CalendarDecisionResponse;
}

export class CalendarResponse {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: [CalendarEntryResponse], description: 'Soonest first' }) entries!: CalendarEntryResponse[];
}

/** Counts by participation level (INFORMATION, CONSULTATION, DIALOGUE, PARTNERSHIP; for levels reached also NONE). */
const levelCounts = () => ({ type: 'object', additionalProperties: { type: 'integer' } }) as const;

export class PhaseLevelsResponse {
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ description: 'Steps taken in the phase' }) steps!: number;
  @ApiProperty({ ...levelCounts(), description: 'Steps by the level they aimed for' }) aimedFor!: Record<string, number>;
  @ApiProperty({ ...levelCounts(), description: 'Steps by the level they reached; NONE: nobody was even informed' })
  reached!: Record<string, number>;
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true, type: String }) highestAimedFor!: string | null;
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true, type: String }) highestReached!: string | null;
  @ApiProperty({ description: 'Steps that reached less than they aimed for' }) shortfalls!: number;
}

export class LevelsAcrossResponse {
  @ApiProperty({ type: [PhaseLevelsResponse], description: "In the phases' order; a phase without steps is left out" })
  phases!: PhaseLevelsResponse[];
}

/** Under rules version 3: one phase's chosen level beside the level all its steps reached together. */
export class PhaseAimResponse {
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true, type: String, description: 'null: none chosen' }) levelAimedFor!: string | null;
  @ApiPropertyOptional({ description: "The public party's reason" }) reason?: string;
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true, type: String }) levelReached!: string | null;
  @ApiProperty({ description: 'Steps taken in the phase' }) steps!: number;
  @ApiPropertyOptional({
    enum: EVIDENCE_KINDS,
    nullable: true,
    type: String,
    description: 'Set when the phase reached less than its aim: the evidence the aim needs (informed, answered, met, decided together)',
  })
  missingEvidence!: string | null;
}

export class PhaseShortfallResponse extends PhaseAimResponse {
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
  @ApiProperty() title!: string;
}

export class PhaseAimsAcrossResponse {
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ description: 'Partnerships that chose a level for the phase' }) aimed!: number;
  @ApiProperty({ description: 'Partnerships that chose no level for it' }) aimedNone!: number;
  @ApiProperty() reachedAim!: number;
  @ApiProperty() belowAim!: number;
}

export class LevelsByPhaseResponse extends LevelsAcrossResponse {
  @ApiProperty({ type: [PhaseAimsAcrossResponse], description: 'Under rules version 3: per phase, the levels chosen and reached' })
  phaseAims!: PhaseAimsAcrossResponse[];
  @ApiProperty({ type: [PhaseShortfallResponse], description: 'The phases that reached less than the level chosen, with the evidence missing' })
  phaseShortfalls!: PhaseShortfallResponse[];
}

export class StepShortfallResponse {
  @ApiProperty() stepKey!: string;
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ enum: STEP_ACTIONS }) action!: string;
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true, type: String }) levelAimedFor!: string | null;
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true, type: String }) levelReached!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
}

export class PartnershipLevelsResponse extends LevelsAcrossResponse {
  @ApiProperty({ description: 'The rules the partnership follows: from 3 the level is chosen per phase (phaseAims)' }) rulesVersion!: number;
  @ApiProperty({ type: [PhaseAimResponse], description: 'Under rules version 3, per phase: aimed and reached; empty before' })
  phaseAims!: PhaseAimResponse[];
  @ApiProperty({ type: [StepShortfallResponse], description: 'The steps that reached less than they aimed for, oldest first' })
  shortfalls!: StepShortfallResponse[];
}
