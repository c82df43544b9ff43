import { availableMoves } from './available-moves';
import type { PartnershipCommand } from './commands';
import { ctx, move, NATVERKET, refusal, run, toDialogue, VARSTA } from './decide-builders.test';
import type { PartnershipState } from './state';

const deMinimis = (aid = [{ organisationNumber: NATVERKET, amountSek: 450_000 }]): PartnershipCommand => ({
  type: 'RECORD_STATE_AID_ASSESSMENT',
  party: 'PUBLIC',
  conclusion: 'DE_MINIMIS',
  reasons: 'Verksamheten säljs delvis på en marknad; stödet ryms inom 2023/2831.',
  aid,
});
const none = (party = NATVERKET, taskId?: string): PartnershipCommand => ({ type: 'DECLARE_DE_MINIMIS_AID', party, none: true, aids: [], taskId });

function refusedUnchanged(state: PartnershipState, command: PartnershipCommand) {
  const before = JSON.stringify(state);
  const refused = refusal(state, command);
  expect(JSON.stringify(state)).toBe(before);
  expect(refused.message.sv).not.toBe('');
  return refused;
}

const declareTasks = (state: PartnershipState) => state.tasks.filter((t) => t.type === 'DECLARE_DE_MINIMIS_AID');

describe('the state aid assessment (RECORD_STATE_AID_ASSESSMENT)', () => {
  it('keeps a de minimis conclusion with its aid, asks each organisation named to declare, and logs a step', () => {
    const outcome = move(toDialogue([NATVERKET, VARSTA]), deMinimis());
    expect(outcome.state.stateAid).toEqual([
      expect.objectContaining({ version: 1, conclusion: 'DE_MINIMIS', aid: [{ organisationNumber: NATVERKET, amountSek: 450_000 }] }),
    ]);
    expect(declareTasks(outcome.state)).toEqual([expect.objectContaining({ addressedTo: NATVERKET, status: 'OPEN' })]);
    expect(outcome.steps).toEqual([expect.objectContaining({ action: 'STATE_AID_ASSESSED', phase: 'DIALOGUE' })]);
  });

  it('recorded again without de minimis, the version is new and the open declaration is cancelled', () => {
    const state = run(toDialogue(), deMinimis(), {
      type: 'RECORD_STATE_AID_ASSESSMENT',
      party: 'PUBLIC',
      conclusion: 'NO_ECONOMIC_ACTIVITY',
      reasons: 'Ingen ekonomisk verksamhet.',
      aid: [{ organisationNumber: NATVERKET, amountSek: 1 }],
    });
    expect(state.stateAid!.map((v) => v.version)).toEqual([1, 2]);
    expect(state.stateAid![1].aid).toBeUndefined();
    expect(declareTasks(state).map((t) => t.status)).toEqual(['CANCELLED']);
  });

  it.each([
    [{ conclusion: 'SGEI_ENTRUSTMENT' }, 'entrustmentReference'],
    [{ conclusion: 'OTHER' }, 'otherLegalBasis'],
    [{ conclusion: 'DE_MINIMIS', aid: [] }, 'aid'],
    [{ conclusion: 'DE_MINIMIS', aid: [{ organisationNumber: '556016-0680', amountSek: 10 }] }, 'aid.0.organisationNumber'],
    [{ conclusion: 'SGEI_DE_MINIMIS', aid: [{ organisationNumber: NATVERKET, amountSek: 0 }] }, 'aid.0.amountSek'],
    [{ reasons: ' ' }, 'reasons'],
  ])('refuses %j naming %s, changing nothing', (overrides, field) => {
    const command = { ...deMinimis(), ...overrides } as PartnershipCommand;
    expect(refusedUnchanged(toDialogue(), command)).toMatchObject({
      code: 'STATE_AID_INCOMPLETE',
      kind: 'INVALID',
      message: { en: expect.stringContaining(field) },
    });
  });

  it('is the public party’s alone', () => {
    expect(refusedUnchanged(toDialogue(), { ...deMinimis(), party: NATVERKET } as PartnershipCommand).code).toBe('PUBLIC_PARTY_ONLY');
  });
});

describe("the organisation's declaration (DECLARE_DE_MINIMIS_AID)", () => {
  it('answers the task with none or with each other aid, the latest replacing the earlier', () => {
    const asked = run(toDialogue(), deMinimis());
    const task = declareTasks(asked)[0].id;
    const declared = run(asked, none(NATVERKET, task), {
      type: 'DECLARE_DE_MINIMIS_AID',
      party: NATVERKET,
      none: false,
      aids: [{ grantingBody: 'Tillväxtverket', grantedOn: '2024-05-02', amount: 20_000, currency: 'EUR' }],
    });
    expect(declareTasks(declared).map((t) => t.status)).toEqual(['DONE']);
    expect(declared.deMinimisDeclarations).toEqual([
      expect.objectContaining({ organisationNumber: NATVERKET, none: false, aids: [expect.objectContaining({ grantingBody: 'Tillväxtverket' })] }),
    ]);
  });

  it('is offered, with its task, to the organisations named only', () => {
    const asked = run(toDialogue([NATVERKET, VARSTA]), deMinimis());
    const declaring = (party: string) => availableMoves(asked, party, ctx()).filter((m) => m.type === 'DECLARE_DE_MINIMIS_AID');
    expect(declaring(NATVERKET)).toEqual([{ type: 'DECLARE_DE_MINIMIS_AID', taskId: declareTasks(asked)[0].id }]);
    expect(declaring(VARSTA)).toEqual([]);
  });

  it('is refused for an organisation no assessment names, and for the public party', () => {
    const asked = run(toDialogue([NATVERKET, VARSTA]), deMinimis());
    expect(refusedUnchanged(asked, none(VARSTA)).code).toBe('DE_MINIMIS_DECLARATION_NOT_ASKED');
    expect(refusedUnchanged(asked, none('PUBLIC')).code).toBe('ORGANISATION_ONLY');
    expect(refusedUnchanged(asked, none(VARSTA, declareTasks(asked)[0].id)).code).toBe('TASK_OF_ANOTHER_PARTY');
  });

  it.each([
    [{ none: true, aids: [{ grantingBody: 'X', grantedOn: '2024-01-01', amount: 1, currency: 'SEK' }] }, 'aids'],
    [{ none: false, aids: [] }, 'aids'],
    [{ none: false, aids: [{ grantingBody: 'Kommunen', grantedOn: '2099-01-01', amount: 1, currency: 'SEK' }] }, 'aids.0.grantedOn'],
    [{ none: false, aids: [{ grantingBody: 'Kommunen', grantedOn: '2024-01-01', amount: 1, currency: 'USD' }] }, 'aids.0.currency'],
  ])('refuses %j naming %s', (overrides, field) => {
    const asked = run(toDialogue(), deMinimis());
    const command = { ...none(), ...overrides } as PartnershipCommand;
    expect(refusedUnchanged(asked, command)).toMatchObject({
      code: 'DE_MINIMIS_DECLARATION_INCOMPLETE',
      message: { en: expect.stringContaining(field) },
    });
  });
});
