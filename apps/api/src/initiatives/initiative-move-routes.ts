import type { InitiativeCommandType } from '@iop/domain';
import type { InitiativesController } from './initiatives.controller';

/** The controller's handler of each initiative move: the metrics' table of moves reads it (a move without one does not compile). */
export const INITIATIVE_MOVE_HANDLERS: { [T in InitiativeCommandType]: keyof InitiativesController & string } = {
  ASSESS_INITIATIVE: 'assess',
  DECIDE_ON_INITIATIVE: 'decide',
};
