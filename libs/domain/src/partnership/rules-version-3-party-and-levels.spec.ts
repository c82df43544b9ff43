import { levelsPerPhase } from '../kernel/level-summary';
import type { PartnershipCommand } from './commands';
import { bothSides, ctx, meeting, move, NATVERKET, refusal, run, toDialogue, toImplementation, VARSTA } from './decide-builders.test';
import { PHASES } from './phase';
import { phaseAimsOf } from './phase-levels';
import { startPartnership } from './start';
import type { PartnershipState } from './state';
import type { StepRecord } from './step-record';

const profile = (overrides: Partial<Extract<PartnershipCommand, { type: 'RECORD_ORGANISATION_PROFILE' }>> = {}): PartnershipCommand => ({
  type: 'RECORD_ORGANISATION_PROFILE',
  party: NATVERKET,
  organisationNumber: NATVERKET,
  legalForm: 'NON_PROFIT_ASSOCIATION',
  registeredAsIdeburen: true,
  registeredSince: '2024-03-01',
  contact: { name: 'Karin Holm', email: 'karin@example.se' },
  attachments: [{ name: 'Stadgar 2025', date: '2025-04-20', kind: 'STATUTES' }],
  ...overrides,
});

const levels: PartnershipCommand = {
  type: 'PROPOSE_PHASE_LEVELS',
  party: 'PUBLIC',
  levels: [
    { phase: 'DIALOGUE', level: 'DIALOGUE', reason: 'Vi möts och samtalar' },
    { phase: 'DRAFTING', level: null, reason: 'Regionen skriver utkastet' },
  ],
};

/** The steps of a run of moves, each move's steps in order, for the reports. */
function stepsOf(state: PartnershipState, ...commands: PartnershipCommand[]): { state: PartnershipState; steps: StepRecord[] } {
  const steps: StepRecord[] = [];
  for (const command of commands) {
    const outcome = move(state, command);
    steps.push(...outcome.steps);
    state = outcome.state;
  }
  return { state, steps };
}

describe('the organisation as a party', () => {
  it('is recorded by its own representative, stated by whom and when, and shown in the state', () => {
    const outcome = move(toDialogue(), profile());
    const organisation = outcome.state.organisations[0];
    expect(organisation.profile).toMatchObject({
      legalForm: 'NON_PROFIT_ASSOCIATION',
      registeredSince: '2024-03-01',
      statedBy: NATVERKET,
      statedByActor: 'tester',
    });
    expect(outcome.steps.map((s) => s.action)).toEqual(['ORGANISATION_PROFILE_RECORDED']);
  });

  it("refuses the public party and another organisation's representative", () => {
    const state = toDialogue([NATVERKET, VARSTA]);
    expect(refusal(state, profile({ party: 'PUBLIC' })).code).toBe('ORGANISATION_ONLY');
    expect(refusal(state, profile({ party: VARSTA })).code).toBe('PROFILE_OF_ANOTHER_ORGANISATION');
  });

  it('refuses a registration date in the future, OTHER without a description, and a date without registration, naming the field', () => {
    const state = toDialogue();
    expect(refusal(state, profile({ registeredSince: '2099-01-01' }))).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'registeredSince' });
    expect(refusal(state, profile({ legalForm: 'OTHER' }))).toMatchObject({ code: 'LEGAL_FORM_DESCRIPTION_REQUIRED', field: 'legalFormDescription' });
    expect(refusal(state, profile({ registeredAsIdeburen: false }))).toMatchObject({ code: 'REGISTRATION_DATE_WITHOUT_REGISTRATION' });
    expect(refusal(state, profile({ attachments: [{ name: 'Bokslut', date: '2099-12-31', kind: 'ANNUAL_ACCOUNTS' }] }))).toMatchObject({
      field: 'attachments.0.date',
    });
  });

  it('may be given by the officer at the start, checked by the same rules', () => {
    const org = {
      name: 'Nätverket',
      organisationNumber: NATVERKET,
      profile: { legalForm: 'FOUNDATION' as const, registeredAsIdeburen: false, attachments: [] },
    };
    const started = startPartnership('p-2', { title: 'IOP', publicParty: { name: 'Region' }, organisations: [org] }, undefined, ctx());
    expect(started.ok && started.value.state.organisations[0].profile).toMatchObject({ legalForm: 'FOUNDATION', statedBy: 'PUBLIC' });
    const late = { ...org, profile: { ...org.profile, registeredAsIdeburen: true, registeredSince: '2099-01-01' } };
    const refused = startPartnership('p-3', { title: 'IOP', publicParty: { name: 'Region' }, organisations: [late] }, undefined, ctx());
    expect(!refused.ok && refused.refusal.field).toBe('organisations.0.profile.registeredSince');
  });
});

