import { isStorableText } from '../text';
import type { PartnershipCommand } from './commands';
import { decide } from '.';
import {
  bothSides,
  ctx,
  decision,
  draft,
  meeting,
  move,
  NATVERKET,
  refusal,
  run,
  toApproval,
  toDialogue,
  toDrafting,
  toImplementation,
  VARSTA,
} from './decide-builders.test';
import type { MeetingAttendance, PartnershipState } from './state';

/** Refused, changing nothing, with a sentence in both languages that could itself be stored. */
function refusedUnchanged(state: PartnershipState, command: PartnershipCommand) {
  const before = JSON.stringify(state);
  const refused = refusal(state, command);
  expect(JSON.stringify(state)).toBe(before);
  expect(refused.message.sv).not.toBe('');
  expect(refused.message.en).not.toBe('');
  expect(isStorableText(refused.message.sv) && isStorableText(refused.message.en)).toBe(true);
  return refused;
}

describe('text the database could not store (rules version 2)', () => {
  it('refuses a NUL character anywhere in a move, naming the field', () => {
    const refused = refusedUnchanged(
      toDialogue(),
      meeting([
        { party: 'PUBLIC', names: ['Anna'] },
        { party: NATVERKET, names: ['Bo\u0000'] },
      ]),
    );
    expect(refused).toMatchObject({ code: 'TEXT_NOT_STORABLE', kind: 'INVALID' });
    expect(refused.message.en).toBe('The field attendees.1.names.0 contains a NUL character (U+0000), which cannot be stored.');
    expect(refused.message.sv).toContain('attendees.1.names.0');
  });

  it('refuses a lone surrogate in a draft, and a key that holds one is named with the character escaped', () => {
    const drafting = toDrafting();
    const inText = refusedUnchanged(drafting, draft([NATVERKET], { governance: 'Samverkansgrupp \ud83d' }));
    expect(inText.code).toBe('TEXT_NOT_STORABLE');
    expect(inText.message.en).toContain('governance contains a lone surrogate');
    const inKey = refusedUnchanged(drafting, draft([NATVERKET], { principles: { ['QUALITY\udc00' as 'QUALITY']: 'x' } }));
    expect(inKey.message.en).toContain('principles.QUALITY\\udc00');
  });

  it('refuses an unstorable party key as unstorable text rather than echoing it as an unknown party', () => {
    expect(refusedUnchanged(toDialogue(), { type: 'SUBMIT_INPUT', party: '802456-1238\u0000', text: 'x' }).code).toBe('TEXT_NOT_STORABLE');
  });

  it('still accepts it under rules version 1', () => {
    const state = run(toDialogue([NATVERKET], 1), meeting(bothSides, { minutes: 'a\u0000b' }));
    expect(state.dialogue.meetings[0].minutes).toBe('a\u0000b');
  });
});

