import { rulesVersionOf, underRulesSince } from '../kernel/rules-version';
import { decide, openPartnership } from '.';
import type { PartnershipCommand } from './commands';
import { bothSides, ctx, draft, meeting, NATVERKET, run, SKANE, toDialogue, toDrafting, VARSTA } from './decide-builders.test';
import { CURRENT_RULES_VERSION } from './rules-version';
import type { PartnershipState } from './state';

describe('the rules version a partnership is opened under', () => {
  const opening = (rulesVersion?: number) =>
    openPartnership(
      'p',
      { title: 't', publicParty: { name: SKANE }, organisations: [{ name: 'N', organisationNumber: NATVERKET }] },
      ctx(),
      rulesVersion,
    );

  it('is the current one unless the workflow asks for the rules before this change', () => {
    expect(CURRENT_RULES_VERSION).toBe(5);
    expect(opening().state.rulesVersion).toBe(5);
    expect(opening(4).state.rulesVersion).toBe(4);
    expect(opening(3).state.rulesVersion).toBe(3);
    expect(opening(2).state.rulesVersion).toBe(2);
    expect(opening(1).state.rulesVersion).toBe(1);
  });

  it('cannot be one this code does not know', () => {
    expect(() => opening(6)).toThrow(/Rules version 6 is unknown/);
    expect(() => opening(0)).toThrow(/unknown/);
  });

  it('is version 1 for a state stored before there were versions', () => {
    const stored = toDialogue([NATVERKET], 1);
    delete stored.rulesVersion;
    expect(decide(stored, meeting(bothSides, { minutes: 'a\u0000b' }), ctx()).ok).toBe(true);
  });
});

describe('the rules-version seam: the version the state carries, not the code that runs, picks the rules', () => {
  /** The same history under the other version: only the field the seam reads differs. */
  const underVersion = (state: PartnershipState, rulesVersion: number): PartnershipState => ({ ...state, rulesVersion });

  it('reads the version from the state, version 1 when the state carries none', () => {
    const opened = toDialogue([NATVERKET], 1);
    expect([rulesVersionOf(opened), underRulesSince(opened, 2)]).toEqual([1, false]);
    expect([rulesVersionOf(underVersion(opened, 2)), underRulesSince(underVersion(opened, 2), 2)]).toEqual([2, true]);
    const unversioned: PartnershipState = { ...underVersion(opened, 2) };
    delete unversioned.rulesVersion;
    expect(rulesVersionOf(unversioned)).toBe(1);
  });

  it('accepts a meeting with a NUL in its minutes under version 1 and refuses the same move under version 2', () => {
    const version1 = toDialogue([NATVERKET], 1);
    const version2 = underVersion(version1, 2);
    const move = meeting(bothSides, { minutes: 'a\u0000b' });
    const accepted = decide(version1, move, ctx());
    const refused = decide(version2, move, ctx());
    expect(accepted.ok && accepted.value.steps.map((s) => s.action)).toEqual(['DIALOGUE_MEETING_HELD']);
    expect(refused.ok || refused.refusal.code).toBe('TEXT_NOT_STORABLE');
  });

  it('agrees a draft whose contributor withdrew under version 1, and keeps it in drafting under version 2', () => {
    const approve = (party: string): PartnershipCommand => ({ type: 'REVIEW_DRAFT', party, version: 1, decision: 'APPROVED' });
    const approvedBoth = (rulesVersion: number) =>
      run(toDrafting([NATVERKET, VARSTA], rulesVersion), draft([NATVERKET, VARSTA]), approve('PUBLIC'), approve(NATVERKET));
    const withdrawal: PartnershipCommand = { type: 'WITHDRAW_ORGANISATION', party: VARSTA, reason: 'Styrelsebeslut' };
    const version1 = decide(approvedBoth(1), withdrawal, ctx());
    const version2 = decide(approvedBoth(2), withdrawal, ctx());
    if (!version1.ok || !version2.ok) throw new Error('the withdrawal itself is accepted under both versions');
    expect(version1.value.steps.map((s) => s.action)).toEqual(['ORGANISATION_WITHDRAWN', 'DRAFT_AGREED']);
    expect(version1.value.state.phase).toBe('POLITICAL_APPROVAL');
    expect(version2.value.steps.map((s) => s.action)).toEqual(['ORGANISATION_WITHDRAWN']);
    expect(version2.value.state.phase).toBe('DRAFTING');
  });
});
