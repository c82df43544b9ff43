import type { PartnershipCommand } from './commands';
import { decision, move, NATVERKET, refusal, run, toApproval } from './decide-builders.test';
import type { PartnershipState } from './state';

const assessed = (amountSek: number): PartnershipCommand => ({
  type: 'RECORD_STATE_AID_ASSESSMENT',
  party: 'PUBLIC',
  conclusion: 'DE_MINIMIS',
  reasons: 'Delvis ekonomisk verksamhet; förordning 2023/2831.',
  aid: [{ organisationNumber: NATVERKET, amountSek }],
});
const RATES = [{ validFrom: '2020-01-01', sekPerEur: 11 }];
/** EUR 250 000 granted elsewhere a year before: EUR 50 000 of the ceiling is left. */
const LEDGER = [
  {
    organisationNumber: NATVERKET,
    earlier: [{ grantedOn: '2025-06-01', amount: 250_000, currency: 'EUR' as const, source: 'Tillväxtverket' }],
    rates: RATES,
  },
];

const approving = (state: PartnershipState, ledger = LEDGER): PartnershipCommand => {
  const approve = decision('APPROVED') as Extract<PartnershipCommand, { type: 'RECORD_POLITICAL_DECISION' }>;
  return { ...approve, deMinimisLedger: ledger };
};

describe('an approving decision and the de minimis ceiling (rules version 3)', () => {
  it('is refused under version 3 when the aid takes the organisation over its ceiling, showing the total, this aid and the ceiling', () => {
    const state = run(toApproval([NATVERKET], 3), assessed(1_100_000)); // EUR 100 000 at 11 kronor
    const before = JSON.stringify(state);
    const refused = refusal(state, approving(state));
    expect(JSON.stringify(state)).toBe(before);
    expect(refused).toMatchObject({ code: 'DE_MINIMIS_CEILING_EXCEEDED', kind: 'CONFLICT' });
    expect(refused.message.en).toContain('EUR 250000.00');
    expect(refused.message.en).toContain('EUR 100000.00');
    expect(refused.message.en).toContain('EUR 300000.00 (SEK 3300000)');
  });

  it('is accepted under version 2 as before, the ledger not read', () => {
    const state = run(toApproval([NATVERKET], 2), assessed(1_100_000));
    const outcome = move(state, approving(state));
    expect(outcome.state.phase).toBe('SIGNATURE');
    expect(outcome.state.deMinimisGrants).toBeUndefined();
  });

  it('under version 3 grants aid within the ceiling and records it for the ledger, dated by the decision', () => {
    const state = run(toApproval([NATVERKET], 3), assessed(440_000)); // EUR 40 000
    const approve = approving(state);
    const outcome = move(state, approve);
    expect(outcome.state.phase).toBe('SIGNATURE');
    expect(outcome.state.deMinimisGrants).toEqual([
      {
        organisationNumber: NATVERKET,
        kind: 'DE_MINIMIS',
        amountSek: 440_000,
        grantedOn: (approve as { meetingDate: string }).meetingDate,
        decisionSeq: 1,
      },
    ]);
  });

  it('refuses under version 3 when no rate is recorded, or the ledger was not passed', () => {
    const state = run(toApproval([NATVERKET], 3), assessed(10_000));
    expect(refusal(state, approving(state, [{ ...LEDGER[0], rates: [] }])).code).toBe('EXCHANGE_RATE_MISSING');
    expect(refusal(state, approving(state, [])).code).toBe('DE_MINIMIS_LEDGER_MISSING');
  });

  it('aid granted more than three years before the decision no longer counts', () => {
    const state = run(toApproval([NATVERKET], 3), assessed(1_100_000));
    const approve = approving(state);
    const date = (approve as { meetingDate: string }).meetingDate;
    const old = `${Number(date.slice(0, 4)) - 3}${date.slice(4)}`; // exactly three years before: outside the window
    const outcome = move(state, {
      ...approve,
      deMinimisLedger: [{ ...LEDGER[0], earlier: [{ ...LEDGER[0].earlier[0], grantedOn: old }] }],
    } as PartnershipCommand);
    expect(outcome.state.phase).toBe('SIGNATURE');
  });
});
