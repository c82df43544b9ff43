import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Principal } from '@iop/identity';
import type { AuthenticatedRequest } from './authenticated-request';

/** The signed-in person; only on routes whose policy requires a token. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal!,
);
