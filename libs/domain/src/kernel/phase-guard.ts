import type { Check } from './checks';
import { OK } from './checks';
import { KernelRefusals } from './refusals';

/** A move allowed only in some phases: refused, naming the phase and the allowed ones, in any other. */
export function requirePhaseOf<PhaseName extends string>(current: PhaseName, allowed: readonly PhaseName[]): Check {
  return allowed.includes(current) ? OK : KernelRefusals.wrongPhase(current, allowed);
}

/**
 * A change of phase outside the process's transitions is a fault of its rules, never a user's move: fail loudly.
 * `transitions` names the table in the message.
 */
export function assertPhaseChangeAllowed<PhaseName extends string>(
  from: PhaseName,
  to: PhaseName,
  canMove: (from: PhaseName, to: PhaseName) => boolean,
  transitions: string,
): void {
  if (from !== to && !canMove(from, to)) throw new Error(`The lifecycle moved from ${from} to ${to}, which ${transitions} does not allow`);
}
