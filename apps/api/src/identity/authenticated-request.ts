import type { Request } from 'express';
import type { ProcessRef } from '@iop/domain';
import type { Principal } from '@iop/identity';

/**
 * What the guard leaves on the request for the handlers: who asks, and for which party of the process. (The
 * request id, `id`, is pino-http's.)
 */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  /** 'PUBLIC' or the organisationsnummer the principal acts for in the process of the route. */
  actingParty?: string;
  /** The process of the route (a partnership, ...), once the guard found it: its audit entry's target and chain. */
  process?: ProcessRef;
  /** Set for commands a workflow decides: their accepted entry is written with the command's steps, not here. */
  auditedWithCommand?: boolean;
  /** Set by the guard for a read that is audited as a command is (the export of a whole case, records:archive). */
  auditedRead?: boolean;
  /** Set when the answer is the first attempt's, replayed for an Idempotency-Key: audited as REPLAYED. */
  idempotentReplay?: boolean;
}
