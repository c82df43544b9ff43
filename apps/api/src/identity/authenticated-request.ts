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
  /** Set when the answer repeats an earlier request's (same Idempotency-Key): audited as REPLAYED. */
  idempotentReplay?: boolean;
}
