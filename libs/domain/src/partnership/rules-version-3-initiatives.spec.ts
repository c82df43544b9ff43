import { openPartnership } from './open';

const ctx = { actor: 'anna@skane.example', now: '2027-03-01T09:00:00.000Z' };
const FROM_INITIATIVE = {
  title: 'Läxhjälp i Vårsta',
  publicParty: { name: 'Region Skåne' },
  organisations: [{ name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' }],
  initiativeId: '7d3c1c7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
};

describe('a partnership opened from an initiative, by rules version', () => {
  it('under version 3 keeps the link and has the organisation carry its opening step', () => {
    const opened = openPartnership('p-1', FROM_INITIATIVE, ctx, 3);
    expect(opened.state.initiativeId).toBe(FROM_INITIATIVE.initiativeId);
    expect(opened.steps[0]).toMatchObject({
      action: 'PARTNERSHIP_OPENED',
      responsible: { kind: 'ORGANISATION', organisationNumber: '802003-4529' },
      evidence: { informed: ['PUBLIC'], initiatedByOrganisation: true },
    });
  });

  it('under version 2 opens as it always did: the public party carries the opening, no link', () => {
    const opened = openPartnership('p-1', FROM_INITIATIVE, ctx, 2);
    expect(opened.state.initiativeId).toBeUndefined();
    expect(opened.steps[0]).toMatchObject({ action: 'PARTNERSHIP_OPENED', responsible: { kind: 'PUBLIC' }, evidence: { informed: ['802003-4529'] } });
  });
});
