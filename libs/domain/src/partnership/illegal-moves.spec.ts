import { decide, openPartnership, Outcome } from '.';
import {
  allPrinciples,
  ctx,
  decision,
  draft,
  move,
  NATVERKET,
  open,
  refusalOf,
  run,
  SKANE,
  toApproval,
  toDrafting,
  VARSTA,
} from './decide-builders.test';

describe('illegal moves are refused with a reason code and change nothing', () => {
  it('refuses signing before political approval', () => {
    const state = toDrafting();
    expect(refusalOf(state, { type: 'SIGN', party: 'PUBLIC', signatoryName: 'A' })).toBe('SIGNING_BEFORE_APPROVAL');
    expect(refusalOf(toApproval(), { type: 'SIGN', party: NATVERKET, signatoryName: 'B' })).toBe('SIGNING_BEFORE_APPROVAL');
  });

  it('refuses approving a draft version that is not the latest', () => {
    const state = run(toDrafting(), draft(), draft());
    expect(refusalOf(state, { type: 'REVIEW_DRAFT', party: NATVERKET, version: 1, decision: 'APPROVED' })).toBe('DRAFT_NOT_LATEST');
  });

  it("refuses an organisation answering another organisation's task", () => {
    const state = run(toDrafting([NATVERKET, VARSTA]), draft([NATVERKET, VARSTA]));
    const varstasTask = state.tasks.find((t) => t.type === 'APPROVE_DRAFT' && t.addressedTo === VARSTA)!;
    expect(refusalOf(state, { type: 'REVIEW_DRAFT', party: NATVERKET, version: 1, decision: 'APPROVED', taskId: varstasTask.id })).toBe(
      'TASK_OF_ANOTHER_PARTY',
    );
  });

  it('refuses a political decision without a diarienummer', () => {
    expect(refusalOf(toApproval(), decision('APPROVED', { diarienummer: '  ' }))).toBe('DIARIENUMMER_REQUIRED');
  });

  it('refuses approving a draft that leaves a principle unaddressed, but accepts it as a draft with a warning', () => {
    const { TRANSPARENCY: _left, ...fivePrinciples } = allPrinciples;
    const submitted = move(toDrafting(), draft([NATVERKET], { principles: fivePrinciples }));
    expect(submitted.warnings.map((w) => w.code)).toContain('PRINCIPLE_UNADDRESSED');
    expect(refusalOf(submitted.state, { type: 'REVIEW_DRAFT', party: 'PUBLIC', version: 1, decision: 'APPROVED' })).toBe('PRINCIPLE_UNADDRESSED');
  });

  it('refuses approving a draft that gives an organisation no own contribution', () => {
    const submitted = move(
      toDrafting(),
      draft([NATVERKET], {
        contributions: [
          { party: 'PUBLIC', amountSek: 100 },
          { party: NATVERKET, amountSek: 0 },
        ],
      }),
    );
    expect(submitted.warnings.map((w) => w.code)).toContain('OWN_CONTRIBUTION_MISSING');
    expect(refusalOf(submitted.state, { type: 'REVIEW_DRAFT', party: NATVERKET, version: 1, decision: 'APPROVED' })).toBe('OWN_CONTRIBUTION_MISSING');
  });

  it('only warns when the public party gives no money', () => {
    const submitted = move(
      toDrafting(),
      draft([NATVERKET], {
        contributions: [
          { party: 'PUBLIC', amountSek: 0 },
          { party: NATVERKET, amountSek: 0, ownContribution: 'Lokaler' },
        ],
      }),
    );
    expect(submitted.warnings.map((w) => w.code)).toEqual(['NO_PUBLIC_GRANT']);
    expect(decide(submitted.state, { type: 'REVIEW_DRAFT', party: 'PUBLIC', version: 1, decision: 'APPROVED' }, ctx()).ok).toBe(true);
  });

  it('refuses moves out of their phase and moves after the end', () => {
    expect(refusalOf(open(), { type: 'CLOSE_DIALOGUE', party: 'PUBLIC' })).toBe('WRONG_PHASE');
    const ended = run(open(), { type: 'RESPOND_TO_INVITATION', party: NATVERKET, accept: false });
    expect(
      refusalOf(ended, { type: 'PROPOSE_PROBLEM_DEFINITION', party: 'PUBLIC', challenge: 'x', targetGroup: 'y', goals: ['z'], developmentAreas: [] }),
    ).toBe('PARTNERSHIP_ENDED');
  });

  it('refuses what only the public party may do when an organisation tries it', () => {
    const dialogue = run(
      open(),
      {
        type: 'PROPOSE_PROBLEM_DEFINITION',
        party: 'PUBLIC',
        challenge: 'x',
        targetGroup: 'y',
        goals: ['z'],
        developmentAreas: [],
      },
      { type: 'AGREE_TO_PROBLEM_DEFINITION', party: NATVERKET },
    );
    expect(refusalOf(dialogue, { type: 'CLOSE_DIALOGUE', party: NATVERKET })).toBe('PUBLIC_PARTY_ONLY');
    expect(refusalOf(dialogue, { type: 'CLOSE_DIALOGUE', party: 'PUBLIC' })).toBe('SHARED_GOAL_MISSING');
  });

  it('leaves the state it was given untouched when it refuses', () => {
    const state = toApproval();
    const before = JSON.stringify(state);
    decide(state, decision('APPROVED', { diarienummer: '' }), ctx());
    decide(state, { type: 'SIGN', party: 'PUBLIC', signatoryName: 'A' }, ctx());
    expect(JSON.stringify(state)).toBe(before);
  });
});

