import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { Observable, from, mergeMap } from 'rxjs';
import type { AuthenticatedRequest } from '../identity/authenticated-request';
import { AuditService } from './audit.service';

/**
 * Audits accepted commands; refusals and failures are audited by the exception filter, which sees them all. A
 * command that a workflow accepted has its entry written with its steps, by the same idempotent write that the
 * API makes before it answers and the workflow's activity makes again: so no outage between the answer and an
 * entry written here can lose it, and no retry doubles it. Only a replay (the first attempt's answer for an
 * Idempotency-Key, which applied nothing) is recorded here, as REPLAYED.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!this.audit.isCommand(request)) return next.handle();
    return next.handle().pipe(
      mergeMap((result: unknown) => {
        if (request.auditedWithCommand && !request.idempotentReplay) return from(Promise.resolve(result));
        const status = context.switchToHttp().getResponse<Response>().statusCode;
        const createdId = (result as { id?: unknown } | undefined)?.id;
        return from(this.audit.record(request, status, null, typeof createdId === 'string' ? createdId : undefined).then(() => result));
      }),
    );
  }
}
