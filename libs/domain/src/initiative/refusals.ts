import { KernelRefusals } from '../kernel/refusals';
import type { RefusalKind, RuleResult } from '../kernel/refusal';
import { escapeUnstorable, TextProblem } from '../text';
import type { SkrCriterion } from './vocabulary';

function refuseAt<T>(code: string, sv: string, en: string, kind: RefusalKind, field?: string): RuleResult<T> {
  return { ok: false, refusal: { code, message: { sv, en }, kind, ...(field === undefined ? {} : { field }) } };
}

const shown = (field: string) => escapeUnstorable(field);

/**
 * An initiative's refusal catalogue: code, kind and sentence in Swedish and English, and the field it is about.
 * CONFLICT (409): the move does not fit the initiative's state; INVALID (422): the content breaks a rule;
 * FORBIDDEN (403): the party may not make the move.
 */
export const InitiativeRefusals = {
  publicPartyOnly: KernelRefusals.publicPartyOnly,
  textNotStorable: <T>(field: string, problem: TextProblem): RuleResult<T> => {
    const result = KernelRefusals.textNotStorable<T>(field, problem);
    return result.ok ? result : { ok: false, refusal: { ...result.refusal, field } };
  },
  textRequired: <T>(field: string): RuleResult<T> =>
    refuseAt('TEXT_REQUIRED', `Fältet ${shown(field)} får inte vara tomt.`, `The field ${shown(field)} must not be empty.`, 'INVALID', field),
  valueNotAllowed: <T>(field: string, allowed: readonly string[]): RuleResult<T> =>
    refuseAt(
      'VALUE_NOT_ALLOWED',
      `Fältet ${shown(field)} ska vara ett av ${allowed.join(', ')}.`,
      `The field ${shown(field)} must be one of ${allowed.join(', ')}.`,
      'INVALID',
      field,
    ),
  valueRepeated: <T>(field: string): RuleResult<T> =>
    refuseAt('VALUE_REPEATED', `Fältet ${shown(field)} upprepar ett värde.`, `The field ${shown(field)} repeats a value.`, 'INVALID', field),
  alreadyDecided: <T>(): RuleResult<T> =>
    refuseAt('INITIATIVE_DECIDED', 'Initiativet är redan beslutat.', 'The initiative has already been decided.', 'CONFLICT'),
  criteriaNotAssessed: <T>(missing: readonly SkrCriterion[]): RuleResult<T> =>
    refuseAt(
      'INITIATIVE_CRITERIA_NOT_ASSESSED',
      `Alla kriterier ska bedömas före beslutet; kvar att bedöma: ${missing.join(', ')}.`,
      `Every criterion must be assessed before the decision; still to assess: ${missing.join(', ')}.`,
      'CONFLICT',
      'assessments',
    ),
  reasonRequired: <T>(): RuleResult<T> =>
    refuseAt(
      'INITIATIVE_REASON_REQUIRED',
      'Beslutet att föreslå en annan form eller avslå initiativet ska motiveras (fältet reason).',
      'A decision to propose another form or to decline the initiative needs its reason (the field reason).',
      'INVALID',
      'reason',
    ),
  otherFormRequired: <T>(allowed: readonly string[]): RuleResult<T> =>
    refuseAt(
      'INITIATIVE_OTHER_FORM_REQUIRED',
      `Ange vilken annan form som föreslås (fältet otherForm: ${allowed.join(', ')}).`,
      `Name the other form proposed (the field otherForm: ${allowed.join(', ')}).`,
      'INVALID',
      'otherForm',
    ),
  partnershipTermsRequired: <T>(field: string): RuleResult<T> =>
    refuseAt(
      'INITIATIVE_PARTNERSHIP_TERMS_REQUIRED',
      `Ett beslut att öppna ett IOP anger partnerskapets titel och minst ett mål (fältet ${shown(field)}).`,
      `A decision to open an IOP gives the partnership's title and at least one goal (the field ${shown(field)}).`,
      'INVALID',
      field,
    ),
};
