/**
 * The seam for rules that change while processes run. A process lasts for years and its workflow replays the
 * rules over the moves it already accepted, so a rule that would refuse or decide differently applies only to
 * processes opened under the version that brought it. The state carries the version, set once at opening; the
 * rules read it, never the clock or a setting.
 */
export interface VersionedState {
  /** Absent in states opened before there were versions: those are version 1. */
  rulesVersion?: number;
}

export function rulesVersionOf(state: VersionedState): number {
  return state.rulesVersion ?? 1;
}

/** Whether the state is decided by rules of at least this version: the one test a versioned rule makes. */
export const underRulesSince = (state: VersionedState, version: number): boolean => rulesVersionOf(state) >= version;

/** A version this code does not know is a fault of the caller (the workflow), never a user's move: fail loudly. */
export function assertRulesVersionWithin(version: number, current: number): void {
  if (!Number.isInteger(version) || version < 1 || version > current) {
    throw new Error(`Rules version ${version} is unknown; this code knows 1 to ${current}`);
  }
}
