import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api.exception';
import type { ProcessRouteKind } from '../identity/process-route';

/** A partnership (partnerskap) as a kind of process: the same 404 whether it does not exist or is not yours. */
export const PARTNERSHIP_PROCESS: ProcessRouteKind = {
  kind: 'PARTNERSHIP',
  notFound: (id: string): ApiException =>
    new ApiException(HttpStatus.NOT_FOUND, 'PARTNERSHIP_NOT_FOUND', `No partnership with id ${id}.`, {
      messageSv: `Det finns inget partnerskap med id ${id}.`,
    }),
};
