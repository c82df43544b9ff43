import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { Observable, from, mergeMap } from 'rxjs';
import type { AuthenticatedRequest } from '../identity/authenticated-request';
import { AuditService } from './audit.service';

/** Audits accepted commands; refusals and failures are audited by the exception filter, which sees them all. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!this.audit.isCommand(request)) return next.handle();
    return next.handle().pipe(
      mergeMap((result: unknown) => {
        const status = context.switchToHttp().getResponse<Response>().statusCode;
        const createdId = (result as { id?: unknown } | undefined)?.id;
        return from(this.audit.record(request, status, null, typeof createdId === 'string' ? createdId : undefined).then(() => result));
      }),
    );
  }
}
