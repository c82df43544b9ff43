import type { Request } from 'express';
import type { Principal } from '@iop/identity';

/**
 * What the guard leaves on the request for the handlers: who asks, and for which party of the partnership. (The
 * request id, `id`, is pino-http's.)
 */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  /** 'PUBLIC' or the organisationsnummer the principal acts for in the partnership of the route. */
  actingParty?: string;
  /** The partnership of the route, once the guard found it: the chain its audit entry belongs to. */
  partnershipId?: string;
  /** Set for commands a workflow decides: their accepted entry is written with the command's steps, not here. */
  auditedWithCommand?: boolean;
  /** Set when the answer is the first attempt's, replayed for an Idempotency-Key: audited as REPLAYED. */
  idempotentReplay?: boolean;
}
