import { CallHandler, ExecutionContext, HttpException, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, catchError, from, mergeMap, throwError } from 'rxjs';
import { AuditLogRepository } from '@iop/database';
import { ApiException } from '../common/api.exception';
import { isUnavailable } from '../common/unavailable';

const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes one audit-log entry for every command, accepted or refused, after the outcome is known. Reads are not
 * commands and are not logged here.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger(AuditInterceptor.name);

  constructor(private readonly auditLog: AuditLogRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { id?: string; actor?: string }>();
    if (!COMMAND_METHODS.has(request.method)) return next.handle();
    const action = `${request.method} ${request.route?.path ?? request.path}`;
    const paramId = typeof request.params?.id === 'string' ? request.params.id : null;
    const record = (statusCode: number, outcome: 'ACCEPTED' | 'REFUSED' | 'FAILED', reason: string | null, target: string | null) =>
      this.auditLog
        .append({ requestId: String(request.id ?? ''), actor: request.actor ?? 'anonymous', action, target, outcome, statusCode, reason })
        .catch((error: unknown) => this.logger.error({ err: error }, 'Could not write the audit-log entry'));

    return next.handle().pipe(
      mergeMap((result: unknown) => {
        const response = context.switchToHttp().getResponse<Response>();
        const target = (result as { id?: string } | undefined)?.id ?? paramId;
        return from(record(response.statusCode, 'ACCEPTED', null, target ? String(target) : null).then(() => result));
      }),
      catchError((error: unknown) => {
        const status = error instanceof HttpException ? error.getStatus() : isUnavailable(error) ? 503 : 500;
        const reason = error instanceof ApiException ? error.code : error instanceof Error ? error.message.slice(0, 500) : null;
        const outcome = status < 500 ? 'REFUSED' : 'FAILED';
        return from(record(status, outcome, reason, paramId)).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }
}
