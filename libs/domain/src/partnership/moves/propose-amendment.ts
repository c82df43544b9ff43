import type { MoveHandler } from '../move';
import { openRound } from './open-round';

/** Any party proposes to change the agreement in force (ändring); a new version goes through drafting again. */
export const proposeAmendment: MoveHandler<'PROPOSE_AMENDMENT'> = (move) => openRound(move, move.command.party, 'AMENDMENT', move.command.reason);
