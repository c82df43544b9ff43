import { canonicalJson } from './hash-chain';

/** The paths at which two JSON values differ (at most `limit`), e.g. `phase` or `tasks[2].status`. */
export function diffPaths(a: unknown, b: unknown, limit = 20, path = ''): string[] {
  if (canonicalJson(a) === canonicalJson(b)) return [];
  const bothObjects = a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) return [path || '(root)'];
  const keys = Array.isArray(a)
    ? Array.from({ length: Math.max(a.length, (b as unknown[]).length) }, (_, i) => i)
    : [...new Set([...Object.keys(a as object), ...Object.keys(b as object)])].sort();
  const differences: string[] = [];
  for (const key of keys) {
    const child = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : String(key);
    differences.push(
      ...diffPaths((a as Record<string, unknown>)[key as string], (b as Record<string, unknown>)[key as string], limit - differences.length, child),
    );
    if (differences.length >= limit) break;
  }
  return differences;
}

export interface Reconciliation {
  partnershipId: string;
  consistent: boolean;
  readModelRevision: number;
  workflowRevision: number;
  workflowStatus: string;
  differences: string[];
}

/**
 * Compares a partnership's read model with its workflow: the state snapshots must be equal, and a process that has
 * ended must have a closed workflow (a running one, one that has not).
 */
export function reconcileState(
  partnershipId: string,
  readModel: { revision: number; state: { phase: string } },
  workflow: { state: { revision: number }; status: string },
): Reconciliation {
  const differences = diffPaths(readModel.state, workflow.state);
  const ended = readModel.state.phase === 'ENDED';
  if (ended !== (workflow.status !== 'RUNNING')) differences.push(`workflowStatus (${workflow.status}) vs phase (${readModel.state.phase})`);
  return {
    partnershipId,
    consistent: differences.length === 0 && readModel.revision === workflow.state.revision,
    readModelRevision: readModel.revision,
    workflowRevision: workflow.state.revision,
    workflowStatus: workflow.status,
    differences,
  };
}
