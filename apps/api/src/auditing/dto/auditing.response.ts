import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTICIPATION_LEVELS, PHASES } from '@iop/domain';

/** What a step records as its evidence (libs/domain StepEvidence): party keys, 'PUBLIC' or an organisationsnummer. */
export class StepEvidenceResponse {
  @ApiPropertyOptional({ type: String, isArray: true, description: 'Told about the step (one-way)' }) informed?: string[];
  @ApiPropertyOptional({ type: String, isArray: true, description: 'Answered a question put to them' }) answered?: string[];
  @ApiPropertyOptional({ description: 'Meetings held in the step, with the parties that attended each', isArray: true, type: Object })
  meetings?: { attendedBy: string[] }[];
  @ApiPropertyOptional({ type: String, isArray: true, description: 'Took a decision together' }) coDecidedBy?: string[];
  @ApiPropertyOptional() initiatedByOrganisation?: boolean;
}

export class TimelineEntryResponse {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: ['STEP', 'DECISION', 'SIGNATURE', 'TASK_OPENED', 'TASK_CLOSED', 'AUDIT'] }) kind!: string;
  @ApiPropertyOptional({ enum: PHASES, nullable: true, type: String }) phase!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: "The responsible party: 'PUBLIC', 'JOINT' or an organisationsnummer" })
  party!: string | null;
  @ApiProperty({ description: 'The step action, decision outcome, task type or audited command' }) action!: string;
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true, type: String }) levelAimedFor!: string | null;
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true, type: String, description: "Derived from the step's evidence" })
  levelReached!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Who did it (e-mail, else subject); the signatory for a signature' })
  actor!: string | null;
  @ApiProperty({
    type: Object,
    description:
      "By kind: a step's stepKey, evidence (StepEvidenceResponse) and hash; a decision's body, meetingDate, diarienummer, paragraph, outcome, reasons and draftVersion; a signature's round and draftVersion; a task's taskId and dueDate; a command's outcome and statusCode",
  })
  detail!: Record<string, unknown>;
}

export class HistoryEventResponse {
  @ApiProperty() eventId!: number;
  @ApiProperty({ format: 'date-time' }) time!: string;
  @ApiProperty({ example: 'WORKFLOW_EXECUTION_STARTED' }) type!: string;
  @ApiPropertyOptional({ description: 'The update, signal, activity, timer or workflow the event is about' }) name?: string;
  // Any JSON value each: a workflow's input is an object, an activity's arguments may be strings or numbers.
  @ApiPropertyOptional({ type: 'array', items: {}, description: 'Decoded arguments or input' }) args?: unknown[];
  @ApiPropertyOptional({ type: Object }) detail?: Record<string, unknown>;
}

export class HistoryResponse {
  @ApiProperty() workflowId!: string;
  @ApiProperty() runId!: string;
  @ApiProperty({ example: 'RUNNING' }) status!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: "This run's history in Temporal's Web UI, when TEMPORAL_UI_URL is set" })
  webUiUrl!: string | null;
  @ApiProperty({ description: 'Events in the whole history' }) totalEvents!: number;
  @ApiProperty({ description: 'The page given (1 without paging)' }) page!: number;
  @ApiProperty({ description: 'Events per page (every event without paging)' }) pageSize!: number;
  @ApiProperty() hasMore!: boolean;
  @ApiProperty({ type: HistoryEventResponse, isArray: true, description: "This page's events, oldest first" }) events!: HistoryEventResponse[];
}

export class CheckedLinksResponse {
  @ApiProperty({ description: 'Links recomputed, a broken one included' }) links!: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Sequence number of the first link checked' }) firstSeq!: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Sequence number of the last link checked' }) lastSeq!: number | null;
  @ApiProperty({ description: 'Links the chain holds in all' }) ofLinks!: number;
}

export class BrokenLinkResponse {
  @ApiProperty({ example: 'step_records' }) table!: string;
  @ApiProperty() id!: string;
  @ApiProperty() seq!: number;
  @ApiProperty({ example: 'CONTENT_ALTERED' }) problem!: string;
  @ApiProperty() expected!: string;
  @ApiProperty() found!: string;
}

export class LatestCheckpointResponse {
  @ApiProperty({ description: 'The link it fixes' }) seq!: number;
  @ApiProperty() hash!: string;
  @ApiProperty({ format: 'date-time' }) signedAt!: string;
  @ApiProperty() keyId!: string;
  @ApiProperty({ description: 'Whether the chain as it is now still has that hash at that link' }) holds!: boolean;
}

export class VerificationResponse {
  @ApiProperty() chainKey!: string;
  @ApiProperty({ description: 'Links the chain holds' }) links!: number;
  @ApiProperty() valid!: boolean;
  @ApiProperty({ type: CheckedLinksResponse, description: 'Which links were recomputed' }) checked!: CheckedLinksResponse;
  @ApiPropertyOptional({ type: BrokenLinkResponse }) firstBrokenLink?: BrokenLinkResponse;
  @ApiPropertyOptional({ type: LatestCheckpointResponse, nullable: true, description: 'null: none signed yet; absent: the links broke first' })
  checkpoint?: LatestCheckpointResponse | null;
  @ApiPropertyOptional({ type: BrokenLinkResponse, isArray: true }) checkpointProblems?: BrokenLinkResponse[];
}
