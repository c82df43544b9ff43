/**
 * A deep copy through JSON. The rules change a copy of the state, never the caller's; and JSON is how the state
 * is stored, so the copy holds exactly what a stored state would (an absent optional field is no key at all).
 */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
