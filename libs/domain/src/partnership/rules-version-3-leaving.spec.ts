import { addMonths } from '../dates';
import { applyTimerEvent, nextTimer } from './timers';
import type { PartnershipCommand } from './commands';
import { move, NATVERKET, refusalOf, run, toImplementation, VARSTA } from './decide-builders.test';
import type { PartnershipState } from './state';

const notice = (party: string, reason = `${party} lämnar samarbetet`): PartnershipCommand => ({ type: 'TERMINATE', party, reason });

/** Fires the durable timers due up to and including `date`, as the workflow would. */
function timersThrough(state: PartnershipState, date: string): PartnershipState {
  for (let timer = nextTimer(state); timer && timer.at <= `${date}T00:00:00.000Z`; timer = nextTimer(state)) {
    state = applyTimerEvent(state, timer.event, { actor: 'system', now: timer.at }).state;
  }
  return state;
}

const status = (state: PartnershipState, party: string) => state.organisations.find((o) => o.organisationNumber === party)?.status;

describe('leaving a multi-organisation agreement (rules version 3)', () => {
  it('an organisation notice ends only its own participation, after the notice period, and the others go on', () => {
    const given = move(toImplementation([NATVERKET, VARSTA]), notice(NATVERKET));
    expect(given.steps.map((s) => s.action)).toEqual(['ORGANISATION_NOTICE_GIVEN']);
    expect(given.state.termination).toBeUndefined();
    const [leaving] = given.state.leavings!;
    // The draft's notice period is six months from the day the notice is given.
    expect(leaving).toMatchObject({ party: NATVERKET, effectiveDate: addMonths(leaving.noticeGivenAt.slice(0, 10), 6) });
    expect(nextTimer(given.state)).toEqual({
      at: `${leaving.effectiveDate}T00:00:00.000Z`,
      event: { type: 'ORGANISATION_LEAVES', party: NATVERKET, effectiveDate: leaving.effectiveDate },
    });
    const left = applyTimerEvent(given.state, nextTimer(given.state)!.event, { actor: 'system', now: `${leaving.effectiveDate}T00:00:00.000Z` });
    expect(left.steps.map((s) => s.action)).toEqual(['ORGANISATION_LEFT']);
    expect(status(left.state, NATVERKET)).toBe('LEFT');
    expect(status(left.state, VARSTA)).toBe('ACCEPTED');
    expect(left.state.ended).toBeUndefined();
    expect(left.state.phase).toBe('IMPLEMENTATION');
    expect(left.state.agreement).toBeDefined();
    expect(left.state.tasks.filter((t) => t.addressedTo === NATVERKET && t.status === 'OPEN')).toEqual([]);
  });

  it('accepts a second organisation notice while the first is pending, refuses the same one twice, and the last one leaving ends it', () => {
    let state = run(toImplementation([NATVERKET, VARSTA]), notice(NATVERKET));
    expect(refusalOf(state, notice(NATVERKET))).toBe('NOTICE_ALREADY_GIVEN');
    state = run(state, notice(VARSTA));
    expect(state.leavings!.map((l) => l.party)).toEqual([NATVERKET, VARSTA]);
    state = timersThrough(state, state.leavings![1].effectiveDate);
    expect(status(state, NATVERKET)).toBe('LEFT');
    expect(status(state, VARSTA)).toBe('LEFT');
    expect(state.ended).toMatchObject({ reason: 'TERMINATED', detail: `${VARSTA} lämnar samarbetet` });
    expect(state.agreement).toBeUndefined();
  });

  it('the notice of the only organisation ends the agreement when it takes effect', () => {
    const state = timersThrough(run(toImplementation(), notice(NATVERKET, 'Verksamheten läggs ner')), '2026-12-31');
    expect(status(state, NATVERKET)).toBe('LEFT');
    expect(state.ended).toMatchObject({ reason: 'TERMINATED', detail: 'Verksamheten läggs ner' });
  });

  it('the public party notice ends it for everyone, and then no organisation can give its own', () => {
    let state = run(toImplementation([NATVERKET, VARSTA]), notice(NATVERKET), notice('PUBLIC', 'Regionen avslutar'));
    expect(state.termination).toMatchObject({ by: 'PUBLIC' });
    expect(refusalOf(state, notice(VARSTA))).toBe('TERMINATION_PENDING');
    state = timersThrough(state, state.termination!.effectiveDate);
    expect(state.ended).toMatchObject({ reason: 'TERMINATED', detail: 'Regionen avslutar' });
  });

  it('an organisation that leaves with no notice period leaves at once', () => {
    const state = toImplementation([NATVERKET, VARSTA]);
    state.drafts.forEach((d) => (d.terminationNoticeMonths = 0));
    const outcome = move(state, notice(VARSTA));
    expect(outcome.steps.map((s) => s.action)).toEqual(['ORGANISATION_NOTICE_GIVEN', 'ORGANISATION_LEFT']);
    expect(status(outcome.state, VARSTA)).toBe('LEFT');
    expect(outcome.state.ended).toBeUndefined();
    expect(refusalOf(outcome.state, notice(VARSTA))).toBe('PARTY_NOT_ACTIVE');
  });

  it('under rules version 2 an organisation notice ends the agreement for all and a second one is refused, as before', () => {
    const state = run(toImplementation([NATVERKET, VARSTA], 2), notice(NATVERKET));
    expect(state.termination).toMatchObject({ by: NATVERKET });
    expect(state.leavings).toBeUndefined();
    expect(refusalOf(state, notice(VARSTA))).toBe('TERMINATION_PENDING');
    const ended = timersThrough(state, state.termination!.effectiveDate);
    expect(ended.ended).toMatchObject({ reason: 'TERMINATED' });
    expect(status(ended, VARSTA)).toBe('ACCEPTED');
  });
});
