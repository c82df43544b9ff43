/**
 * The link of a hash chain as SQL: SHA-256, in hex, over the previous link's hash, a newline and the entry's
 * canonical content (UTF-8). The twin of `linkHash` in hash-chain.ts, which computes the same in TypeScript: every
 * statement that appends a link in PostgreSQL takes its formula from here (chain-link.spec.ts compares the two).
 *
 * Both arguments are SQL expressions of type text (a column, a parameter such as `$3::text`).
 */
export const chainLinkSql = (previousHash: string, canonicalContent: string): string =>
  `encode(sha256(convert_to(${previousHash} || E'\\n' || ${canonicalContent}, 'UTF8')), 'hex')`;
