import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTICIPATION_LEVELS, PHASES } from '@iop/domain';
import type { ParticipationLevel, Phase, StepEvidence } from '@iop/domain';
import type { PartnershipEntity } from '@iop/database';

export class PartyResponse {
  @ApiProperty({ enum: ['PUBLIC', 'ORGANISATION'] })
  kind!: 'PUBLIC' | 'ORGANISATION';

  @ApiProperty()
  name!: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  organisationNumber!: string | null;

  @ApiProperty({ enum: ['INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] })
  status!: string;
}

export class StepRecordResponse {
  @ApiProperty({ example: 'opened' })
  stepKey!: string;

  @ApiProperty({ enum: PHASES })
  phase!: Phase;

  @ApiProperty({ example: 'PARTNERSHIP_OPENED' })
  action!: string;

  @ApiProperty({ enum: ['PUBLIC', 'ORGANISATION', 'JOINT'] })
  responsibleKind!: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  responsibleOrganisationNumber!: string | null;

  @ApiProperty({ enum: PARTICIPATION_LEVELS })
  levelAimedFor!: ParticipationLevel;

  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true })
  levelReached!: ParticipationLevel | null;

  @ApiProperty()
  actor!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ type: Object, description: 'Who was informed, answered, met or co-decided' })
  evidence!: StepEvidence;
}

export class PartnershipResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: PHASES })
  phase!: Phase;

  @ApiProperty({ example: 'partnership-3b1f...' })
  workflowId!: string;

  @ApiProperty({ type: [PartyResponse] })
  parties!: PartyResponse[];

  @ApiProperty({ type: [StepRecordResponse] })
  steps!: StepRecordResponse[];

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;

  static from(entity: PartnershipEntity): PartnershipResponse {
    return {
      id: entity.id,
      title: entity.title,
      phase: entity.phase,
      workflowId: entity.workflowId,
      createdAt: entity.createdAt.toISOString(),
      parties: entity.parties.map((p) => ({
        kind: p.kind,
        name: p.name,
        organisationNumber: p.organisationNumber,
        status: p.status,
      })),
      steps: entity.steps.map((s) => ({
        stepKey: s.stepKey,
        phase: s.phase,
        action: s.action,
        responsibleKind: s.responsibleKind,
        responsibleOrganisationNumber: s.responsibleOrganisationNumber,
        levelAimedFor: s.levelAimedFor,
        levelReached: s.levelReached,
        actor: s.actor,
        occurredAt: s.occurredAt.toISOString(),
        evidence: s.evidence,
      })),
    };
  }
}
