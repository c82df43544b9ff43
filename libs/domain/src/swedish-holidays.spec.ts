import { lastDayOfAppeal, legalForceDate } from './appeal-window';
import { easterSunday, isDayOff, nextWorkingDay, swedishPublicHolidays } from './swedish-holidays';

describe('Swedish public holidays', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([
    [
      2025,
      [
        '2025-01-01',
        '2025-01-06',
        '2025-04-18',
        '2025-04-20',
        '2025-04-21',
        '2025-05-01',
        '2025-05-29',
        '2025-06-06',
        '2025-06-08',
        '2025-06-21',
        '2025-11-01',
        '2025-12-25',
        '2025-12-26',
      ],
    ],
    [
      2026,
      [
        '2026-01-01',
        '2026-01-06',
        '2026-04-03',
        '2026-04-05',
        '2026-04-06',
        '2026-05-01',
        '2026-05-14',
        '2026-05-24',
        '2026-06-06',
        '2026-06-20',
        '2026-10-31',
        '2026-12-25',
        '2026-12-26',
      ],
    ],
    [
      2027,
      [
        '2027-01-01',
        '2027-01-06',
        '2027-03-26',
        '2027-03-28',
        '2027-03-29',
        '2027-05-01',
        '2027-05-06',
        '2027-05-16',
        '2027-06-06',
        '2027-06-26',
        '2027-11-06',
        '2027-12-25',
        '2027-12-26',
      ],
    ],
  ])('the holidays of %i are the days of the law', (year, days) => {
    expect(swedishPublicHolidays(year)).toEqual(days);
  });

  it.each([
    ['2024-06-21', true], // midsommarafton
    ['2026-06-19', true], // midsommarafton
    ['2026-12-24', true], // julafton
    ['2026-12-31', true], // nyårsafton
    ['2026-06-06', true], // nationaldagen, a Saturday
    ['2026-06-08', false], // a Monday
    ['2026-12-23', false], // a Wednesday
  ])('%s is a day off: %s', (date, off) => {
    expect(isDayOff(date)).toBe(off);
  });

  it('moves a day off to the next working day, through a whole Christmas', () => {
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28');
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04');
    expect(nextWorkingDay('2026-06-19')).toBe('2026-06-22');
    expect(nextWorkingDay('2026-06-22')).toBe('2026-06-22');
  });
});

describe('the last day of appeal', () => {
  it.each([
    // an ordinary Tuesday three weeks on
    ['2026-03-03', '2026-03-24', '2026-03-25'],
    // three weeks after an anslag on 29 May 2026 is midsommarafton, Friday 19 June: then Monday 22 June
    ['2026-05-29', '2026-06-22', '2026-06-23'],
    // three weeks after 3 December 2026 is julafton: juldagen, annandag jul and the weekend follow, so 28 December
    ['2026-12-03', '2026-12-28', '2026-12-29'],
    // three weeks after 10 December 2026 is nyårsafton: nyårsdagen and the weekend follow, so 4 January
    ['2026-12-10', '2027-01-04', '2027-01-05'],
    // långfredagen 2026 and annandag påsk: from Friday 3 April to Tuesday 7 April
    ['2026-03-13', '2026-04-07', '2026-04-08'],
  ])('after an anslag on %s is %s, and the decision gains legal force on %s', (announced, last, force) => {
    expect(lastDayOfAppeal(announced)).toBe(last);
    expect(legalForceDate(announced)).toBe(force);
  });
});
