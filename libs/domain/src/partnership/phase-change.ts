import { assertPhaseChangeAllowed } from '../kernel/phase-guard';
import { canMoveToPhase, Phase } from './phase';

/** A change of phase outside PHASE_TRANSITIONS is a fault of these rules, never a user's move: fail loudly. */
export function assertPhaseChange(from: Phase, to: Phase): void {
  assertPhaseChangeAllowed(from, to, canMoveToPhase, 'PHASE_TRANSITIONS');
}
