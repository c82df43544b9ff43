import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Principal } from '@iop/identity';
import type { AuthenticatedRequest } from './authenticated-request';

/** The signed-in person; only on routes whose policy requires a token. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal!,
);

/** The party the guard found the principal to be in the route's partnership: 'PUBLIC', an organisationsnummer, or none. */
export const ActingParty = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): string | undefined => ctx.switchToHttp().getRequest<AuthenticatedRequest>().actingParty,
);
