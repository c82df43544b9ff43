import { accept, refuse, RuleResult } from '../kernel/refusal';
import { parseOrganisationNumber } from '../organisation-number';
import { firstUnstorableText } from '../text';
import { Refusals } from './refusals';
import type { OrganisationProfileTerms } from './state';

/** Offentlig part: the region or municipality. */
export interface PublicParty {
  name: string;
}

/** Idéburen organisation. */
export interface Organisation {
  name: string;
  /** Canonical NNNNNN-NNNN. */
  organisationNumber: string;
  /** The organisation as a party, as the officer knows it at the start (optional; the organisation can update it). */
  profile?: OrganisationProfileTerms;
}

export interface NewPartnership {
  title: string;
  publicParty: PublicParty;
  organisations: Organisation[];
  /**
   * The framework agreement (överenskommelse) the partnership is entered within, if any: its id, lower case. The
   * API checks against the framework's read model that it is in force and every organisation has joined it; the
   * partnership only keeps the link, which never changes.
   */
  frameworkId?: string;
  /**
   * The initiative (IOP-initiativ) the partnership was opened from, if any: its id, lower case. Its organisation (the
   * first named) carries the opening step; the initiative keeps the link the other way.
   */
  initiativeId?: string;
}

/**
 * The rules a new partnership must meet beyond the shape of its fields: every text storable, at least one
 * organisation, each organisationsnummer valid and named once. Returns the partnership with canonical
 * organisation numbers.
 */
export function checkNewPartnership(input: NewPartnership): RuleResult<NewPartnership> {
  // Checked first, and here, because the opening is written before any workflow validator could see it.
  const unstorable = firstUnstorableText(input);
  if (unstorable) return Refusals.textNotStorable(unstorable.path, unstorable.problem);
  if (input.organisations.length === 0) {
    return refuse('ORGANISATION_REQUIRED', 'Ett IOP kräver minst en idéburen organisation.', 'An IOP needs at least one civil-society organisation.');
  }
  const seen = new Set<string>();
  const organisations: Organisation[] = [];
  for (const organisation of input.organisations) {
    const parsed = parseOrganisationNumber(organisation.organisationNumber);
    if (!parsed.ok) return parsed;
    if (seen.has(parsed.value)) {
      return refuse(
        'ORGANISATION_DUPLICATE',
        `Organisationen ${parsed.value} är angiven mer än en gång.`,
        `The organisation ${parsed.value} is named more than once.`,
      );
    }
    seen.add(parsed.value);
    const checked: Organisation = { name: organisation.name.trim(), organisationNumber: parsed.value };
    // Its rules, which need the day, are the start's (start.ts); here it only travels on, when there is one.
    if (organisation.profile !== undefined) checked.profile = organisation.profile;
    organisations.push(checked);
  }
  const checked: NewPartnership = { title: input.title.trim(), publicParty: { name: input.publicParty.name.trim() }, organisations };
  // Absent, not undefined, without one: the state and the workflow's input stay as they were before frameworks.
  if (input.frameworkId !== undefined) checked.frameworkId = input.frameworkId.toLowerCase();
  if (input.initiativeId !== undefined) checked.initiativeId = input.initiativeId.toLowerCase();
  return accept(checked);
}
