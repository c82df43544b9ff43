import { compareDates, dateOf, isCalendarDay } from '../dates';
import { accept, RuleResult } from '../kernel/refusal';
import { Refusals } from './refusals';
import type { OrganisationProfileTerms } from './state';
import { LEGAL_FORMS } from './vocabulary';

/**
 * The rules of an organisation's profile beyond the shape of its fields: a known legal form, a description for
 * OTHER, a registration date only when registered and never in the future, no document dated in the future. `at`
 * prefixes a field's path (`organisations.0.profile.`) where the profile is part of a start. Returns the profile
 * with only the keys it has (an absent description is no key, as the state stores it).
 */
export function checkProfile(terms: OrganisationProfileTerms, now: string, at = ''): RuleResult<OrganisationProfileTerms> {
  const today = dateOf(now);
  const refusedAt = <T>(result: RuleResult<T>): RuleResult<T> => {
    if (!result.ok && result.refusal.field) result.refusal.field = at + result.refusal.field;
    return result;
  };
  if (!LEGAL_FORMS.includes(terms.legalForm)) return refusedAt(Refusals.legalFormUnknown());
  const description = terms.legalFormDescription?.trim();
  if (terms.legalForm === 'OTHER' && !description) return refusedAt(Refusals.legalFormDescriptionRequired());
  if (terms.registeredSince !== undefined) {
    if (!terms.registeredAsIdeburen) return refusedAt(Refusals.registrationDateWithoutRegistration());
    if (!isCalendarDay(terms.registeredSince) || compareDates(terms.registeredSince, today) > 0) {
      return Refusals.dateInFuture(`${at}registeredSince`, today);
    }
  }
  const late = terms.attachments.findIndex((a) => compareDates(a.date, today) > 0);
  if (late >= 0) return Refusals.dateInFuture(`${at}attachments.${late}.date`, today);
  const checked: OrganisationProfileTerms = {
    legalForm: terms.legalForm,
    registeredAsIdeburen: terms.registeredAsIdeburen,
    attachments: terms.attachments.map((a) => ({ name: a.name.trim(), date: a.date, kind: a.kind })),
  };
  if (terms.legalForm === 'OTHER') checked.legalFormDescription = description;
  if (terms.registeredSince !== undefined) checked.registeredSince = terms.registeredSince;
  if (terms.contact) {
    const contact: NonNullable<OrganisationProfileTerms['contact']> = { name: terms.contact.name.trim() };
    if (terms.contact.email) contact.email = terms.contact.email.trim();
    if (terms.contact.phone) contact.phone = terms.contact.phone.trim();
    checked.contact = contact;
  }
  return accept(checked);
}
