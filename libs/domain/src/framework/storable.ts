import type { Check } from '../kernel/checks';
import { OK } from '../kernel/checks';
import { firstUnstorableText } from '../text';
import type { FrameworkCommand, FrameworkCommandType } from './commands';
import { requireDay } from './field-checks';
import { FrameworkRefusals } from './refusals';

/** Every date a command carries at its top level (or one level down, `period.start`), required or optional. */
const COMMAND_DATES: { [T in FrameworkCommandType]?: { required: readonly string[]; optional?: readonly string[] } } = {
  PROPOSE_VERSION: { required: ['period.start'], optional: ['period.end'] },
  RECORD_ADOPTION_DECISION: { required: ['meetingDate'] },
  APPOINT_STEERING_GROUP_MEMBER: { required: ['termStart', 'termEnd'] },
  END_STEERING_GROUP_MEMBERSHIP: { required: ['endedOn'] },
  RECORD_STEERING_GROUP_MEETING: { required: ['date'] },
  RECORD_FOLLOW_UP_CONFERENCE: { required: ['date'] },
  RECORD_REVIEW_DECISION: { required: ['meetingDate'] },
  END_FRAMEWORK: { required: ['endedOn'] },
};

const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);

/**
 * What the database could not hold, refused before any rule reads the command: a text with a NUL or a lone
 * surrogate anywhere in it, a date that is no calendar day of 1900..2199 (arithmetic on it would throw inside the
 * workflow).
 */
export function checkFrameworkStorable(command: FrameworkCommand): Check {
  const text = firstUnstorableText(command);
  if (text) return FrameworkRefusals.textNotStorable(text.path, text.problem);
  const dates = COMMAND_DATES[command.type];
  for (const field of dates?.required ?? []) {
    const day = requireDay(at(command, field), field);
    if (!day.ok) return day;
  }
  for (const field of dates?.optional ?? []) {
    const value = at(command, field);
    const day = value === undefined ? OK : requireDay(value, field);
    if (!day.ok) return day;
  }
  return OK;
}
