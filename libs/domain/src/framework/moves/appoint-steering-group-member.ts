import { refuse } from '../../kernel/refusal';
import type { FrameworkMoveHandler } from '../move';

// Written next: refused until its rules are in.
export const appointSteeringGroupMember: FrameworkMoveHandler<'APPOINT_STEERING_GROUP_MEMBER'> = () =>
  refuse('NOT_YET_SUPPORTED', 'Inte ännu.', 'Not yet.', 'CONFLICT');
