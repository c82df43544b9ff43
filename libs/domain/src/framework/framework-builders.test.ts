// Builders shared by the framework's specs. The `.test.ts` suffix keeps this file out of the build, and jest runs
// only `*.spec.ts`, so it is never a suite of its own.
import type { CommandContext } from '../kernel/context';
import type { Refusal } from '../kernel/refusal';
import { PRINCIPLES } from '../partnership/principle';
import type { FrameworkCommand } from './commands';
import { decideFramework } from './decide';
import type { FrameworkOutcome } from './move';
import { startFramework } from './start';
import type { FrameworkState, FrameworkTerms } from './state';
import { applyFrameworkTimer, nextFrameworkTimer } from './timers';
import { JOINING_UNDERTAKINGS } from './vocabulary';

export const NATVERKET = '802456-1238';
export const VARSTA = '802003-4529';
/** A third organisation (the Luhn check digit holds). */
export const FORENINGEN = '802479-7980';

/** The context of a move made at noon of a day. */
export const on = (day: string): CommandContext => ({ actor: 'tester', now: `${day}T12:00:00.000Z` });

/** The Västernorrland shape of a text: six principles, equal seats, four meetings a year, a review every fifth. */
export function terms(overrides: Partial<FrameworkTerms> = {}): FrameworkTerms {
  return {
    period: { start: '2020-03-01' },
    principles: PRINCIPLES.map((principle) => ({
      principle,
      commitments: [
        { id: '', text: `Offentlig sektor åtar sig (${principle})`, heldBy: 'PUBLIC' },
        { id: '', text: `Idéburen sektor åtar sig (${principle})`, heldBy: 'SECTOR' },
      ],
    })),
    developmentAreas: ['COLLABORATION', 'PARTICIPATION_AND_INFLUENCE'],
    joiningUndertakings: [...JOINING_UNDERTAKINGS],
    steeringGroup: { seatsPerSector: 2, meetingsPerYear: 4, reviewIntervalYears: 5 },
    summary: 'Bakgrund och syfte',
    ...overrides,
  };
}

/** A framework just opened, with version 1 drafted. */
export function drafted(day = '2020-01-10', firstVersion: FrameworkTerms = terms()): FrameworkState {
  const started = startFramework(
    'f-1',
    {
      title: 'Överenskommelsen i Västernorrland',
      publicParty: { name: 'Region Västernorrland' },
      sectorRepresentative: { name: 'Nätverket', organisationNumber: NATVERKET },
    },
    firstVersion,
    on(day),
  );
  if (!started.ok) throw new Error(`refused: ${started.refusal.code}`);
  return started.value.state;
}

export const decision = (
  version: number,
  meetingDate: string,
  outcome: 'APPROVED' | 'REJECTED' | 'RETURNED' = 'APPROVED',
): Extract<FrameworkCommand, { type: 'RECORD_ADOPTION_DECISION' }> => ({
  type: 'RECORD_ADOPTION_DECISION',
  party: 'PUBLIC',
  version,
  body: 'Regionfullmäktige',
  meetingDate,
  diarienummer: 'RS 2020/12',
  paragraph: '§ 14',
  outcome,
  ...(outcome === 'APPROVED' ? {} : { reasons: 'Förtydliga åtagandena' }),
});

/** Decides a move that must be accepted, checking that it raised the revision by exactly one. */
export function move(state: FrameworkState, command: FrameworkCommand, day: string): FrameworkOutcome {
  const result = decideFramework(state, command, on(day));
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message.en}`);
  expect(result.value.state.revision).toBe(state.revision + 1);
  return result.value;
}

export const run = (state: FrameworkState, command: FrameworkCommand, day: string): FrameworkState => move(state, command, day).state;

/** The refusal of a move that must be refused; the state given is not changed. */
export function refusal(state: FrameworkState, command: FrameworkCommand, day: string): Refusal {
  const before = JSON.stringify(state);
  const result = decideFramework(state, command, on(day));
  if (result.ok) throw new Error(`expected a refusal of ${command.type}`);
  expect(JSON.stringify(state)).toBe(before);
  return result.refusal;
}

/** Version 1 adopted and in force from 2020-03-01 (the sector's representative joined that day). */
export const inForce = (): FrameworkState => run(drafted(), decision(1, '2020-03-01'), '2020-03-02');

export const join = (state: FrameworkState, organisationNumber: string, day: string): FrameworkState => {
  const applied = run(
    state,
    {
      type: 'APPLY_TO_JOIN',
      party: organisationNumber,
      organisationName: `Org ${organisationNumber}`,
      declaration: [...JOINING_UNDERTAKINGS],
      signatoryName: 'Firmatecknare',
    },
    day,
  );
  return run(applied, { type: 'DECIDE_ON_APPLICATION', party: 'PUBLIC', organisationNumber, confirm: true }, day);
};

export const meeting = (date: string, civilSociety = true): FrameworkCommand => ({
  type: 'RECORD_STEERING_GROUP_MEETING',
  party: 'PUBLIC',
  date,
  attendance: [
    { sector: 'PUBLIC', names: ['Lena Sundström'] },
    ...(civilSociety ? [{ sector: 'CIVIL_SOCIETY' as const, names: ['Erik Holm'] }] : []),
  ],
  minutes: 'Protokoll',
});

/** Fires every timer due up to and including `until` (an instant), as the workflow would; returns the events fired. */
export function runTimers(state: FrameworkState, until: string): { state: FrameworkState; fired: string[]; steps: FrameworkOutcome['steps'] } {
  const fired: string[] = [];
  const steps: FrameworkOutcome['steps'] = [];
  for (let timer = nextFrameworkTimer(state); timer && timer.at <= until; timer = nextFrameworkTimer(state)) {
    const outcome = applyFrameworkTimer(state, timer.event, { actor: 'system', now: timer.at });
    expect(outcome.state.revision).toBe(state.revision + 1);
    state = outcome.state;
    steps.push(...outcome.steps);
    fired.push(`${timer.event.type}@${timer.at.slice(0, 10)}`);
    if (fired.length > 500) throw new Error('the timers never settle');
  }
  return { state, fired, steps };
}
