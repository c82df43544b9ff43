import type { DecisionOutcome, DocumentKind, HandlingOrigin, RetentionClass } from '@iop/domain';

// Keyed by the domain's types, so that a kind or origin added there fails to compile here without its Swedish name.

/** The handling's kind as the diarium names it (ERMS recordType). */
export const DOCUMENT_KIND_SV: Record<DocumentKind, string> = {
  STATUTES: 'Stadgar',
  ANNUAL_REPORT: 'Verksamhetsberättelse',
  ANNUAL_ACCOUNTS: 'Bokslut',
  MINUTES: 'Protokoll',
  WRITTEN_INPUT: 'Skriftligt inspel',
  DRAFT: 'Avtalsutkast',
  OFFICER_REPORT: 'Tjänsteskrivelse',
  DECISION_EXTRACT: 'Protokollsutdrag',
  AGREEMENT: 'Avtal',
  FOLLOW_UP_REPORT: 'Uppföljningsrapport',
  CORRESPONDENCE: 'Skrivelse',
  OTHER: 'Övrig handling',
};

export const ORIGIN_SV: Record<HandlingOrigin, string> = { RECEIVED: 'Inkommen', DRAWN_UP: 'Upprättad' };

export const OUTCOME_SV: Record<DecisionOutcome, string> = { APPROVED: 'Godkänt', REJECTED: 'Avslag', RETURNED: 'Återremiss' };

/** Bevaras, or gallras N år efter ärendets avslut. */
export function retentionSv(retention: RetentionClass): string {
  return retention.kind === 'PRESERVE' ? 'Bevaras' : `Gallras ${retention.years} år efter ärendets avslut`;
}
