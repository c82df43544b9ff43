import type { PartnershipState } from '../../libs/domain/src';
import { diffState, sameState } from '../shared/state-patch';
import type { ReadModelDelta } from './types';

/** Rows of one kind that are new in `after` or differ from the row with the same key in `before`. */
function changedRows<T>(before: T[], after: T[], keyOf: (row: T) => string): T[] {
  const previous = new Map(before.map((row) => [keyOf(row), row]));
  return after.filter((row) => {
    const earlier = previous.get(keyOf(row));
    return earlier === undefined || !sameState(earlier, row);
  });
}

/** The partnership row's columns, as every write (whole or bounded) brings them. */
export function partnershipRowOf(state: PartnershipState): ReadModelDelta['partnership'] {
  return {
    title: state.title,
    phase: state.phase,
    openedAt: state.round.openedAt,
    publicPartyName: state.publicParty.name,
    endedReason: state.ended?.reason ?? null,
    agreementStart: state.agreement?.startDate ?? null,
    agreementEnd: state.agreement?.endDate ?? null,
    frameworkId: state.frameworkId ?? null,
  };
}

/**
 * What the read model needs to go from `before` (the state of the write before) to `after`: the partnership row's
 * columns, the child rows the move changed, the state as a patch. Its size follows the move, not the partnership's
 * age: a meeting adds one meeting, a review changes one draft.
 */
export function readModelDelta(before: PartnershipState, after: PartnershipState): ReadModelDelta {
  const organisationsBefore = new Map(before.organisations.map((o) => [o.organisationNumber, o]));
  return {
    revision: after.revision,
    baseRevision: before.revision,
    partnership: partnershipRowOf(after),
    statePatch: diffState(before, after),
    changed: {
      organisations: after.organisations
        .map((organisation, index) => ({ position: index + 1, organisation }))
        .filter(({ organisation }) => {
          const earlier = organisationsBefore.get(organisation.organisationNumber);
          return earlier === undefined || !sameState(earlier, organisation);
        }),
      tasks: changedRows(before.tasks, after.tasks, (t) => t.id),
      drafts: changedRows(before.drafts, after.drafts, (d) => String(d.version)),
      decisions: changedRows(before.decisions, after.decisions, (d) => String(d.seq)),
      signatures: changedRows(before.signatures, after.signatures, (s) => `${s.round}:${s.party}`),
    },
  };
}
