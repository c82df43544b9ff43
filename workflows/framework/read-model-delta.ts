import type { FrameworkState } from '../../libs/domain/src';
import { diffState, sameState } from '../shared/state-patch';
import type { FrameworkReadModelDelta, FrameworkRow } from './types';

/** Rows of one kind that are new in `after` or differ from the row with the same key in `before`. */
function changedRows<T>(before: T[], after: T[], keyOf: (row: T) => string): T[] {
  const previous = new Map(before.map((row) => [keyOf(row), row]));
  return after.filter((row) => {
    const earlier = previous.get(keyOf(row));
    return earlier === undefined || !sameState(earlier, row);
  });
}

/** The frameworks row's columns: what the lists filter and sort on, read from the state. */
export function frameworkRowOf(state: FrameworkState): FrameworkRow {
  const inForce = state.versions.find((v) => v.version === state.versionInForce);
  return {
    title: state.title,
    status: state.status,
    openedAt: state.openedAt,
    publicPartyName: state.publicParty.name,
    versionInForce: inForce?.version ?? null,
    periodStart: inForce?.period.start ?? null,
    periodEnd: inForce?.period.end ?? null,
    reviewDueBy: state.reviewDueBy ?? null,
  };
}

/**
 * What the read model needs to go from `before` (the state of the write before) to `after`: the frameworks row's
 * columns, the members and tasks the move changed, the state as a patch. Its size follows the move, not the
 * framework's decades: a meeting adds one meeting, a joining changes one member.
 */
export function frameworkReadModelDelta(before: FrameworkState, after: FrameworkState): FrameworkReadModelDelta {
  return {
    revision: after.revision,
    baseRevision: before.revision,
    framework: frameworkRowOf(after),
    statePatch: diffState(before, after),
    changed: {
      members: changedRows(before.members, after.members, (m) => m.organisationNumber).map((member) => ({
        position: after.members.indexOf(member) + 1,
        member,
      })),
      tasks: changedRows(before.tasks, after.tasks, (t) => t.id),
    },
  };
}
