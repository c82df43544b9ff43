import { assertRulesVersionWithin } from '../kernel/rules-version';

/**
 * The versions of the partnership's rules (the seam is kernel/rules-version.ts). The workflow picks the version a
 * new partnership opens under with `patched()`; the state keeps it for the partnership's whole life.
 *
 * 1. The rules until issue 11 (a state without `rulesVersion`).
 * 2. A move is refused when a text could not be stored (`TEXT_NOT_STORABLE`: NUL, lone surrogate) or a date is no
 *    calendar day within 1900-01-01..2199-12-31 (`DATE_OUT_OF_RANGE`); a notice period is a whole number of months
 *    (0..36) (`NOTICE_MONTHS_OUT_OF_RANGE`); blank attendee names are dropped and an attendee entry left without a
 *    name is refused (`ATTENDEE_NAMES_REQUIRED`), and the dialogue's closing counts only named attendance; a draft
 *    naming the contribution of a party that declined or withdrew can neither be approved nor agreed
 *    (`CONTRIBUTION_PARTY_NOT_ACTIVE`).
 * 3. The legal and democratic frame: the dialogue cannot close before the assessment of why IOP is recorded
 *    (`LEGAL_BASIS_MISSING`); a de minimis decision that would take an organisation over its ceiling is refused; a
 *    decision records its justering and anslag dates and gains legal force after the appeal window (or on an appeal
 *    upheld; an appeal annulling it goes back to the political approval); the level aimed for is chosen per
 *    phase (PROPOSE_PHASE_LEVELS; a step aims for its phase's choice, none when none was chosen) and the level
 *    reached is derived per phase from the evidence of all its steps; a renewal asks each organisation to confirm or
 *    update its profile (CONFIRM_ORGANISATION_PROFILE); an organisation's notice
 *    in a multi-organisation agreement ends its own participation, the public party's ends it for everyone.
 *    A partnership opened from an organisation's initiative keeps the link (`initiativeId`) and its organisation
 *    carries the opening step.
 * 4. The agreement enters into force only once its approving decision has gained legal force: the last signature
 *    before it leaves the partnership in SIGNATURE, signed and waiting, unless the public party recorded that the
 *    parties sign before legal force, with the reason (RECORD_SIGNING_BEFORE_LEGAL_FORCE). Version 3 put the
 *    agreement in force at the last signature, whatever the appeal window.
 * 5. The agreement as a document: an approving decision names the PDF the API rendered from the approved version for
 *    the parties taking part (`agreementDocument`, refused as AGREEMENT_DOCUMENT_REQUIRED without it and
 *    AGREEMENT_DOCUMENT_STALE when rendered from another version or other parties), and each signature names the
 *    document it signs by its SHA-256 (`documentSha256`; AGREEMENT_HASH_REQUIRED, AGREEMENT_HASH_MISMATCH). Version 4
 *    signed the approved version without naming a document.
 */
export const CURRENT_RULES_VERSION = 5;

export function assertKnownRulesVersion(version: number): void {
  assertRulesVersionWithin(version, CURRENT_RULES_VERSION);
}
