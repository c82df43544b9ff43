import type { StepEvidence } from './participation-level';
import { derivePhaseLevel, missingEvidence, phaseAims } from './phase-level';

const ORG = '802456-1238';
const OTHER = '802003-4529';

describe('the level a phase reached, from the evidence of all its steps together', () => {
  // Each row: the steps' evidence, the level they reach together, and what one step alone would have reached at best.
  it.each<[string, StepEvidence[], string | null]>([
    ['no step informed anyone', [{}, {}], null],
    ['one step informed, nobody answered', [{ informed: [ORG] }, {}], 'INFORMATION'],
    ['one step informed, another got an answer', [{ informed: [ORG] }, { answered: [ORG] }], 'CONSULTATION'],
    ['only the public party answered', [{ informed: [ORG] }, { answered: ['PUBLIC'] }], 'INFORMATION'],
    ['a meeting with both sides in one of the steps', [{ answered: [ORG] }, { meetings: [{ attendedBy: ['PUBLIC', ORG] }] }], 'DIALOGUE'],
    [
      'meetings of one side each are no dialogue',
      [{ informed: [ORG], meetings: [{ attendedBy: ['PUBLIC'] }] }, { meetings: [{ attendedBy: [ORG] }] }],
      'INFORMATION',
    ],
    [
      'an organisation took the initiative, the public party answered in a later step',
      [{ initiatedByOrganisation: true, informed: ['PUBLIC'] }, { answered: ['PUBLIC'] }],
      'DIALOGUE',
    ],
    ['the parties decided together in one step', [{ informed: [ORG] }, { coDecidedBy: ['PUBLIC', ORG] }], 'PARTNERSHIP'],
    [
      'two one-sided decisions in two steps are not a joint one',
      [{ coDecidedBy: ['PUBLIC'] }, { coDecidedBy: [ORG], answered: [OTHER] }],
      'CONSULTATION',
    ],
  ])('%s', (_case, steps, level) => {
    expect(derivePhaseLevel(steps)).toBe(level);
  });

  it.each<[string | null, string | null, string | null]>([
    ['PARTNERSHIP', 'DIALOGUE', 'DECIDED_TOGETHER'],
    ['DIALOGUE', 'CONSULTATION', 'MET'],
    ['CONSULTATION', 'INFORMATION', 'ANSWERED'],
    ['INFORMATION', null, 'INFORMED'],
    ['DIALOGUE', 'PARTNERSHIP', null],
    ['DIALOGUE', 'DIALOGUE', null],
    [null, null, null],
  ])('aimed %s, reached %s: missing %s', (aimed, reached, missing) => {
    expect(missingEvidence(aimed as never, reached as never)).toBe(missing);
  });

  it('lists each phase with a choice or steps, aimed beside reached', () => {
    const aims = phaseAims(
      { DIALOGUE: { level: 'DIALOGUE', reason: 'Vi möts' }, DRAFTING: { level: null, reason: 'Regionen skriver' } },
      [
        { phase: 'PROBLEM_DEFINITION', evidence: { informed: [ORG] } },
        { phase: 'DIALOGUE', evidence: { answered: [ORG] } },
      ],
      ['PROBLEM_DEFINITION', 'DIALOGUE', 'DRAFTING', 'SIGNATURE'],
    );
    expect(aims).toEqual([
      { phase: 'PROBLEM_DEFINITION', levelAimedFor: null, levelReached: 'INFORMATION', steps: 1, missingEvidence: null },
      { phase: 'DIALOGUE', levelAimedFor: 'DIALOGUE', reason: 'Vi möts', levelReached: 'CONSULTATION', steps: 1, missingEvidence: 'MET' },
      { phase: 'DRAFTING', levelAimedFor: null, reason: 'Regionen skriver', levelReached: null, steps: 0, missingEvidence: null },
    ]);
  });
});
