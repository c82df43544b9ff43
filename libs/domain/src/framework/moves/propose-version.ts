import { OK } from '../../kernel/checks';
import { requirePublic } from '../guards';
import { frameworkParties } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { FrameworkRefusals } from '../refusals';
import type { FrameworkVersion } from '../state';
import { asStored } from '../step-record';
import { checkedTerms } from '../terms-rules';
import { pendingDraft } from '../versions';

/**
 * The public party drafts a version: the first text, or a revision (revidering) while the version in force stays
 * in force. One draft at a time: a new one while another awaits its decision is refused, so that the political
 * body always decides on the text the parties last saw.
 */
export const proposeVersion: FrameworkMoveHandler<'PROPOSE_VERSION'> = ({ state, command, ctx, log }) => {
  const party = requirePublic(command.party, 'propose a version of the framework', 'föreslå en version av överenskommelsen');
  if (!party.ok) return party;
  const pending = pendingDraft(state);
  if (pending) return FrameworkRefusals.draftPending(pending.version);
  const terms = checkedTerms(command);
  if (!terms.ok) return terms;
  const version: FrameworkVersion = {
    ...terms.value,
    version: state.versions.length + 1,
    status: 'DRAFT',
    draftedBy: command.party,
    draftedAt: ctx.now,
    decisions: [],
  };
  if (command.reason?.trim()) version.reason = command.reason.trim();
  state.versions.push(version);
  // The officer records the text; the sector's representative is told of it (the negotiation itself shows in the
  // steering group's meetings, not here).
  const step = log.add('VERSION_PROPOSED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: frameworkParties(state).filter((p) => p !== 'PUBLIC') });
  step.record = asStored({ version: version.version, period: version.period, reason: version.reason });
  return OK;
};
