import { checkNewPartnership, NewPartnership } from './new-partnership';
import { canMoveToPhase } from './phase';

const partnership = (organisations: NewPartnership['organisations']): NewPartnership => ({
  title: '  Idéburen sektor i Skåne ',
  publicParty: { name: 'Region Skåne' },
  organisations,
});

describe('a new partnership', () => {
  it('needs at least one organisation', () => {
    const result = checkNewPartnership(partnership([]));
    expect(result.ok || result.refusal.code).toBe('ORGANISATION_REQUIRED');
  });

  it('refuses the same organisation named twice, even written differently', () => {
    const result = checkNewPartnership(
      partnership([
        { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' },
        { name: 'Nätverket', organisationNumber: '8024561238' },
      ]),
    );
    expect(result.ok || result.refusal.code).toBe('ORGANISATION_DUPLICATE');
  });

  it('refuses a text the database could not store, naming the field, since nothing checks the opening after it', () => {
    const nul = checkNewPartnership({ ...partnership([{ name: 'Vårsta', organisationNumber: '8020034529' }]), title: 'IOP\u0000' });
    expect(nul.ok || nul.refusal).toMatchObject({ code: 'TEXT_NOT_STORABLE', kind: 'INVALID' });
    expect(nul.ok || nul.refusal.message.en).toBe('The field title contains a NUL character (U+0000), which cannot be stored.');
    const surrogate = checkNewPartnership(partnership([{ name: 'Vårsta \ud800', organisationNumber: '8020034529' }]));
    expect(surrogate.ok || surrogate.refusal.message.sv).toContain('organisations.0.name');
  });

  it('returns trimmed names and canonical organisation numbers', () => {
    const result = checkNewPartnership(partnership([{ name: ' Vårsta Diakonigård ', organisationNumber: '8020034529' }]));
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Idéburen sektor i Skåne',
        publicParty: { name: 'Region Skåne' },
        organisations: [{ name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' }],
      },
    });
  });

  it('carries the framework it is entered within, in lower case, and no framework key without one', () => {
    const within = checkNewPartnership({
      ...partnership([{ name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' }]),
      frameworkId: '3F1C2A4E-8B7D-4C1A-9E2F-5A6B7C8D9E0F',
    });
    expect(within.ok && within.value.frameworkId).toBe('3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f');
    const without = checkNewPartnership(partnership([{ name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' }]));
    expect(without.ok && 'frameworkId' in without.value).toBe(false);
  });
});

describe('phase transitions', () => {
  it('lets återremiss send political approval back to drafting', () => {
    expect(canMoveToPhase('POLITICAL_APPROVAL', 'DRAFTING')).toBe(true);
  });

  it('never skips from the problem definition to signature', () => {
    expect(canMoveToPhase('PROBLEM_DEFINITION', 'SIGNATURE')).toBe(false);
  });

  it('allows nothing after the process has ended', () => {
    expect(canMoveToPhase('ENDED', 'DRAFTING')).toBe(false);
  });
});
