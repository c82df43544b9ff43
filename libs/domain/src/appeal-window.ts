import { addDays } from './dates';
import { nextWorkingDay } from './swedish-holidays';

/**
 * The last day on which a municipal or regional decision can be appealed (laglighetsprövning): three weeks from the
 * day its protocol's justering was announced on the notice board (anslag; kommunallagen (2017:725) 13 kap. 5 §),
 * moved to the next working day when it falls on a Saturday, Sunday, public holiday, midsommarafton, julafton or
 * nyårsafton (lag (1930:173) om beräkning av lagstadgad tid).
 */
export function lastDayOfAppeal(announcedOn: string): string {
  return nextWorkingDay(addDays(announcedOn, 21));
}

/** The decision gains legal force (vinner laga kraft) the day after the last day of appeal, when no appeal came. */
export function legalForceDate(announcedOn: string): string {
  return addDays(lastDayOfAppeal(announcedOn), 1);
}
