import { stockholmDay, stockholmTime } from './stockholm-time';

describe('an instant in Swedish time', () => {
  it('is written as a Swedish register writes it, in winter one hour after UTC', () => {
    expect(stockholmTime('2026-03-12T13:05:00.000Z')).toBe('2026-03-12 14:05');
  });

  it('follows summer time, two hours after UTC, whatever zone the server is in', () => {
    expect(stockholmTime('2026-07-01T09:30:59.000Z')).toBe('2026-07-01 11:30');
  });

  it('falls on the Swedish day: late on New Year’s Eve in UTC is already the new year in Stockholm', () => {
    expect(stockholmTime(new Date('2026-12-31T23:30:00.000Z'))).toBe('2027-01-01 00:30');
    expect(stockholmDay('2026-12-31T23:30:00.000Z')).toBe('2027-01-01');
  });

  it('is empty where no instant is recorded', () => {
    expect(stockholmTime(null)).toBe('');
    expect(stockholmTime(undefined)).toBe('');
  });
});
