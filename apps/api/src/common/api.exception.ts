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

  static refusal(status: HttpStatus, refusal: Refusal): ApiException {
    return new ApiException(status, refusal.code, refusal.message.en, { messageSv: refusal.message.sv });
  }
}
