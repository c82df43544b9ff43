import type { Principal } from '@iop/identity';
import { visiblePayload } from './representative-view';

const OWN = '802456-1238';
const OTHER = '802003-4529';
const representative: Principal = { subject: 'rep', name: 'Erik Holm', email: 'erik@example', role: 'organisation_rep', organisationNumber: OWN };
const officer: Principal = { subject: 'officer', name: 'Anna Lindqvist', email: 'anna@example', role: 'officer', publicParty: 'Region Skåne' };

const task = (id: string, addressedTo: string) => ({ id, type: 'AGREE_PROBLEM_DEFINITION', addressedTo, dueDate: '2027-01-15', status: 'OPEN' });
const state = { phase: 'PROBLEM_DEFINITION', tasks: [task('T1', OWN), task('T2', OTHER), task('T3', 'PUBLIC')] };

describe('what a representative may see of a workflow payload', () => {
  it("keeps only their own organisation's tasks in a continued run's input, however deep the state lies", () => {
    const started = { name: 'partnershipWorkflow', args: [{ partnershipId: 'p', resumeState: state }] };
    expect(visiblePayload(started, representative)).toEqual({
      name: 'partnershipWorkflow',
      args: [{ partnershipId: 'p', resumeState: { ...state, tasks: [task('T1', OWN)] } }],
    });
  });

  it("drops the task another party's move names, and keeps the one their own move names", () => {
    const moves = [
      { command: { type: 'AGREE_TO_PROBLEM_DEFINITION', party: OTHER, taskId: 'T2' }, actor: 'other@example' },
      { command: { type: 'AGREE_TO_PROBLEM_DEFINITION', party: OWN, taskId: 'T1' }, actor: 'erik@example' },
    ];
    expect(visiblePayload(moves, representative)).toEqual([
      { command: { type: 'AGREE_TO_PROBLEM_DEFINITION', party: OTHER }, actor: 'other@example' },
      moves[1],
    ]);
  });

  it("keeps of a bounded write's state patch only the tasks of their own organisation", () => {
    const write = {
      delta: {
        statePatch: [
          { op: 'append', path: ['tasks'], values: [task('T4', OWN), task('T5', OTHER)] },
          { op: 'set', path: ['tasks', 1], value: task('T2', OTHER) },
          { op: 'set', path: ['tasks', 0], value: task('T1', OWN) },
          { op: 'set', path: ['tasks', 2, 'status'], value: 'DONE' },
          { op: 'set', path: ['phase'], value: 'DIALOGUE' },
        ],
        changed: { tasks: [task('T2', OTHER), task('T4', OWN)] },
      },
    };
    expect(visiblePayload(write, representative)).toEqual({
      delta: {
        statePatch: [
          { op: 'append', path: ['tasks'], values: [task('T4', OWN)] },
          { op: 'set', path: ['tasks', 0], value: task('T1', OWN) },
          { op: 'set', path: ['phase'], value: 'DIALOGUE' },
        ],
        changed: { tasks: [task('T4', OWN)] },
      },
    });
  });

  it('leaves everything to an officer', () => {
    expect(visiblePayload({ result: { writes: [{ state }] } }, officer)).toEqual({ result: { writes: [{ state }] } });
  });
});
