import { frameworkTargets, partnershipTargets } from './handling-targets';

describe('what a handling may belong to', () => {
  it("numbers a partnership's decisions by their seq and its follow-ups in the order raised", () => {
    const targets = partnershipTargets({
      decisions: [{ seq: 1 }, { seq: 3 }] as never,
      followUps: [{ dueDate: '2027-03-31' }, { dueDate: '2028-03-31' }] as never,
    });
    expect(targets).toEqual({ DECISION: [1, 3], FOLLOW_UP: [1, 2] });
  });

  it("numbers a framework's decisions over its versions and reviews, and its conferences by their own number", () => {
    const targets = frameworkTargets({
      versions: [{ decisions: [{}, {}] }, { decisions: [{}] }] as never,
      reviews: [{ id: 1 }] as never,
      conferences: [{ id: 1 }, { id: 2 }] as never,
    });
    expect(targets).toEqual({ DECISION: [1, 2, 3, 4], FOLLOW_UP: [1, 2] });
  });
});
