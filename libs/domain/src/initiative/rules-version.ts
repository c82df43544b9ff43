import { assertRulesVersionWithin } from '../kernel/rules-version';

/**
 * The versions of an initiative's rules (the seam is kernel/rules-version.ts); an initiative keeps the version it
 * was submitted under.
 *
 * 1. The rules of issue 14.
 */
export const CURRENT_INITIATIVE_RULES_VERSION = 1;

export function assertKnownInitiativeRulesVersion(version: number): void {
  assertRulesVersionWithin(version, CURRENT_INITIATIVE_RULES_VERSION);
}
