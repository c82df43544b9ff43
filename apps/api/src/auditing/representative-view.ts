import type { Principal } from '@iop/identity';

/**
 * What an organisation's representative (företrädare) may read of a partnership they are party to: everything the
 * parties share (steps, drafts, decisions, signatures), but of tasks and commands only their own organisation's.
 * Every read applies these functions, so that no route shows a representative what another route hides.
 * Officers and auditors see everything.
 */

const isRepresentative = (principal?: Principal): principal is Principal & { organisationNumber: string } => principal?.role === 'organisation_rep';

/** A representative sees and answers only the tasks addressed to their own organisation. */
export function visibleTasks<T extends { addressedTo: string }>(tasks: T[], principal?: Principal): T[] {
  return isRepresentative(principal) ? tasks.filter((t) => t.addressedTo === principal.organisationNumber) : tasks;
}

/** The timeline's kinds that belong to one party (its tasks, its commands in the audit log) rather than to all. */
const PARTY_OWN_KINDS = new Set(['TASK_OPENED', 'TASK_CLOSED', 'AUDIT']);

export function visibleTimeline<T extends { kind: string; party: string | null }>(entries: T[], principal?: Principal): T[] {
  if (!isRepresentative(principal)) return entries;
  return entries.filter((e) => !PARTY_OWN_KINDS.has(e.kind) || e.party === principal.organisationNumber);
}

/**
 * The same rule over any decoded workflow payload (Temporal's history carries the whole state with every task in
 * update results, activity inputs and a continued run's input, and every party's commands in update arguments):
 * a `tasks` list keeps the representative's own tasks, and a command of another party loses the task it named.
 */
export function visiblePayload(value: unknown, principal?: Principal): unknown {
  if (!isRepresentative(principal)) return value;
  return scrub(value, principal.organisationNumber);
}

/** What scrubbing leaves out of a list altogether. */
const HIDDEN = Symbol('hidden');

function scrub(value: unknown, organisationNumber: string): unknown {
  if (Array.isArray(value)) return value.map((v) => scrub(v, organisationNumber)).filter((v) => v !== HIDDEN);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  if (isTaskPatch(source)) return scrubTaskPatch(source, organisationNumber);
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(source)) {
    if (key === 'tasks' && Array.isArray(child)) {
      result[key] = child.filter((t) => !isAddressed(t) || t.addressedTo === organisationNumber).map((t) => scrub(t, organisationNumber));
    } else {
      result[key] = scrub(child, organisationNumber);
    }
  }
  // A move (`{ type, party, taskId? }`) made for another party names that party's task.
  if (typeof source.type === 'string' && typeof source.party === 'string' && source.party !== organisationNumber) delete result.taskId;
  return result;
}

const isAddressed = (t: unknown): t is { addressedTo: unknown } => t !== null && typeof t === 'object' && 'addressedTo' in t;

/**
 * A write's state patch (workflows/shared/state-patch.ts) changes tasks by path: `append` to `tasks` adds whole tasks
 * (the representative's own are kept), `set` at `tasks[i]` puts one (kept when it is theirs), and a change deeper
 * in a task names no addressee, so it is left out: the representative sees their own tasks whole elsewhere.
 */
const isTaskPatch = (op: Record<string, unknown>): boolean => typeof op.op === 'string' && Array.isArray(op.path) && op.path[0] === 'tasks';

function scrubTaskPatch(op: Record<string, unknown>, organisationNumber: string): unknown {
  const path = op.path as unknown[];
  const own = (t: unknown) => isAddressed(t) && t.addressedTo === organisationNumber;
  if (op.op === 'append' && path.length === 1 && Array.isArray(op.values)) return { ...op, values: op.values.filter(own) };
  if (op.op === 'set' && path.length === 2 && own(op.value)) return op;
  return HIDDEN;
}
