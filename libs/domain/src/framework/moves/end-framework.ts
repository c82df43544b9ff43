import { OK } from '../../kernel/checks';
import { requireText } from '../field-checks';
import { requirePublic } from '../guards';
import { frameworkParties } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { asStored } from '../step-record';
import { cancelFrameworkTasks } from '../tasks';
import { versionInForce } from '../versions';

/**
 * The public party ends the framework on a decision: the version in force stops being in force that day, every
 * open task is cancelled, and nothing more happens (partnerships entered within it go on under their own terms).
 */
export const endFramework: FrameworkMoveHandler<'END_FRAMEWORK'> = ({ state, command, ctx, log }) => {
  const party = requirePublic(command.party, 'end the framework', 'avsluta överenskommelsen');
  if (!party.ok) return party;
  const statement = requireText(command.statement, 'statement');
  if (!statement.ok) return statement;
  const version = versionInForce(state);
  if (version) {
    version.status = 'SUPERSEDED';
    version.inForceUntil = command.endedOn;
  }
  state.versionInForce = undefined;
  cancelFrameworkTasks(state, ctx.now, () => true);
  const phase = state.status;
  state.status = 'ENDED';
  state.ended = { reason: 'ENDED_BY_PUBLIC_PARTY', on: command.endedOn, by: ctx.actor, statement: command.statement.trim() };
  const step = log.add('FRAMEWORK_ENDED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: frameworkParties(state) }, phase);
  step.record = asStored({ ended: state.ended });
  return OK;
};
