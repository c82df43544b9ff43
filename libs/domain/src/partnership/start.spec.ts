import { decide } from './decide';
import { openPartnership } from './open';
import { startPartnership } from './start';

const partnership = {
  title: 'Trygg ålderdom',
  publicParty: { name: 'Region Skåne' },
  organisations: [
    { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' },
    { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' },
  ],
};
const problemDefinition = { challenge: 'Ensamhet', targetGroup: 'Äldre', goals: ['Mötesplatser'], developmentAreas: ['COLLABORATION' as const] };
const ctx = { actor: 'officer', now: '2026-12-01T10:00:00.000Z' };

describe('a start with its problem definition', () => {
  it('is the opening followed by the public party proposing it, as the separate move would', () => {
    const started = startPartnership('p1', partnership, problemDefinition, ctx);
    const opened = openPartnership('p1', partnership, ctx);
    const proposed = decide(opened.state, { type: 'PROPOSE_PROBLEM_DEFINITION', party: 'PUBLIC', ...problemDefinition }, ctx);
    if (!started.ok || !proposed.ok) throw new Error('refused');
    expect(started.value.state).toEqual(proposed.value.state);
    expect(started.value.steps.map((s) => s.action)).toEqual(['PARTNERSHIP_OPENED', 'PROBLEM_DEFINITION_PROPOSED']);
    expect(started.value.state.tasks.filter((t) => t.type === 'AGREE_PROBLEM_DEFINITION').map((t) => t.addressedTo)).toEqual([
      '802456-1238',
      '802003-4529',
    ]);
  });

  it('is the opening alone without one', () => {
    expect(startPartnership('p1', partnership, undefined, ctx)).toEqual({ ok: true, value: openPartnership('p1', partnership, ctx) });
  });

  it('is refused whole when the proposal would be: nothing is opened', () => {
    const refused = startPartnership('p1', partnership, { ...problemDefinition, challenge: 'Ensam\u0000het' }, ctx);
    expect(refused.ok || refused.refusal.code).toBe('TEXT_NOT_STORABLE');
  });
});

describe('a start within a framework agreement', () => {
  const frameworkId = '3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f';

  it('keeps the framework in the state, with the opening and after the proposal', () => {
    const started = startPartnership('p1', { ...partnership, frameworkId }, problemDefinition, ctx);
    if (!started.ok) throw new Error('refused');
    expect(started.value.state.frameworkId).toBe(frameworkId);
    expect(openPartnership('p1', { ...partnership, frameworkId }, ctx).state.frameworkId).toBe(frameworkId);
  });

  it('has no framework key at all without one, as every state opened before frameworks', () => {
    const started = startPartnership('p1', partnership, undefined, ctx);
    if (!started.ok) throw new Error('refused');
    expect('frameworkId' in started.value.state).toBe(false);
  });

  it('keeps the framework through later moves', () => {
    const opened = openPartnership('p1', { ...partnership, frameworkId }, ctx);
    const accepted = decide(opened.state, { type: 'RESPOND_TO_INVITATION', party: '802456-1238', accept: true }, ctx);
    if (!accepted.ok) throw new Error(accepted.refusal.code);
    expect(accepted.value.state.frameworkId).toBe(frameworkId);
  });
});
