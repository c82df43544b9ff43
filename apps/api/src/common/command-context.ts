import { createParamDecorator, ExecutionContext, HttpStatus } from '@nestjs/common';
import { actorOf, Principal } from '@iop/identity';
import type { AuthenticatedRequest } from '../identity/authenticated-request';
import { ApiException } from './api.exception';

/** Who asked, for which party, under which request id and Idempotency-Key: what every command carries along. */
export interface CommandContext {
  requestId: string;
  actor: string;
  principal?: Principal;
  /** 'PUBLIC' or an organisationsnummer: the party the principal acts for in this partnership (set by the guard). */
  party?: string;
  idempotencyKey?: string;
}

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

export const Command = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  const key = request.header('idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'The request is invalid.', {
      errors: [
        {
          field: 'Idempotency-Key',
          rule: 'matches',
          message: 'Idempotency-Key must be 8 to 128 characters of letters, digits, dot, dash, underscore or colon',
        },
      ],
    });
  }
  return {
    requestId: String(request.id ?? ''),
    actor: request.principal ? actorOf(request.principal) : 'anonymous',
    principal: request.principal,
    party: request.actingParty,
    idempotencyKey: key,
  };
});
