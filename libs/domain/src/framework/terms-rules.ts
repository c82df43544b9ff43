import type { Check } from '../kernel/checks';
import { OK } from '../kernel/checks';
import { accept, RuleResult } from '../kernel/refusal';
import { DEVELOPMENT_AREAS, PRINCIPLES } from '../partnership/principle';
import { firstRefusal, requireDistinctOf, requireOneOf, requireText, requireWholeNumber } from './field-checks';
import { FrameworkRefusals } from './refusals';
import type { FrameworkTerms, PrincipleCommitments } from './state';
import { COMMITMENT_HOLDERS, JOINING_UNDERTAKINGS } from './vocabulary';

/** The bounds a version's steering-group rules must keep. */
export const MEETINGS_PER_YEAR = { min: 1, max: 12 } as const;
export const REVIEW_INTERVAL_YEARS = { min: 1, max: 10 } as const;

/** Every principle listed once, each with commitments that say something and whom they bind. */
function checkPrinciples(principles: unknown): Check {
  if (!Array.isArray(principles)) return FrameworkRefusals.principleUnaddressed(PRINCIPLES);
  const seen: string[] = [];
  for (const [i, entry] of (principles as PrincipleCommitments[]).entries()) {
    const known = requireOneOf(entry?.principle, PRINCIPLES, `principles.${i}.principle`);
    if (!known.ok) return known;
    if (seen.includes(entry.principle)) return FrameworkRefusals.valueRepeated(`principles.${i}.principle`);
    seen.push(entry.principle);
    for (const [j, commitment] of (Array.isArray(entry.commitments) ? entry.commitments : []).entries()) {
      const field = `principles.${i}.commitments.${j}`;
      const ok = firstRefusal(
        () => requireText(commitment?.text, `${field}.text`),
        () => requireOneOf(commitment?.heldBy, COMMITMENT_HOLDERS, `${field}.heldBy`),
      );
      if (!ok.ok) return ok;
    }
  }
  const unaddressed = PRINCIPLES.filter((p) => !(principles as PrincipleCommitments[]).some((e) => e.principle === p && e.commitments?.length > 0));
  return unaddressed.length > 0 ? FrameworkRefusals.principleUnaddressed(unaddressed) : OK;
}

/**
 * The rules a version's text must keep: its period's dates in order, every one of the six principles addressed
 * with at least one commitment, known development areas and undertakings, and steering-group rules within bounds.
 * Returns the terms as stored: principles in the list's order, commitments numbered `<principle>-<n>` (an id the
 * command gave is not kept: the domain numbers them, so that ids are unique within the version).
 */
export function checkedTerms(terms: FrameworkTerms): RuleResult<FrameworkTerms> {
  const ok = firstRefusal(
    () => (terms.period.end !== undefined && terms.period.end < terms.period.start ? FrameworkRefusals.periodDates() : OK),
    () => checkPrinciples(terms.principles),
    () => requireDistinctOf(terms.developmentAreas, DEVELOPMENT_AREAS, 'developmentAreas'),
    () => requireDistinctOf(terms.joiningUndertakings, JOINING_UNDERTAKINGS, 'joiningUndertakings'),
    () =>
      Number.isInteger(terms.steeringGroup?.seatsPerSector) && terms.steeringGroup.seatsPerSector >= 1 ? OK : FrameworkRefusals.seatsNotPositive(),
    () => requireWholeNumber(terms.steeringGroup.meetingsPerYear, MEETINGS_PER_YEAR.min, MEETINGS_PER_YEAR.max, 'steeringGroup.meetingsPerYear'),
    () =>
      requireWholeNumber(
        terms.steeringGroup.reviewIntervalYears,
        REVIEW_INTERVAL_YEARS.min,
        REVIEW_INTERVAL_YEARS.max,
        'steeringGroup.reviewIntervalYears',
      ),
    () => (typeof terms.summary === 'string' ? OK : FrameworkRefusals.textRequired('summary')),
  );
  if (!ok.ok) return ok;
  const principles = PRINCIPLES.map((principle) => {
    const entry = terms.principles.find((e) => e.principle === principle)!;
    return {
      principle,
      commitments: entry.commitments.map((c, j) => ({ id: `${principle}-${j + 1}`, text: c.text.trim(), heldBy: c.heldBy })),
    };
  });
  return accept({
    period: terms.period.end === undefined ? { start: terms.period.start } : { start: terms.period.start, end: terms.period.end },
    principles,
    developmentAreas: [...terms.developmentAreas],
    joiningUndertakings: [...terms.joiningUndertakings],
    steeringGroup: {
      seatsPerSector: terms.steeringGroup.seatsPerSector,
      meetingsPerYear: terms.steeringGroup.meetingsPerYear,
      reviewIntervalYears: terms.steeringGroup.reviewIntervalYears,
    },
    summary: terms.summary,
  });
}

/** Every commitment of a version, across its principles. */
export const commitmentsOf = (terms: FrameworkTerms) => terms.principles.flatMap((p) => p.commitments);
