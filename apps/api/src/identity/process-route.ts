import { SetMetadata } from '@nestjs/common';
import type { ProcessKind } from '@iop/domain';
import type { ApiException } from '../common/api.exception';

/** A kind of process as the routes know it: its kind, and how it answers an id it does not have (or not for you). */
export interface ProcessRouteKind {
  kind: ProcessKind;
  notFound(id: string): ApiException;
}

/** Which process a route concerns: of which kind, named by which path parameter. */
export interface ProcessRouteOptions extends ProcessRouteKind {
  param: string;
}

export const PROCESS_ROUTE_KEY = 'iop:process-route';

/**
 * Declares the process a controller's (or a handler's) routes concern, for the `process:read` and `process:act`
 * policies: `@ProcessRoute(PARTNERSHIP_PROCESS, 'id')`. The guard looks the process up by kind and id, generically;
 * a new kind of process declares its own kind here and needs no change of the guard.
 */
export const ProcessRoute = (kind: ProcessRouteKind, param = 'id') =>
  SetMetadata(PROCESS_ROUTE_KEY, { ...kind, param } satisfies ProcessRouteOptions);
