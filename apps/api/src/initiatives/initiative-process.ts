import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api.exception';
import type { ProcessRouteKind } from '../identity/process-route';

/** An initiative (IOP-initiativ) as a kind of process: the same 404 whether it does not exist or is not yours. */
export const INITIATIVE_PROCESS: ProcessRouteKind = {
  kind: 'INITIATIVE',
  notFound: (id: string): ApiException =>
    new ApiException(HttpStatus.NOT_FOUND, 'INITIATIVE_NOT_FOUND', `No initiative with id ${id}.`, {
      messageSv: `Det finns inget initiativ med id ${id}.`,
    }),
};
