import type { Check } from '../kernel/checks';
import { OK } from '../kernel/checks';
import { isCalendarDay } from '../dates';
import { FrameworkRefusals } from './refusals';

/** The small checks of one field each, naming the field's path; the moves compose them. */

/** A text that must say something (not blank). */
export const requireText = (value: unknown, field: string): Check =>
  typeof value === 'string' && value.trim() !== '' ? OK : FrameworkRefusals.textRequired(field);

/** A real calendar day within the engine's years. */
export const requireDay = (value: unknown, field: string): Check => (isCalendarDay(value) ? OK : FrameworkRefusals.dateOutOfRange(field));

export const requireOneOf = (value: unknown, allowed: readonly string[], field: string): Check =>
  allowed.includes(value as string) ? OK : FrameworkRefusals.valueNotAllowed(field, allowed);

export const requireWholeNumber = (value: unknown, min: number, max: number, field: string): Check =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? OK : FrameworkRefusals.numberOutOfRange(field, min, max);

/** A list of values from a closed list, none twice (`field.<i>` names the bad one). */
export function requireDistinctOf(values: unknown, allowed: readonly string[], field: string): Check {
  if (!Array.isArray(values)) return FrameworkRefusals.valueNotAllowed(field, allowed);
  for (const [i, value] of values.entries()) {
    const known = requireOneOf(value, allowed, `${field}.${i}`);
    if (!known.ok) return known;
    if (values.indexOf(value) !== i) return FrameworkRefusals.valueRepeated(`${field}.${i}`);
  }
  return OK;
}

/** The first check that refuses, evaluated lazily in order (later checks may assume earlier ones passed). */
export function firstRefusal(...checks: (() => Check)[]): Check {
  for (const check of checks) {
    const result = check();
    if (!result.ok) return result;
  }
  return OK;
}
