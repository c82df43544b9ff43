import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api.exception';
import type { ProcessRouteKind } from '../identity/process-route';

/** A framework agreement (överenskommelse) as a kind of process: the same 404 whether it does not exist or is not yours. */
export const FRAMEWORK_PROCESS: ProcessRouteKind = {
  kind: 'FRAMEWORK_AGREEMENT',
  notFound: (id: string): ApiException =>
    new ApiException(HttpStatus.NOT_FOUND, 'FRAMEWORK_NOT_FOUND', `No framework agreement with id ${id}.`, {
      messageSv: `Det finns ingen överenskommelse med id ${id}.`,
    }),
};
