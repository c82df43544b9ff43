import type { DocumentKind, RetentionClass } from './vocabulary';

/**
 * The document management plan (dokumenthanteringsplan) the engine applies when a region has not given its own
 * (`IOP_RETENTION_PLAN`, JSON of the same shape): the agreement, the decisions' documents and the case's reports
 * are kept; working material is disposed of some years after the case was closed. A handling keeps the class it
 * was registered with, so a later plan never changes what was decided for it.
 */
export const DEFAULT_RETENTION_PLAN: Readonly<Record<DocumentKind, RetentionClass>> = {
  STATUTES: { kind: 'DISPOSE', years: 10 },
  ANNUAL_REPORT: { kind: 'DISPOSE', years: 10 },
  ANNUAL_ACCOUNTS: { kind: 'DISPOSE', years: 10 },
  MINUTES: { kind: 'PRESERVE' },
  WRITTEN_INPUT: { kind: 'DISPOSE', years: 2 },
  DRAFT: { kind: 'DISPOSE', years: 2 },
  OFFICER_REPORT: { kind: 'PRESERVE' },
  DECISION_EXTRACT: { kind: 'PRESERVE' },
  AGREEMENT: { kind: 'PRESERVE' },
  FOLLOW_UP_REPORT: { kind: 'PRESERVE' },
  CORRESPONDENCE: { kind: 'DISPOSE', years: 2 },
  OTHER: { kind: 'DISPOSE', years: 2 },
};

/** The first day a handling of this class may be disposed of, for a case closed on `closedOn`; null: never. */
export function disposableFrom(retention: RetentionClass, closedOn: string | null): string | null {
  if (retention.kind === 'PRESERVE' || !closedOn || retention.years === undefined) return null;
  const [year, month, day] = closedOn.split('-').map(Number);
  const date = new Date(Date.UTC(year + retention.years, month - 1, day));
  return date.toISOString().slice(0, 10);
}