describe('dates outside 1900-01-01..2199-12-31 (rules version 2)', () => {
  it('refuses a meeting date before 1900, naming the field and the range', () => {
    const refused = refusedUnchanged(toDialogue(), meeting(bothSides, { date: '1899-12-31' }));
    expect(refused).toMatchObject({ code: 'DATE_OUT_OF_RANGE', kind: 'INVALID' });
    expect(refused.message.en).toBe('The field date must be a calendar day YYYY-MM-DD from 1900-01-01 to 2199-12-31.');
    expect(refused.message.sv).toContain('1900-01-01');
  });

  it('refuses a draft ending after 2199 or starting on a day that does not exist, and accepts the bounds themselves', () => {
    const drafting = toDrafting();
    expect(refusedUnchanged(drafting, draft([NATVERKET], { endDate: '2200-01-01' })).message.en).toContain('endDate');
    expect(refusedUnchanged(drafting, draft([NATVERKET], { startDate: '2026-02-30' })).message.en).toContain('startDate');
    const bounds = move(drafting, draft([NATVERKET], { startDate: '1900-01-01', endDate: '2199-12-31' }));
    expect(bounds.state.drafts[0]).toMatchObject({ startDate: '1900-01-01', endDate: '2199-12-31' });
  });

  it('refuses a political decision dated in year 0000, which PostgreSQL cannot store', () => {
    expect(refusedUnchanged(toApproval(), decision('APPROVED', { meetingDate: '0000-01-01' })).message.en).toContain('meetingDate');
  });

  it("refuses a follow-up's due date out of range before looking for the follow-up", () => {
    const state = toImplementation();
    expect(refusedUnchanged(state, { type: 'SUBMIT_FOLLOW_UP_REPORT', party: NATVERKET, dueDate: '2300-03-01', summary: 'r' }).code).toBe(
      'DATE_OUT_OF_RANGE',
    );
    const followUpMeeting = meeting(bothSides, { followUpDueDate: '1800-03-01' });
    expect(refusedUnchanged(state, followUpMeeting).message.en).toContain('followUpDueDate');
  });

  it('refuses a notice period that is not a whole number of months from 0 to 36', () => {
    const drafting = toDrafting();
    expect(refusedUnchanged(drafting, draft([NATVERKET], { terminationNoticeMonths: 1e9 })).code).toBe('NOTICE_MONTHS_OUT_OF_RANGE');
    expect(refusedUnchanged(drafting, draft([NATVERKET], { terminationNoticeMonths: 1.5 })).code).toBe('NOTICE_MONTHS_OUT_OF_RANGE');
    expect(move(drafting, draft([NATVERKET], { terminationNoticeMonths: 36 })).state.drafts[0].terminationNoticeMonths).toBe(36);
  });

  it('still accepts them under rules version 1', () => {
    const dialogue = run(toDialogue([NATVERKET], 1), meeting(bothSides, { date: '1899-12-31' }));
    expect(dialogue.dialogue.meetings[0].date).toBe('1899-12-31');
    const approval = run(toApproval([NATVERKET], 1), decision('APPROVED', { meetingDate: '0000-01-01' }));
    expect(approval.decisions[0].meetingDate).toBe('0000-01-01');
    expect(run(toDrafting([NATVERKET], 1), draft([NATVERKET], { endDate: '2200-01-01' })).drafts[0].endDate).toBe('2200-01-01');
  });
});

describe('attendance that names nobody (rules version 2)', () => {
  it('refuses an attendee entry whose names are all blank, naming the party', () => {
    const dialogue = toDialogue();
    const blank = refusedUnchanged(
      dialogue,
      meeting([
        { party: 'PUBLIC', names: ['Anna'] },
        { party: NATVERKET, names: ['  ', ''] },
      ]),
    );
    expect(blank).toMatchObject({ code: 'ATTENDEE_NAMES_REQUIRED', kind: 'INVALID' });
    expect(blank.message.en).toContain(NATVERKET);
    expect(
      refusedUnchanged(
        dialogue,
        meeting([
          { party: 'PUBLIC', names: ['Anna'] },
          { party: NATVERKET, names: [] },
        ]),
      ).code,
    ).toBe('ATTENDEE_NAMES_REQUIRED');
  });

  it('drops blank names from the stored meeting', () => {
    const held = move(
      toDialogue(),
      meeting([
        { party: 'PUBLIC', names: ['Anna', ' '] },
        { party: NATVERKET, names: ['', 'Bo'] },
      ]),
    );
    expect(held.state.dialogue.meetings[0].attendees).toEqual([
      { party: 'PUBLIC', names: ['Anna'] },
      { party: NATVERKET, names: ['Bo'] },
    ]);
    expect(held.steps[0]).toMatchObject({ action: 'DIALOGUE_MEETING_HELD', levelReached: 'DIALOGUE' });
  });

  const closing = (state: PartnershipState) =>
    move(run(state, { type: 'SET_SHARED_GOAL', party: 'PUBLIC', sharedGoal: 'Mål' }), { type: 'CLOSE_DIALOGUE', party: 'PUBLIC' }).steps.find(
      (s) => s.action === 'DIALOGUE_CLOSED',
    )!;
  const publicAlone: MeetingAttendance[] = [
    { party: 'PUBLIC', names: ['Anna'] },
    { party: NATVERKET, names: [] },
  ];

  it('closes the dialogue at the level the named attendance shows, not at DIALOGUE for a party listed without names', () => {
    // Under version 1 a listed organisation counted as met at the closing, even with nobody named.
    const v1 = run(toDialogue([NATVERKET], 1), meeting(publicAlone));
    expect(closing(v1).levelReached).toBe('DIALOGUE');
    // The same history judged by version 2's evidence: the organisation did not attend.
    const v2 = { ...v1, rulesVersion: 2 };
    expect(closing(v2).evidence.meetings).toEqual([{ attendedBy: ['PUBLIC'] }]);
    expect(closing(v2).levelReached).toBe('INFORMATION');
    // And a meeting both sides attended still makes the closing a dialogue.
    expect(closing(run(toDialogue([NATVERKET], 2), meeting(bothSides))).levelReached).toBe('DIALOGUE');
  });

  it('keeps the blank entry and its effect on the closing under rules version 1', () => {
    const state = run(
      toDialogue([NATVERKET], 1),
      meeting([
        { party: 'PUBLIC', names: ['Anna'] },
        { party: NATVERKET, names: [' '] },
      ]),
    );
    expect(state.dialogue.meetings[0].attendees[1]).toEqual({ party: NATVERKET, names: [' '] });
  });
});

