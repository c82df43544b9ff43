import { refuse } from '../../kernel/refusal';
import type { FrameworkMoveHandler } from '../move';

// Written next: refused until its rules are in.
export const recordSteeringGroupMeeting: FrameworkMoveHandler<'RECORD_STEERING_GROUP_MEETING'> = () =>
  refuse('NOT_YET_SUPPORTED', 'Inte ännu.', 'Not yet.', 'CONFLICT');
