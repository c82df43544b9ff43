import { applyTimerEvent, decide, PartnershipState } from './index';
import {
  ctx,
  draft,
  legalBasis,
  NATVERKET,
  open,
  proposal,
  run,
  toApproval,
  toDialogue,
  toDrafting,
  toImplementation,
  VARSTA,
} from './decide-builders.test';
import { availableMoves as allAvailableMoves } from './available-moves';

// The organisation's profile and the public party's levels per phase may be given in every open phase: the tests of
// each phase below leave them out, and one test of their own shows when they are offered.
const ANY_PHASE = new Set(['RECORD_ORGANISATION_PROFILE', 'PROPOSE_PHASE_LEVELS']);
const availableMoves = (...args: Parameters<typeof allAvailableMoves>) => allAvailableMoves(...args).filter((m) => !ANY_PHASE.has(m.type));

const typesFor = (state: PartnershipState, party: string) =>
  availableMoves(state, party, ctx()).map((m) => (m.decision ? `${m.type}:${m.decision}` : m.type));

describe('the moves a party may make now', () => {
  it('offers each organisation its own profile (its task, if asked) and the officer the levels per phase, in every open phase', () => {
    for (const state of [open(), toDialogue(), toImplementation()]) {
      expect(allAvailableMoves(state, NATVERKET, ctx()).filter((m) => ANY_PHASE.has(m.type))).toEqual([
        { type: 'RECORD_ORGANISATION_PROFILE', ref: NATVERKET },
      ]);
      expect(allAvailableMoves(state, 'PUBLIC', ctx()).filter((m) => ANY_PHASE.has(m.type))).toEqual([{ type: 'PROPOSE_PHASE_LEVELS' }]);
    }
    const renewing = run(toImplementation(), { type: 'START_RENEWAL', party: 'PUBLIC' });
    const task = renewing.tasks.find((t) => t.type === 'CONFIRM_ORGANISATION_PROFILE')!;
    expect(allAvailableMoves(renewing, NATVERKET, ctx()).find((m) => m.type === 'RECORD_ORGANISATION_PROFILE')).toEqual({
      type: 'RECORD_ORGANISATION_PROFILE',
      taskId: task.id,
      ref: NATVERKET,
    });
    // Under rules version 2 the levels are the steps' own: no choice per phase is offered.
    expect(allAvailableMoves(toDialogue([NATVERKET], 2), 'PUBLIC', ctx()).map((m) => m.type)).not.toContain('PROPOSE_PHASE_LEVELS');
  });

  describe('problem definition', () => {
    it('offers the officer a proposal and the assessment of why IOP, and the invited organisation its answer, a proposal of its own and withdrawal', () => {
      const state = open();
      expect(typesFor(state, 'PUBLIC')).toEqual(['PROPOSE_PROBLEM_DEFINITION', 'RECORD_LEGAL_BASIS', 'RECORD_STATE_AID_ASSESSMENT']);
      expect(availableMoves(state, NATVERKET, ctx())).toEqual([
        { type: 'RESPOND_TO_INVITATION', taskId: 'T1' },
        { type: 'WITHDRAW_ORGANISATION' },
        { type: 'PROPOSE_PROBLEM_DEFINITION' },
      ]);
    });

    it('asks the organisation to agree to a proposal, naming its task; the proposer is not asked again', () => {
      const state = run(open(), proposal);
      const agree = availableMoves(state, NATVERKET, ctx()).find((m) => m.type === 'AGREE_TO_PROBLEM_DEFINITION');
      expect(agree).toEqual({ type: 'AGREE_TO_PROBLEM_DEFINITION', taskId: state.tasks.find((t) => t.type === 'AGREE_PROBLEM_DEFINITION')!.id });
      expect(typesFor(state, 'PUBLIC')).not.toContain('AGREE_TO_PROBLEM_DEFINITION');
    });
  });

  describe('dialogue', () => {
    it('lets the officer record meetings, input, the shared goal and why IOP, and close the dialogue only once both are recorded', () => {
      const state = toDialogue();
      const recording = ['RECORD_MEETING', 'SUBMIT_INPUT', 'SET_SHARED_GOAL', 'RECORD_LEGAL_BASIS', 'RECORD_STATE_AID_ASSESSMENT'];
      expect(typesFor(state, 'PUBLIC')).toEqual(recording);
      const withGoal = run(state, { type: 'SET_SHARED_GOAL', party: 'PUBLIC', sharedGoal: 'Fler delaktiga' });
      expect(typesFor(withGoal, 'PUBLIC')).toEqual(recording);
      expect(typesFor(run(withGoal, legalBasis()), 'PUBLIC')).toEqual([...recording, 'CLOSE_DIALOGUE']);
      // Under rules version 2 the shared goal alone lets it close.
      const v2 = run(toDialogue([NATVERKET], 2), { type: 'SET_SHARED_GOAL', party: 'PUBLIC', sharedGoal: 'Fler delaktiga' });
      expect(typesFor(v2, 'PUBLIC')).toEqual([...recording, 'CLOSE_DIALOGUE']);
    });

    it('lets the organisation give its written input and withdraw, never record a meeting', () => {
      const state = toDialogue();
      const input = state.tasks.find((t) => t.type === 'GIVE_INPUT' && t.status === 'OPEN')!;
      expect(availableMoves(state, NATVERKET, ctx())).toEqual([{ type: 'WITHDRAW_ORGANISATION' }, { type: 'SUBMIT_INPUT', taskId: input.id }]);
    });

    it('still offers a meeting once the first organisation has declined (the one it named blocked every meeting)', () => {
      let state = run(open([NATVERKET, VARSTA]), proposal, { type: 'RESPOND_TO_INVITATION', party: NATVERKET, accept: false, reason: 'Ingen tid' });
      state = run(state, { type: 'AGREE_TO_PROBLEM_DEFINITION', party: VARSTA });
      expect(state.phase).toBe('DIALOGUE');
      // The meeting may name only those still taking part: the public party and the organisation that agreed.
      expect(availableMoves(state, 'PUBLIC', ctx()).find((m) => m.type === 'RECORD_MEETING')?.parties).toEqual(['PUBLIC', VARSTA]);
      // A meeting with only those who came is accepted: the declined organisation need not, and may not, be named.
      const meeting = decide(
        state,
        { type: 'RECORD_MEETING', party: 'PUBLIC', date: '2026-02-01', minutes: 'M', attendees: [{ party: 'PUBLIC', names: ['Anna'] }] },
        ctx(),
      );
      expect(meeting.ok).toBe(true);
    });
  });

  describe('drafting', () => {
    it('offers a first draft to every active party, and a review of the latest draft (both answers) with its task', () => {
      expect(typesFor(toDrafting(), 'PUBLIC')).toEqual(['RECORD_LEGAL_BASIS', 'RECORD_STATE_AID_ASSESSMENT', 'SUBMIT_DRAFT']);
      const state = run(toDrafting(), draft());
      const task = state.tasks.find((t) => t.type === 'APPROVE_DRAFT' && t.addressedTo === NATVERKET && t.status === 'OPEN')!;
      expect(availableMoves(state, NATVERKET, ctx()).filter((m) => m.type === 'REVIEW_DRAFT')).toEqual([
        { type: 'REVIEW_DRAFT', taskId: task.id, ref: '1', decision: 'APPROVED' },
        { type: 'REVIEW_DRAFT', taskId: task.id, ref: '1', decision: 'CHANGES_REQUESTED' },
      ]);
    });

    it('lists an approval the draft itself prevents, with the refusal as a note, so the page can say why', () => {
      const state = run(toDrafting(), draft([NATVERKET], { principles: {} }));
      const approval = availableMoves(state, 'PUBLIC', ctx()).find((m) => m.type === 'REVIEW_DRAFT' && m.decision === 'APPROVED');
      expect(approval?.blockedBy?.code).toBe('PRINCIPLE_UNADDRESSED');
      expect(approval?.blockedBy?.message.sv).toMatch(/principerna/);
      const changes = availableMoves(state, 'PUBLIC', ctx()).find((m) => m.type === 'REVIEW_DRAFT' && m.decision === 'CHANGES_REQUESTED');
      expect(changes?.blockedBy).toBeUndefined();
    });

    it('no longer offers an approval the party has already given', () => {
      const state = run(toDrafting(), draft(), { type: 'REVIEW_DRAFT', party: 'PUBLIC', version: 1, decision: 'APPROVED' });
      expect(typesFor(state, 'PUBLIC')).not.toContain('REVIEW_DRAFT:APPROVED');
    });
  });

  describe('political approval and signature', () => {
    it('lets only the officer record the decision; the organisation may still withdraw', () => {
      const state = toApproval();
      // Why IOP may still be revised before the decision-makers decide: they read the version in force.
      expect(availableMoves(state, 'PUBLIC', ctx())).toEqual([
        { type: 'RECORD_LEGAL_BASIS' },
        { type: 'RECORD_STATE_AID_ASSESSMENT' },
        { type: 'RECORD_POLITICAL_DECISION', taskId: state.tasks.find((t) => t.type === 'RECORD_DECISION')!.id, ref: '1' },
      ]);
      expect(typesFor(state, NATVERKET)).toEqual(['WITHDRAW_ORGANISATION']);
    });

    it('asks each party to sign once', () => {
      const state = run(toApproval(), {
        type: 'RECORD_POLITICAL_DECISION',
        party: 'PUBLIC',
        body: 'Regionstyrelsen',
        meetingDate: '2026-02-10',
        diarienummer: 'RS 1',
        paragraph: '§ 1',
        outcome: 'APPROVED',
      });
      // The decision's anslag, when not given with it, is the officer's to record (rules version 3).
      // Since rules version 4 the officer may also record that the parties sign before legal force.
      expect(typesFor(state, 'PUBLIC')).toEqual(['RECORD_PROTOCOL_ANNOUNCEMENT', 'RECORD_SIGNING_BEFORE_LEGAL_FORCE', 'SIGN']);
      const signed = run(state, { type: 'SIGN', party: 'PUBLIC', signatoryName: 'Anna' });
      expect(typesFor(signed, 'PUBLIC')).toEqual(['RECORD_PROTOCOL_ANNOUNCEMENT', 'RECORD_SIGNING_BEFORE_LEGAL_FORCE']);
      expect(typesFor(signed, NATVERKET)).toEqual(['WITHDRAW_ORGANISATION', 'SIGN']);
    });
  });

  describe('implementation', () => {
    it('offers amendment, renewal and termination to both sides, and each its part of a follow-up when one is due', () => {
      const state = toImplementation();
      expect(typesFor(state, 'PUBLIC')).toEqual(['RECORD_PROTOCOL_ANNOUNCEMENT', 'PROPOSE_AMENDMENT', 'START_RENEWAL', 'TERMINATE']);
      const due = applyTimerEvent(state, { type: 'RAISE_FOLLOW_UP', dueDate: '2027-03-01', year: 1 }, ctx()).state;
      const meeting = availableMoves(due, 'PUBLIC', ctx()).find((m) => m.type === 'RECORD_MEETING');
      expect(meeting).toEqual({ type: 'RECORD_MEETING', taskId: expect.any(String), ref: '2027-03-01', parties: ['PUBLIC', NATVERKET] });
      const report = availableMoves(due, NATVERKET, ctx()).find((m) => m.type === 'SUBMIT_FOLLOW_UP_REPORT');
      expect(report).toEqual({ type: 'SUBMIT_FOLLOW_UP_REPORT', taskId: expect.any(String), ref: '2027-03-01' });
      expect(typesFor(due, 'PUBLIC')).not.toContain('SUBMIT_FOLLOW_UP_REPORT');
    });
  });

  describe('parties that cannot act', () => {
    it('gives a declined organisation nothing, in any phase it leaves behind', () => {
      let state = run(open([NATVERKET, VARSTA]), { type: 'RESPOND_TO_INVITATION', party: VARSTA, accept: false });
      expect(availableMoves(state, VARSTA, ctx())).toEqual([]);
      state = run(state, proposal, { type: 'AGREE_TO_PROBLEM_DEFINITION', party: NATVERKET });
      expect(availableMoves(state, VARSTA, ctx())).toEqual([]);
    });

    it('gives nobody anything once the partnership has ended', () => {
      const state = run(open(), { type: 'RESPOND_TO_INVITATION', party: NATVERKET, accept: false });
      expect(state.ended).toBeDefined();
      expect(availableMoves(state, 'PUBLIC', ctx())).toEqual([]);
      expect(availableMoves(state, NATVERKET, ctx())).toEqual([]);
    });

    it('gives a party that is not in the partnership nothing', () => {
      expect(availableMoves(toDialogue(), '802011-2341', ctx())).toEqual([]);
    });
  });
});
