import { ApiProperty } from '@nestjs/swagger';
import { PROCESS_KINDS } from '@iop/domain';
import { TaskResponse } from '../../partnerships/dto/partnership.response';

/** A task in an inbox, with the process (of any kind) it belongs to. */
export class InboxTaskResponse extends TaskResponse {
  @ApiProperty({ enum: PROCESS_KINDS }) processKind!: string;
  @ApiProperty({ format: 'uuid' }) processId!: string;
  @ApiProperty() processTitle!: string;
  /** Kept for clients written when every process was a partnership: the same as processId and processTitle. */
  @ApiProperty({ format: 'uuid', description: 'The same as processId (kept for clients of partnerships only)' }) partnershipId!: string;
  @ApiProperty({ description: 'The same as processTitle (kept for clients of partnerships only)' }) partnershipTitle!: string;
  @ApiProperty({ description: 'Open and past its due date' }) overdue!: boolean;
}
