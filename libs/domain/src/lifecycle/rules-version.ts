import type { PartnershipState } from './state';

/**
 * The version of the rules a partnership was opened under. An execution lasts for years and its workflow replays
 * `decide()` over the moves it already accepted, so a rule that would refuse or decide differently applies only to
 * partnerships opened under the version that brought it; the workflow picks the version with `patched()`.
 *
 * 1. The rules until issue 11 (a state without `rulesVersion`).
 * 2. A move is refused when a text could not be stored (`TEXT_NOT_STORABLE`: NUL, lone surrogate) or a date is no
 *    calendar day within 1900-01-01..2199-12-31 (`DATE_OUT_OF_RANGE`); a notice period is a whole number of months
 *    (0..36) (`NOTICE_MONTHS_OUT_OF_RANGE`); blank attendee names are dropped and an attendee entry left without a
 *    name is refused (`ATTENDEE_NAMES_REQUIRED`), and the dialogue's closing counts only named attendance; a draft
 *    naming the contribution of a party that declined or withdrew can neither be approved nor agreed
 *    (`CONTRIBUTION_PARTY_NOT_ACTIVE`).
 */
export const CURRENT_RULES_VERSION = 2;

export function rulesVersionOf(state: PartnershipState): number {
  return state.rulesVersion ?? 1;
}

/** A version this code does not know is a fault of the caller (the workflow), never a user's move: fail loudly. */
export function assertKnownRulesVersion(version: number): void {
  if (!Number.isInteger(version) || version < 1 || version > CURRENT_RULES_VERSION) {
    throw new Error(`Rules version ${version} is unknown; this code knows 1 to ${CURRENT_RULES_VERSION}`);
  }
}
