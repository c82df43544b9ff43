import { compareLevels, deriveReachedLevel } from './participation-level';

const ORG = '802456-1238';

describe('the participation level reached in a step', () => {
  it('orders the levels information < consultation < dialogue < partnership', () => {
    expect(compareLevels('INFORMATION', 'CONSULTATION')).toBeLessThan(0);
    expect(compareLevels('CONSULTATION', 'DIALOGUE')).toBeLessThan(0);
    expect(compareLevels('DIALOGUE', 'PARTNERSHIP')).toBeLessThan(0);
    expect(compareLevels('PARTNERSHIP', 'PARTNERSHIP')).toBe(0);
  });

  it('is information when the organisations were only informed', () => {
    expect(deriveReachedLevel({ informed: [ORG] })).toBe('INFORMATION');
  });

  it('is consultation when an organisation answered', () => {
    expect(deriveReachedLevel({ informed: [ORG], answered: [ORG] })).toBe('CONSULTATION');
  });

  it('is dialogue when both sides met, but not when only the public party met', () => {
    expect(deriveReachedLevel({ meetings: [{ attendedBy: ['PUBLIC', ORG] }] })).toBe('DIALOGUE');
    expect(deriveReachedLevel({ informed: [ORG], meetings: [{ attendedBy: ['PUBLIC'] }] })).toBe('INFORMATION');
  });

  it('is dialogue when an organisation took the initiative and the public party answered', () => {
    expect(deriveReachedLevel({ initiatedByOrganisation: true, answered: ['PUBLIC'] })).toBe('DIALOGUE');
  });

  it('is partnership only when the public party and an organisation decided together', () => {
    expect(deriveReachedLevel({ coDecidedBy: ['PUBLIC', ORG] })).toBe('PARTNERSHIP');
    expect(deriveReachedLevel({ coDecidedBy: ['PUBLIC'], answered: [ORG] })).toBe('CONSULTATION');
  });

  it('is nothing at all when nobody was even informed', () => {
    expect(deriveReachedLevel({})).toBeNull();
  });
});
