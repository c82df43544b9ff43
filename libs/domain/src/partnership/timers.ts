import { clone } from '../kernel/working-copy';
import { PUBLIC_PARTY } from '../kernel/parties';
import { addDays, addMonths, compareDates } from '../dates';
import type { CommandContext } from '../kernel/context';
import type { TimerEvent } from './commands';
import { advanceWhenComplete } from './completion';
import { end } from './ending';
import { pendingLeavings, takeLeave } from './leaving';
import type { Outcome, Working } from './move';
import { activeOrganisations, activeParties } from './parties';
import { assertPhaseChange } from './phase-change';
import type { PartnershipState } from './state';
import { asStored, stepLogOf } from './step-record';
import { openTask } from './tasks';

/** The next moment a durable timer must wake the process, and what happens then. */
export function nextTimer(state: PartnershipState): { at: string; event: TimerEvent } | undefined {
  if (state.ended) return undefined;
  const candidates: { at: string; event: TimerEvent }[] = [];
  if (state.termination) {
    candidates.push({
      at: `${state.termination.effectiveDate}T00:00:00.000Z`,
      event: { type: 'TERMINATION_TAKES_EFFECT', effectiveDate: state.termination.effectiveDate },
    });
  }
  for (const leaving of pendingLeavings(state)) {
    candidates.push({
      at: `${leaving.effectiveDate}T00:00:00.000Z`,
      event: { type: 'ORGANISATION_LEAVES', party: leaving.party, effectiveDate: leaving.effectiveDate },
    });
  }
  // A decision gains legal force the day after its last day of appeal (rules version 3 records that day); one under
  // appeal waits for the court, whose ruling decides (RECORD_APPEAL_OUTCOME).
  for (const decision of state.decisions.filter((d) => d.lastDayOfAppeal && !d.legalForceOn && !d.appeal)) {
    const date = addDays(decision.lastDayOfAppeal!, 1);
    candidates.push({ at: `${date}T00:00:00.000Z`, event: { type: 'DECISION_GAINS_LEGAL_FORCE', decisionSeq: decision.seq, date } });
  }
  const agreement = state.agreement;
  if (agreement) {
    // In force through its end date: it expires when that day is over.
    candidates.push({ at: `${addDays(agreement.endDate, 1)}T00:00:00.000Z`, event: { type: 'EXPIRE', endDate: agreement.endDate } });
    // Yearly from the start date of the agreement in force; keyed by due date, so an amendment that keeps the
    // start date does not raise a year twice.
    const year = yearlyFollowUps(agreement).find((f) => !state.followUps.some((raised) => raised.dueDate === f.dueDate));
    if (year) candidates.push({ at: `${year.dueDate}T00:00:00.000Z`, event: { type: 'RAISE_FOLLOW_UP', ...year } });
  }
  candidates.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return candidates[0];
}

/**
 * The yearly follow-ups (årlig uppföljning) of an agreement: one a year from its start date, through its end date.
 * The timers raise them, and the calendar shows those to come, from this one rule.
 */
export function yearlyFollowUps(agreement: { startDate: string; endDate: string }): { dueDate: string; year: number }[] {
  const followUps: { dueDate: string; year: number }[] = [];
  for (let year = 1; ; year++) {
    const dueDate = addMonths(agreement.startDate, 12 * year);
    if (compareDates(dueDate, agreement.endDate) > 0) return followUps;
    followUps.push({ dueDate, year });
  }
}

/**
 * What a timer does when it fires: raise the yearly follow-up, let the agreement expire, end on termination, or let
 * an organisation whose own notice ran out leave.
 */
export function applyTimerEvent(current: PartnershipState, event: TimerEvent, ctx: CommandContext): Outcome {
  const state = clone(current);
  state.revision += 1;
  const log = stepLogOf(state, ctx);
  const working: Working = { state, ctx, log };
  switch (event.type) {
    case 'RAISE_FOLLOW_UP':
      state.followUps.push({ dueDate: event.dueDate, year: event.year, raisedAt: ctx.now, reports: [] });
      for (const organisation of activeOrganisations(state)) openTask(state, 'SUBMIT_FOLLOW_UP_REPORT', organisation, ctx.now, event.dueDate);
      openTask(state, 'HOLD_FOLLOW_UP_MEETING', PUBLIC_PARTY, ctx.now, event.dueDate);
      log.add('FOLLOW_UP_RAISED', { kind: 'JOINT' }, 'DIALOGUE', { informed: activeParties(state) }, 'IMPLEMENTATION');
      break;
    case 'EXPIRE':
      if (state.round.kind === 'RENEWAL' && state.phase !== 'IMPLEMENTATION') {
        // The old agreement lapses while its renewal is still being drafted or decided.
        state.agreement = undefined;
        log.add('AGREEMENT_EXPIRED', { kind: 'JOINT' }, 'INFORMATION', { informed: activeParties(state) });
      } else {
        end(working, 'EXPIRED');
      }
      break;
    case 'TERMINATION_TAKES_EFFECT':
      end(working, 'TERMINATED', state.termination?.reason);
      break;
    case 'DECISION_GAINS_LEGAL_FORCE': {
      const decision = state.decisions.find((d) => d.seq === event.decisionSeq);
      const step = log.add('DECISION_GAINED_LEGAL_FORCE', { kind: 'PUBLIC' }, 'INFORMATION', { informed: activeOrganisations(state) });
      if (decision) {
        decision.legalForceOn = event.date;
        step.record = asStored({ decision });
      }
      // Rules version 4: an agreement signed by everyone and waiting for this enters into force now.
      advanceWhenComplete(working);
      break;
    }
    case 'ORGANISATION_LEAVES':
      takeLeave(working, event.party);
      break;
  }
  assertPhaseChange(current.phase, state.phase);
  return { state, steps: log.steps, warnings: [] };
}
