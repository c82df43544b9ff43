/**
 * A business rule said no. Carries a stable, machine-readable code for clients and a sentence in Swedish and
 * English for people: the same refusal reaches the API caller, the web page and the audit log.
 */
export interface Refusal {
  code: string;
  message: { sv: string; en: string };
  /**
   * CONFLICT: the move does not fit the process's current state (HTTP 409). INVALID: the content breaks a rule
   * (HTTP 422). FORBIDDEN: the party may not make this move (HTTP 403).
   */
  kind?: RefusalKind;
  /** The path of the command's field that breaks the rule (`contributions.1.years.0.year`), where one does. */
  field?: string;
}

export type RefusalKind = 'CONFLICT' | 'INVALID' | 'FORBIDDEN';

export type RuleResult<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

export const accept = <T>(value: T): RuleResult<T> => ({ ok: true, value });

export const refuse = <T = never>(code: string, sv: string, en: string, kind: RefusalKind = 'INVALID'): RuleResult<T> => ({
  ok: false,
  refusal: { code, message: { sv, en }, kind },
});