// The level each kind of step aims for, as rules versions 1 and 2 set it; from version 3 a step aims for its
// phase's choice (rules-version-3-party-and-levels.spec.ts).
describe('the participation level each step reached (rules version 2)', () => {
  const levelsOf = (outcome: Outcome) => outcome.steps.map((s) => [s.action, s.levelAimedFor, s.levelReached]);

  it('is INFORMATION when the public party opens the process and invites the organisations', () => {
    const opened = openPartnership(
      'p',
      { title: 't', publicParty: { name: SKANE }, organisations: [{ name: 'N', organisationNumber: NATVERKET }] },
      ctx(),
      2,
    );
    expect(levelsOf(opened)).toEqual([['PARTNERSHIP_OPENED', 'INFORMATION', 'INFORMATION']]);
  });

  it('is CONSULTATION when an organisation gives written input', () => {
    const dialogue = run(
      open([NATVERKET], 2),
      { type: 'PROPOSE_PROBLEM_DEFINITION', party: 'PUBLIC', challenge: 'x', targetGroup: 'y', goals: ['z'], developmentAreas: [] },
      { type: 'AGREE_TO_PROBLEM_DEFINITION', party: NATVERKET },
    );
    expect(levelsOf(move(dialogue, { type: 'SUBMIT_INPUT', party: NATVERKET, text: 'Synpunkter' }))).toEqual([
      ['WRITTEN_INPUT_SUBMITTED', 'CONSULTATION', 'CONSULTATION'],
    ]);
  });

  it('is DIALOGUE when both sides attend a meeting, and no level at all when only the public party came (rules version 1)', () => {
    const dialogue = run(
      open([NATVERKET], 1),
      { type: 'PROPOSE_PROBLEM_DEFINITION', party: 'PUBLIC', challenge: 'x', targetGroup: 'y', goals: ['z'], developmentAreas: [] },
      { type: 'AGREE_TO_PROBLEM_DEFINITION', party: NATVERKET },
    );
    const both = move(dialogue, {
      type: 'RECORD_MEETING',
      party: 'PUBLIC',
      date: '2026-01-10',
      minutes: 'm',
      attendees: [
        { party: 'PUBLIC', names: ['A'] },
        { party: NATVERKET, names: ['B'] },
      ],
    });
    expect(levelsOf(both)).toEqual([['DIALOGUE_MEETING_HELD', 'DIALOGUE', 'DIALOGUE']]);
    const alone = move(dialogue, {
      type: 'RECORD_MEETING',
      party: 'PUBLIC',
      date: '2026-01-10',
      minutes: 'm',
      attendees: [
        { party: 'PUBLIC', names: ['A'] },
        { party: NATVERKET, names: [] },
      ],
    });
    expect(levelsOf(alone)[0][2]).toBeNull();
  });

  it('is PARTNERSHIP when the parties adopt the problem definition together', () => {
    const proposed = run(open([NATVERKET], 2), {
      type: 'PROPOSE_PROBLEM_DEFINITION',
      party: NATVERKET,
      challenge: 'x',
      targetGroup: 'y',
      goals: ['z'],
      developmentAreas: [],
    });
    expect(levelsOf(move(proposed, { type: 'AGREE_TO_PROBLEM_DEFINITION', party: 'PUBLIC' }))).toEqual([
      // The organisation took the initiative and the public party answered: a dialogue, then a joint decision.
      ['PROBLEM_DEFINITION_AGREED', 'CONSULTATION', 'DIALOGUE'],
      ['PROBLEM_DEFINITION_ADOPTED', 'PARTNERSHIP', 'PARTNERSHIP'],
    ]);
  });
});