describe('a draft naming the contribution of an organisation that left (rules version 2)', () => {
  const twoOrganisations = (rulesVersion?: number) => run(toDrafting([NATVERKET, VARSTA], rulesVersion), draft([NATVERKET, VARSTA]));
  const withdrawVarsta: PartnershipCommand = { type: 'WITHDRAW_ORGANISATION', party: VARSTA, reason: 'Styrelsebeslut' };
  const approve = (party: string, version = 1): PartnershipCommand => ({ type: 'REVIEW_DRAFT', party, version, decision: 'APPROVED' });

  it('cannot be approved once that organisation has withdrawn, naming it', () => {
    const state = run(twoOrganisations(), withdrawVarsta);
    const refused = refusedUnchanged(state, approve('PUBLIC'));
    expect(refused).toMatchObject({ code: 'CONTRIBUTION_PARTY_NOT_ACTIVE', kind: 'CONFLICT' });
    expect(refused.message.en).toContain(VARSTA);
    expect(refused.message.sv).toContain(VARSTA);
    // Asking for changes is still possible.
    expect(decide(state, { type: 'REVIEW_DRAFT', party: 'PUBLIC', version: 1, decision: 'CHANGES_REQUESTED' }, ctx()).ok).toBe(true);
  });

  it('is not agreed when the withdrawal leaves only approvals behind, and a new version without it goes to the decision', () => {
    let state = run(twoOrganisations(), approve('PUBLIC'), approve(NATVERKET), withdrawVarsta);
    expect(state.phase).toBe('DRAFTING');
    state = run(state, draft([NATVERKET]), approve('PUBLIC', 2), approve(NATVERKET, 2));
    expect(state.phase).toBe('POLITICAL_APPROVAL');
  });

  it('cannot be submitted either', () => {
    const state = run(toDrafting([NATVERKET, VARSTA]), withdrawVarsta);
    expect(refusedUnchanged(state, draft([NATVERKET, VARSTA])).code).toBe('CONTRIBUTION_PARTY_UNKNOWN');
  });

  it('still goes to the decision under rules version 1, by either path', () => {
    const approvedAfter = run(twoOrganisations(1), withdrawVarsta, approve('PUBLIC'), approve(NATVERKET));
    expect(approvedAfter.phase).toBe('POLITICAL_APPROVAL');
    const approvedBefore = run(twoOrganisations(1), approve('PUBLIC'), approve(NATVERKET), withdrawVarsta);
    expect(approvedBefore.phase).toBe('POLITICAL_APPROVAL');
  });
});
