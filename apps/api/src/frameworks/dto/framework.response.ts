import { TimelineEntryResponse } from '../../auditing/dto/auditing.response';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { FRAMEWORK_COMMAND_TYPES, FRAMEWORK_STATUSES, FRAMEWORK_WARNING_CODES } from '@iop/domain';
import type { FrameworkState, FrameworkStatus, FrameworkWarning, Sector } from '@iop/domain';
import { MessageResponse } from '../../partnerships/dto/partnership.response';
import { AvailableMoveResponse } from '../../partnerships/dto/available-move.response';

export class SeatCountResponse {
  @ApiProperty({ example: 5 }) seats!: number;
  @ApiProperty({ example: 4, description: "Members whose term holds on the caller's today and who have not left" }) filled!: number;
  @ApiProperty({ example: 1, description: 'Vakanta platser' }) vacant!: number;
}

export class SeatsResponse implements Record<Sector, SeatCountResponse> {
  @ApiProperty({ type: SeatCountResponse }) PUBLIC!: SeatCountResponse;
  @ApiProperty({ type: SeatCountResponse }) CIVIL_SOCIETY!: SeatCountResponse;
}

export class FrameworkWarningResponse implements FrameworkWarning {
  @ApiProperty({ enum: FRAMEWORK_WARNING_CODES }) code!: FrameworkWarning['code'];
  @ApiProperty({ example: 2024 }) year!: number;
  @ApiProperty({ type: MessageResponse }) message!: MessageResponse;
  @ApiProperty() raisedAt!: string;
  @ApiPropertyOptional() clearedAt?: string;
}

/**
 * A framework agreement (överenskommelse) as its state says, with `id` for `frameworkId`, and the steering group's
 * seats per sector. Of applications and tasks, a representative sees only their own organisation's (and the joined
 * and left organisations, which are public within the engine); another public party's officer none of either.
 */
export class FrameworkResponse implements Omit<FrameworkState, 'frameworkId'> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 3, description: 'Raised by exactly 1 by every accepted move and timer' }) revision!: number;
  @ApiPropertyOptional({ example: 1 }) rulesVersion?: number;
  @ApiProperty({ enum: FRAMEWORK_STATUSES }) status!: FrameworkStatus;
  @ApiProperty() title!: string;
  @ApiProperty({ example: { name: 'Region Skåne' } }) publicParty!: FrameworkState['publicParty'];
  @ApiProperty({ example: { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' } })
  sectorRepresentative!: FrameworkState['sectorRepresentative'];
  @ApiProperty() openedAt!: string;
  @ApiProperty() openedBy!: string;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Every version, oldest first, each with its text, status and decisions' })
  versions!: FrameworkState['versions'];
  @ApiPropertyOptional({ example: 1 }) versionInForce?: number;
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: 'Organisations that applied, joined, were refused or left, with their dates',
  })
  members!: FrameworkState['members'];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Samverkansgruppens ledamöter, with their terms' })
  steeringGroup!: FrameworkState['steeringGroup'];
  @ApiProperty({ type: SeatsResponse }) seats!: SeatsResponse;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Meetings with attendance per sector and minutes' })
  meetings!: FrameworkState['meetings'];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Yearly follow-up conferences' }) conferences!: FrameworkState['conferences'];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Handlingsplaner per year' }) actionPlans!: FrameworkState['actionPlans'];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Reviews (översyner) decided' }) reviews!: FrameworkState['reviews'];
  @ApiPropertyOptional({ format: 'date' }) reviewDueBy?: string;
  @ApiProperty({ type: [FrameworkWarningResponse] }) warnings!: FrameworkWarningResponse[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) tasks!: FrameworkState['tasks'];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) counters!: FrameworkState['counters'];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) ended?: FrameworkState['ended'];
}

export class PeriodResponse {
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiPropertyOptional({ format: 'date' }) end?: string;
}

export class FrameworkListItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'Region Skåne' }) publicParty!: string;
  @ApiProperty({ enum: FRAMEWORK_STATUSES }) status!: FrameworkStatus;
  @ApiProperty({ type: Number, nullable: true }) versionInForce!: number | null;
  @ApiProperty({ type: PeriodResponse, nullable: true, description: "The version in force's period" }) period!: PeriodResponse | null;
  @ApiProperty({ example: 30 }) joinedCount!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) reviewDueBy!: string | null;
  @ApiProperty({ description: "Open tasks (for a representative: their own organisation's)" }) openTasks!: number;
  @ApiProperty({ description: 'Open tasks past their due date' }) overdueTasks!: number;
  @ApiProperty({ type: [FrameworkWarningResponse], description: 'The warnings not cleared' }) warnings!: FrameworkWarningResponse[];
}

export class FrameworkPage {
  @ApiProperty({ type: [FrameworkListItemResponse] }) items!: FrameworkListItemResponse[];
}

/** A move's answer: where the framework stands now, the warnings it raised, and the framework as the caller reads it. */
export class FrameworkCommandResponse {
  @ApiProperty() revision!: number;
  @ApiProperty({ enum: FRAMEWORK_STATUSES }) status!: FrameworkStatus;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Warnings the move raised (refusals that stop nothing)' })
  warnings!: unknown[];
  @ApiProperty({ type: FrameworkResponse }) framework!: FrameworkResponse;
}

/** A framework's move: a partnership's entry, its type one of the framework's commands. */
export class FrameworkAvailableMoveResponse extends OmitType(AvailableMoveResponse, ['type', 'decision', 'parties'] as const) {
  @ApiProperty({ enum: FRAMEWORK_COMMAND_TYPES }) type!: string;
}

export class FrameworkAvailableMovesResponse {
  @ApiProperty({ type: [FrameworkAvailableMoveResponse], description: "The framework's moves (their types are the framework's commands)" })
  moves!: FrameworkAvailableMoveResponse[];
}

/** A framework's timeline entry: a partnership's, its phase the framework's status at the step. */
export class FrameworkTimelineEntryResponse extends OmitType(TimelineEntryResponse, ['phase'] as const) {
  @ApiPropertyOptional({ enum: FRAMEWORK_STATUSES, nullable: true, type: String }) phase!: string | null;
}
