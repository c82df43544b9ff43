/** A statement and its positional values, as pg and TypeORM's `query(text, values)` take them. */
export interface NamedQuery {
  text: string;
  values: unknown[];
}

// `:name` as a parameter; `::type` is a cast (its colon is preceded by another), and `:30` in a time literal has no name.
const PARAMETER = /(?<![:\w]):([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Named parameters for long statements: `named('... WHERE id = :processId ...', { processId })` becomes
 * `{ text: '... WHERE id = $1 ...', values: [processId] }`. A name used twice is one value; a name without a value
 * throws, so that a statement and its values cannot drift apart silently. Values not named in the text are ignored,
 * which lets one set of values serve a statement made of fragments.
 */
export function named(text: string, params: Record<string, unknown>): NamedQuery {
  const positions = new Map<string, number>();
  const values: unknown[] = [];
  const numbered = text.replace(PARAMETER, (_match, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) throw new Error(`named SQL: no value for :${name}`);
    let position = positions.get(name);
    if (position === undefined) {
      position = values.push(params[name]);
      positions.set(name, position);
    }
    return `$${position}`;
  });
  return { text: numbered, values };
}
