import { DOCUMENT_KINDS } from './vocabulary';
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

/** The longest retention a plan may give in years: longer is a plan's typo (bevaras says "for ever"). */
export const MAX_RETENTION_YEARS = 200;

export type RetentionPlan = Readonly<Record<DocumentKind, RetentionClass>>;

/**
 * A region's own document management plan (`IOP_RETENTION_PLAN`), as JSON of the default plan's shape: the kinds
 * it names get its class, the others keep the default's, so a region lists only where its plan differs. Returns
 * the problems in one sentence each, naming the kind and the rule, or the plan.
 */
export function parseRetentionPlan(json: string): { ok: true; plan: RetentionPlan } | { ok: false; problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, problems: ['IOP_RETENTION_PLAN: must be JSON, such as {"MINUTES":{"kind":"DISPOSE","years":10}}'] };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, problems: ['IOP_RETENTION_PLAN: must be a JSON object keyed by document kind'] };
  const problems: string[] = [];
  const plan: Record<DocumentKind, RetentionClass> = { ...DEFAULT_RETENTION_PLAN };
  for (const [key, value] of Object.entries(parsed)) {
    const where = `IOP_RETENTION_PLAN.${key}`;
    if (!(DOCUMENT_KINDS as readonly string[]).includes(key)) {
      problems.push(`${where}: not a document kind; use one of ${DOCUMENT_KINDS.join(', ')}`);
      continue;
    }
    const kind = key as DocumentKind;
    const retention = value as Partial<RetentionClass> | null;
    const keys = retention && typeof retention === 'object' ? Object.keys(retention) : [];
    if (retention?.kind === 'PRESERVE' && keys.every((k) => k === 'kind')) plan[kind] = { kind: 'PRESERVE' };
    else if (
      retention?.kind === 'DISPOSE' &&
      keys.every((k) => k === 'kind' || k === 'years') &&
      Number.isInteger(retention.years) &&
      retention.years! >= 1 &&
      retention.years! <= MAX_RETENTION_YEARS
    )
      plan[kind] = { kind: 'DISPOSE', years: retention.years };
    else
      problems.push(`${where}: must be {"kind":"PRESERVE"} or {"kind":"DISPOSE","years":N} with N a whole number from 1 to ${MAX_RETENTION_YEARS}`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan };
}