describe('rules version 3 against version 2', () => {
  it('asks each organisation to confirm its profile at a renewal under version 3 only, and the profile answers it', () => {
    const renewal: PartnershipCommand = { type: 'START_RENEWAL', party: 'PUBLIC' };
    const v2 = run(toImplementation([NATVERKET], 2), renewal);
    const v3 = run(toImplementation([NATVERKET], 3), renewal);
    expect(v2.tasks.filter((t) => t.type === 'CONFIRM_ORGANISATION_PROFILE')).toEqual([]);
    const task = v3.tasks.find((t) => t.type === 'CONFIRM_ORGANISATION_PROFILE' && t.status === 'OPEN');
    expect(task?.addressedTo).toBe(NATVERKET);
    const answered = run(v3, profile({ taskId: task!.id }));
    expect(answered.tasks.find((t) => t.id === task!.id)?.status).toBe('DONE');
  });

  it('refuses levels per phase under version 2, where each kind of step keeps its own aim', () => {
    expect(refusal(toDialogue([NATVERKET], 2), levels).code).toBe('PHASE_LEVELS_NOT_UNDER_THESE_RULES');
  });

  it("aims each step at its phase's choice under version 3 (none when none was chosen), and at its kind's level under version 2", () => {
    const held = meeting(bothSides);
    const v2 = stepsOf(toDialogue([NATVERKET], 2), held);
    const v3 = stepsOf(toDialogue([NATVERKET], 3), levels, held, { type: 'SET_SHARED_GOAL', party: 'PUBLIC', sharedGoal: 'Fler delaktiga' });
    expect(v2.steps.map((s) => [s.action, s.levelAimedFor])).toEqual([['DIALOGUE_MEETING_HELD', 'DIALOGUE']]);
    expect(v3.steps.map((s) => [s.action, s.levelAimedFor])).toEqual([
      ['PHASE_LEVELS_PROPOSED', 'DIALOGUE'],
      ['DIALOGUE_MEETING_HELD', 'DIALOGUE'],
      ['SHARED_GOAL_RECORDED', 'DIALOGUE'],
    ]);
    const unchosen = stepsOf(toDialogue([NATVERKET], 3), held);
    expect(unchosen.steps[0].levelAimedFor).toBeNull();
  });

  it('gives different reports: per step under version 2, per phase (aimed, reached together, missing) under version 3', () => {
    const input: PartnershipCommand = { type: 'SUBMIT_INPUT', party: NATVERKET, text: 'Vårt inspel' };
    const v2 = stepsOf(toDialogue([NATVERKET], 2), input);
    const v3 = stepsOf(toDialogue([NATVERKET], 3), levels, input);
    const perStep = (steps: StepRecord[]) =>
      levelsPerPhase(
        steps.map((s) => ({ phase: s.phase, levelAimedFor: s.levelAimedFor, levelReached: s.levelReached, steps: 1 })),
        PHASES,
      );
    expect(phaseAimsOf(v2.state, v2.steps)).toEqual([]);
    expect(perStep(v2.steps)[0]).toMatchObject({ phase: 'DIALOGUE', highestAimedFor: 'CONSULTATION', shortfalls: 0 });
    expect(phaseAimsOf(v3.state, v3.steps)).toEqual([
      {
        phase: 'DIALOGUE',
        levelAimedFor: 'DIALOGUE',
        reason: 'Vi möts och samtalar',
        levelReached: 'CONSULTATION',
        steps: 2,
        missingEvidence: 'MET',
      },
      { phase: 'DRAFTING', levelAimedFor: null, reason: 'Regionen skriver utkastet', levelReached: null, steps: 0, missingEvidence: null },
    ]);
    expect(perStep(v3.steps)[0]).toMatchObject({ phase: 'DIALOGUE', highestAimedFor: 'DIALOGUE', shortfalls: 2 });
  });

  it('refuses a phase already passed and a phase named twice, naming the field', () => {
    const state = toDialogue();
    const passed: PartnershipCommand = {
      type: 'PROPOSE_PHASE_LEVELS',
      party: 'PUBLIC',
      levels: [{ phase: 'PROBLEM_DEFINITION', level: 'DIALOGUE', reason: 'Sent' }],
    };
    expect(refusal(state, passed)).toMatchObject({ code: 'PHASE_ALREADY_PASSED', field: 'levels.0.phase' });
    const twice: PartnershipCommand = { ...levels, levels: [levels.levels[0], levels.levels[0]] } as PartnershipCommand;
    expect(refusal(state, twice)).toMatchObject({ code: 'PHASE_NAMED_TWICE', field: 'levels.1.phase' });
    expect(refusal(state, { ...levels, party: NATVERKET }).code).toBe('PUBLIC_PARTY_ONLY');
  });
});
