import type { MoveHandler } from '../move';
import { openRound } from './open-round';

/** Any party starts renewing the agreement (förnyelse) before it expires. */
export const startRenewal: MoveHandler<'START_RENEWAL'> = (move) => openRound(move, move.command.party, 'RENEWAL', move.command.reason);
