import type { PartyKey } from '../kernel/parties';
import { accept, RuleResult } from '../kernel/refusal';
import { namedPeople } from './attendance';
import { canStillReach, meetingsHeld, quarterOf, requiredMeetings } from './cadence';
import { requireOneOf } from './field-checks';
import { FrameworkRefusals } from './refusals';
import type { FrameworkState, SectorAttendance, SteeringGroupMeeting } from './state';
import { clearWarnings } from './warnings';
import { SECTORS, type Sector } from './vocabulary';

/** A meeting's attendance: at least one sector, each once, each naming people; recorded by the officer. */
export function attendanceOf(attendance: { sector: Sector; names: string[] }[], recordedBy: PartyKey): RuleResult<SectorAttendance[]> {
  if (!Array.isArray(attendance) || attendance.length === 0) return FrameworkRefusals.attendanceRequired();
  const kept: SectorAttendance[] = [];
  for (const [i, side] of attendance.entries()) {
    const sector = requireOneOf(side?.sector, SECTORS, `attendance.${i}.sector`);
    if (!sector.ok) return sector;
    if (kept.some((k) => k.sector === side.sector)) return FrameworkRefusals.valueRepeated(`attendance.${i}.sector`);
    const names = namedPeople(side.names, `attendance.${i}.names`);
    if (!names.ok) return names;
    kept.push({ sector: side.sector, names: names.value, recordedBy });
  }
  return accept(kept);
}

/**
 * After a meeting: the warning that its year's meetings are behind goes when the year can reach its requirement
 * again with the quarters still to come, and a year's warning that it missed its meetings goes once the year has
 * them all (a meeting recorded late).
 */
export function meetingHeldAfter(state: FrameworkState, meeting: SteeringGroupMeeting, now: string): void {
  const year = Number(meeting.date.slice(0, 4));
  const held = meetingsHeld(state, year);
  const today = now.slice(0, 10);
  const thisYear = Number(today.slice(0, 4));
  if (year === thisYear && canStillReach(state, year, held, quarterOf(today) + 1)) {
    clearWarnings(state, now, (w) => w.code === 'STEERING_GROUP_MEETINGS_BEHIND' && w.year === year);
  }
  const required = requiredMeetings(state, year);
  if (required !== undefined && held >= required) {
    clearWarnings(state, now, (w) => (w.code === 'STEERING_GROUP_MEETINGS_BEHIND' || w.code === 'STEERING_GROUP_MEETINGS_MISSED') && w.year === year);
  }
}
