import { applyDecorators, HttpCode, HttpStatus } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiErrorBody } from './api-error';
import type { ClassType } from './class-type';

/**
 * A move's route, of any kind of process: everything it can answer (accepted (200) with `answer`, bad input (400),
 * refused by a rule (403, 409, 422), unknown (404)) and the Idempotency-Key it honours.
 */
export const MoveRoute = (answer: ClassType) =>
  applyDecorators(
    HttpCode(HttpStatus.OK),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'A retry by the same caller to the same route with the same body gets the first answer (Idempotent-Replayed: true); the key bound to another request is a 422 IDEMPOTENCY_KEY_REUSED',
    }),
    ApiOkResponse({ type: answer }),
    ApiBadRequestResponse({ type: ApiErrorBody }),
    ApiForbiddenResponse({ type: ApiErrorBody, description: 'The party may not make this move' }),
    ApiNotFoundResponse({ type: ApiErrorBody }),
    ApiConflictResponse({ type: ApiErrorBody, description: 'The move does not fit the current state (reason code)' }),
    ApiUnprocessableEntityResponse({ type: ApiErrorBody, description: 'The content breaks a rule (reason code)' }),
  );
