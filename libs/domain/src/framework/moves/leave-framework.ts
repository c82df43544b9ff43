import { refuse } from '../../kernel/refusal';
import type { FrameworkMoveHandler } from '../move';

// Written next: refused until its rules are in.
export const leaveFramework: FrameworkMoveHandler<'LEAVE_FRAMEWORK'> = () => refuse('NOT_YET_SUPPORTED', 'Inte ännu.', 'Not yet.', 'CONFLICT');
