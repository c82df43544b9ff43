import { refuse } from '../../kernel/refusal';
import type { FrameworkMoveHandler } from '../move';

// Written next: refused until its rules are in.
export const endSteeringGroupMembership: FrameworkMoveHandler<'END_STEERING_GROUP_MEMBERSHIP'> = () =>
  refuse('NOT_YET_SUPPORTED', 'Inte ännu.', 'Not yet.', 'CONFLICT');
