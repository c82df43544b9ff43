import { SetMetadata } from '@nestjs/common';

/**
 * Every route names its authorization policy; the guard decides them all in one place, and a route without one is
 * refused (and fails the authorization-matrix test).
 * - public: no token needed (health, the development issuer);
 * - authenticated: any signed-in person;
 * - partnership:create: an officer, for their own public party;
 * - framework:create: an officer, for their own public party (a framework agreement, överenskommelse);
 * - framework:read: any signed-in person: a framework is a public document that organisations read to join it. On a
 *   route of one framework (`@ProcessRoute(FRAMEWORK_PROCESS)`) the guard answers 404 for an id that does not
 *   exist, and finds the party one reads as: 'PUBLIC' for an officer of its public party, a representative's own
 *   organisation (joined or not: what it may do there, such as applying, depends on it), none for anyone else;
 * - framework:apply: an organisation's representative, for their own organisation (applying to join, ansluta sig);
 * - initiative:submit: an organisation's representative, for their own organisation (the body's
 *   organisation.organisationNumber): an initiative (IOP-initiativ) to a public party;
 * - process:read: the process's officer or representatives, and auditors; the route names the process's kind and
 *   path parameter with `@ProcessRoute` (process-route.ts), for a partnership or a process of any other kind;
 * - process:act: the process's officer or representatives; auditors are refused;
 * - organisation:tasks: the organisation's representatives, officers (their own processes), auditors;
 * - signatory:register: officers and representatives, for their own party;
 * - signatory:confirm: an officer, for an entry of their own public party or of an organisation in one of its
 *   partnerships (other entries answer 404, as if they did not exist).
 * - exchange-rates:record: an officer, for their own public party (the rates the de minimis ledger converts at);
 * - exchange-rates:read: officers (their own party's) and auditors;
 * - organisation:ledger: an organisation's de minimis ledger: its own representatives, officers, auditors;
 * - chain:read: auditors only (the checkpoints and the chain outside any partnership span every party);
 * - chain:checkpoint: auditors only. Signing a chain's head attests what the records are and changes none of them,
 *   so it is not a move, and read-only auditors may ask for it: it is how they fix the state they have just read.
 * - metrics:scrape: the Prometheus scraper, which holds no person's token: the static bearer METRICS_TOKEN when set
 *   (it must be in production), otherwise anyone who reaches the port (a private network, a developer's machine).
 *   Not a person's role: the metrics name routes, moves and reason codes, never a partnership or a person;
 * - records:archive: the officers of the partnership's public party and auditors: the case as an information package
 *   for the e-archive, secrecy-marked handlings included (it is the public party's record, not a public export).
 *   A representative of one of its organisations is refused (403), anyone else answers 404 as for process:read. The
 *   export is kept in the audit log as a command is, though it reads.
 * - records:disposal-due: the handlings due for disposal (gallring): officers (their own public party's cases) and
 *   auditors (every party's); representatives are refused, as the retention of a region's records is its own.
 * - codec:decode: auditors only. The Temporal histories are encrypted; decrypting them for the CLI or the Web UI
 *   shows every party's data, as the auditor's other reads do.
 */
export type PolicyName =
  | 'public'
  | 'authenticated'
  | 'partnership:create'
  | 'framework:create'
  | 'framework:read'
  | 'framework:apply'
  | 'initiative:submit'
  | 'process:read'
  | 'process:act'
  | 'organisation:tasks'
  | 'signatory:register'
  | 'signatory:confirm'
  | 'exchange-rates:record'
  | 'exchange-rates:read'
  | 'organisation:ledger'
  | 'chain:read'
  | 'chain:checkpoint'
  | 'codec:decode'
  | 'records:archive'
  | 'records:disposal-due'
  | 'metrics:scrape';

export const POLICY_KEY = 'iop:policy';

export const Policy = (name: PolicyName) => SetMetadata(POLICY_KEY, name);
