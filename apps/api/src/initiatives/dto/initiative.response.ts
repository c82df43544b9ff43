import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { INITIATIVE_COMMAND_TYPES, INITIATIVE_STATUSES } from '@iop/domain';
import type { InitiativeState, InitiativeStatus } from '@iop/domain';
import { TimelineEntryResponse } from '../../auditing/dto/auditing.response';
import { AvailableMoveResponse } from '../../partnerships/dto/available-move.response';

/** An initiative as its state says, with `id` for `initiativeId`. */
export class InitiativeResponse implements Omit<InitiativeState, 'initiativeId' | 'counters'> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() revision!: number;
  @ApiPropertyOptional() rulesVersion?: number;
  @ApiProperty({ enum: INITIATIVE_STATUSES }) status!: InitiativeStatus;
  @ApiProperty() title!: string;
  @ApiProperty() challenge!: string;
  @ApiProperty() targetGroup!: string;
  @ApiProperty() contribution!: string;
  @ApiProperty({ example: { name: 'Region Skåne' } }) publicParty!: InitiativeState['publicParty'];
  @ApiProperty({ example: { name: 'Vårsta Diakonigård', organisationNumber: '802456-1238' } }) organisation!: InitiativeState['organisation'];
  @ApiProperty() submittedAt!: string;
  @ApiProperty() submittedBy!: string;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'The latest assessment of each criterion assessed, in SKR order' })
  assessments!: InitiativeState['assessments'];
  @ApiPropertyOptional({ type: 'object', description: 'The outcome, its reason, and the partnership it opened', additionalProperties: true })
  decision?: InitiativeState['decision'];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) tasks!: InitiativeState['tasks'];
}

export class InitiativePage {
  @ApiProperty({ type: [InitiativeResponse] }) items!: InitiativeResponse[];
}

export class InitiativeCommandResponse {
  @ApiProperty() revision!: number;
  @ApiProperty({ enum: INITIATIVE_STATUSES }) status!: InitiativeStatus;
  @ApiProperty({ type: InitiativeResponse }) initiative!: InitiativeResponse;
}

export class InitiativeAvailableMoveResponse extends OmitType(AvailableMoveResponse, ['type', 'decision', 'parties'] as const) {
  @ApiProperty({ enum: INITIATIVE_COMMAND_TYPES }) type!: string;
}

export class InitiativeAvailableMovesResponse {
  @ApiProperty({ type: [InitiativeAvailableMoveResponse], description: "The initiative's moves (their types are its commands)" })
  moves!: InitiativeAvailableMoveResponse[];
}

/** An initiative's timeline entry: a partnership's, its phase the initiative's status at the step. */
export class InitiativeTimelineEntryResponse extends OmitType(TimelineEntryResponse, ['phase'] as const) {
  @ApiPropertyOptional({ enum: INITIATIVE_STATUSES, nullable: true, type: String }) phase!: string | null;
}
