import { HttpException, HttpStatus } from '@nestjs/common';
import type { Refusal } from '@iop/domain';
import type { FieldErrorBody } from './api-error';

/** An error the API answers on purpose, with a reason code; the filter turns it into `ApiErrorBody`. */
export class ApiException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: string,
    message: string,
    readonly details: { messageSv?: string; errors?: FieldErrorBody[] } = {},
  ) {
    super(message, status);
  }

  /** Bad input: a 400 VALIDATION_FAILED naming each offending field and the rule it breaks. */
  static invalid(errors: FieldErrorBody[], messageSv = 'Begäran är ogiltig.'): ApiException {
    return new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'The request is invalid.', { messageSv, errors });
  }

  /** A business refusal; one that names its field lists it in `errors`, as a validation error would. */
  static refusal(status: HttpStatus, refusal: Refusal): ApiException {
    const errors = refusal.field
      ? [{ field: refusal.field, rule: refusal.code, message: refusal.message.en, messageSv: refusal.message.sv }]
      : undefined;
    return new ApiException(status, refusal.code, refusal.message.en, { messageSv: refusal.message.sv, ...(errors ? { errors } : {}) });
  }
}
