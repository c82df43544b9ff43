// A small, generic JSON diff: what turns one JSON value into the next, as a few operations at paths. Pure and
// deterministic (no clock, no randomness, key order of the input only), so the workflow computes it and the read
// model applies it (in SQL: iop_apply_state_patch, created by a migration; here: applyStatePatch, for tests).

/** A key of an object or an index of an array; an index is a number, so that SQL and JS agree which it is. */
export type PatchPath = (string | number)[];

export type StatePatchOp =
  /** The value at `path` becomes `value` (the parent exists; the key is added if missing). */
  | { op: 'set'; path: PatchPath; value: unknown }
  /** The array at `path` gets `values` at its end: a list that only grows costs only its new elements. */
  | { op: 'append'; path: PatchPath; values: unknown[] }
  /** The key at `path` goes. */
  | { op: 'delete'; path: PatchPath };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** JSON has no `undefined`: a key holding it is no key at all, an array element holding it is null. */
const present = (record: Record<string, unknown>): string[] => Object.keys(record).filter((key) => record[key] !== undefined);
const asJson = (value: unknown): Json => (value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json));

/**
 * The operations that make `before` into `after`, as JSON sees them. Objects are compared key by key, arrays index
 * by index; an array that grew gets an `append` of its new elements, one that shrank is set whole.
 */
export function diffState(before: unknown, after: unknown): StatePatchOp[] {
  const ops: StatePatchOp[] = [];
  diffAt(before, after, [], ops);
  return ops;
}

function diffAt(before: unknown, after: unknown, path: PatchPath, ops: StatePatchOp[]): void {
  if (isObject(before) && isObject(after)) {
    for (const key of present(before)) if (after[key] === undefined) ops.push({ op: 'delete', path: [...path, key] });
    for (const key of present(after)) {
      if (before[key] === undefined) ops.push({ op: 'set', path: [...path, key], value: asJson(after[key]) });
      else diffAt(before[key], after[key], [...path, key], ops);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && after.length >= before.length) {
    before.forEach((element, index) => diffAt(element ?? null, after[index] ?? null, [...path, index], ops));
    if (after.length > before.length) ops.push({ op: 'append', path, values: after.slice(before.length).map(asJson) });
    return;
  }
  if (!sameJson(before, after)) ops.push({ op: 'set', path, value: asJson(after) });
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isObject(a) && isObject(b)) {
    const keys = present(a);
    return keys.length === present(b).length && keys.every((key) => b[key] !== undefined && sameJson(a[key], b[key]));
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((element, i) => sameJson(element ?? null, b[i] ?? null));
  return false;
}

/** True when the two values are the same JSON (key order aside). */
export const sameState = (a: unknown, b: unknown): boolean => sameJson(a, b);

/** `doc` with `ops` applied, in order; `doc` itself is left as it was. */
export function applyStatePatch<T>(doc: T, ops: StatePatchOp[]): T {
  let result = asJson(doc);
  for (const op of ops) {
    if (op.path.length === 0) {
      if (op.op === 'set') result = asJson(op.value);
      else if (op.op === 'append') result = [...(result as Json[]), ...op.values.map(asJson)];
      else result = null;
      continue;
    }
    const parent = op.path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key as string], result) as
      Record<string, Json> | Json[];
    const last = op.path[op.path.length - 1];
    if (op.op === 'set') (parent as Record<string, Json>)[last as string] = asJson(op.value);
    else if (op.op === 'append') ((parent as Record<string, Json>)[last as string] as Json[]).push(...op.values.map(asJson));
    else if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last as string];
  }
  return result as T;
}
