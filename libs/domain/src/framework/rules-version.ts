import { assertRulesVersionWithin } from '../kernel/rules-version';

/**
 * The versions of the framework's rules (the seam is kernel/rules-version.ts); a framework keeps the version it was
 * opened under for its whole life.
 *
 * 1. The rules of issue 13.
 */
export const CURRENT_FRAMEWORK_RULES_VERSION = 1;

export function assertKnownFrameworkRulesVersion(version: number): void {
  assertRulesVersionWithin(version, CURRENT_FRAMEWORK_RULES_VERSION);
}
