import type { ProcessKind } from '@iop/domain';
import { FRAMEWORK_PROCESS } from '../frameworks/framework-process';
import type { ProcessRouteKind } from '../identity/process-route';
import { PARTNERSHIP_PROCESS } from '../partnerships/partnership-process';

/** A kind of case that keeps handlingar: its process kind as the routes know it, and the path its routes live under. */
export interface CaseKind {
  process: ProcessRouteKind;
  collection: 'partnerships' | 'frameworks';
}

export const PARTNERSHIP_CASE: CaseKind = { process: PARTNERSHIP_PROCESS, collection: 'partnerships' };
export const FRAMEWORK_CASE: CaseKind = { process: FRAMEWORK_PROCESS, collection: 'frameworks' };

const BY_KIND: Partial<Record<ProcessKind, CaseKind>> = { PARTNERSHIP: PARTNERSHIP_CASE, FRAMEWORK_AGREEMENT: FRAMEWORK_CASE };

/** Where a case's handlingar are read: `/partnerships/<id>/documents`, `/frameworks/<id>/documents`. */
export function documentsPathOf(kind: ProcessKind, processId: string): string {
  const caseKind = BY_KIND[kind];
  // Only these kinds have document routes, so only their cases can hold a handling.
  if (!caseKind) throw new Error(`A ${kind} keeps no handlingar`);
  return `/${caseKind.collection}/${processId}/documents`;
}
