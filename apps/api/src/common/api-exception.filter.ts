import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../identity/authenticated-request';
import { Environment, REQUEST_ID_HEADER, requestIdOf } from '@iop/config';
import type { ApiErrorBody } from './api-error';
import { ApiException } from './api.exception';
import { isUnavailable } from './unavailable';
import { swedishMessageOf } from './swedish-messages';
import { AuditService } from '../audit/audit.service';
import { TokenVerifier } from '../identity/token-verifier';
import { ERROR_CODE_LOCAL } from '../metrics/api-metrics';

/**
 * Every error leaves the API in one body shape. Outages of PostgreSQL or Temporal are 503 (the client may retry);
 * only a fault of our own is a 500.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  constructor(
    private readonly audit: AuditService,
    private readonly tokens: TokenVerifier,
    private readonly env: Environment,
  ) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const response = http.getResponse<Response>();
    // Errors raised before the logging middleware ran (an unreadable body) have no request id yet.
    const requestId = String(request.id ?? requestIdOf(request));
    if (!response.headersSent) response.setHeader(REQUEST_ID_HEADER, requestId);
    // /health keeps Terminus's own report (which dependency is down), the format monitoring tools expect.
    if (exception instanceof HttpException && isHealthReport(exception.getResponse())) {
      this.retryAfter(response, exception.getStatus());
      response.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    const body = this.toBody(exception, requestId);
    // The reason code a move's metric is labelled with (http-metrics.middleware.ts).
    response.locals[ERROR_CODE_LOCAL] = body.code;
    if (body.statusCode >= 500) this.logger.error({ err: exception, requestId: body.requestId }, body.message);
    // Every refused or failed command is audited here, whichever layer refused it (guard, pipe, workflow).
    await this.identifyCaller(request);
    await this.audit.record(request, body.statusCode, body.code);
    this.retryAfter(response, body.statusCode);
    response.status(body.statusCode).json(body);
  }

  /**
   * Every 503 (MOVE_NOT_ANSWERED, TEMPORAL_UNAVAILABLE, DATABASE_UNAVAILABLE, a draining API) says when to retry, so
   * that clients and proxies that honour Retry-After spread their retries instead of hammering an outage.
   */
  private retryAfter(response: Response, status: number): void {
    if (status === HttpStatus.SERVICE_UNAVAILABLE && !response.headersSent) response.setHeader('Retry-After', String(this.env.RETRY_AFTER_SECONDS));
  }

  /**
   * A request refused before routing (unreadable, too large, too deep, not JSON) never reached the guard: its
   * audit entry still names the caller when a valid token came with it. An invalid token leaves it anonymous.
   */
  private async identifyCaller(request: AuthenticatedRequest): Promise<void> {
    if (request.principal || !this.audit.isCommand(request) || !request.header('authorization')) return;
    try {
      request.principal = await this.tokens.verify(request.header('authorization'));
    } catch {
      // Not signed in: recorded as anonymous.
    }
  }

  /** Every body carries Swedish: the exception's own, or the catalogue's sentence for its code. */
  private toBody(exception: unknown, requestId: string): ApiErrorBody {
    const body = this.bodyOf(exception, requestId);
    return { ...body, messageSv: body.messageSv ?? swedishMessageOf(body.code, body.statusCode) };
  }

  private bodyOf(exception: unknown, requestId: string): Omit<ApiErrorBody, 'messageSv'> & { messageSv?: string } {
    if (exception instanceof ApiException) {
      return { statusCode: exception.getStatus(), code: exception.code, message: exception.message, ...exception.details, requestId };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { statusCode: status, code: httpCode(status), message: plainMessage(exception), requestId };
    }
    const unavailable = isUnavailable(exception);
    if (unavailable) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: `${unavailable}_UNAVAILABLE`,
        message: `The ${unavailable === 'DATABASE' ? 'database' : 'workflow engine'} is unavailable; try again shortly.`,
        requestId,
      };
    }
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.', requestId };
  }
}

function httpCode(status: number): string {
  const name = HttpStatus[status];
  return typeof name === 'string' ? name : 'HTTP_ERROR';
}

function plainMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}

function isHealthReport(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'status' in body && 'details' in body;
}
