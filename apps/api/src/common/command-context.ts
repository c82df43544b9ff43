import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { actorOf, Principal } from '@iop/identity';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../identity/authenticated-request';
import type { CommandAudit } from '../../../../workflows/partnership/types';
import { ApiException } from './api.exception';

/** Who asked, for which party, under which request id and Idempotency-Key: what every command carries along. */
export interface CommandContext {
  requestId: string;
  actor: string;
  principal?: Principal;
  /** 'PUBLIC' or an organisationsnummer: the party the principal acts for in this partnership (set by the guard). */
  party?: string;
  idempotencyKey?: string;
  /** The command's audit entry, which the workflow's write stores with the command's steps once it is accepted. */
  audit: CommandAudit;
  /** What an Idempotency-Key is bound to besides the caller and the body. */
  endpoint: { method: string; route: string; path: string };
  /** Answers this request as a replay: `Idempotent-Replayed: true`, and REPLAYED in the audit log. */
  markReplayed: () => void;
}

const CREATING_ROUTES = new Set(['/partnerships', '/frameworks', '/initiatives']);

/** The audit entry of a command that a workflow decides, as the API describes it before sending it. */
export function commandAuditOf(request: AuthenticatedRequest): CommandAudit {
  const principal = request.principal;
  return {
    requestId: String(request.id ?? ''),
    actor: principal ? actorOf(principal) : 'anonymous',
    actorRole: principal?.role ?? null,
    actorPublicParty: principal?.publicParty ?? null,
    actorOrganisation: principal?.organisationNumber ?? null,
    action: `${request.method} ${request.route?.path ?? ''}`,
    // The starts answer 201 Created; every move 200.
    statusCode: request.method === 'POST' && CREATING_ROUTES.has(String(request.route?.path ?? '')) ? 201 : 200,
  };
}

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/** Who asks and under which keys, as a handler sees it; refuses an Idempotency-Key of the wrong shape. */
function commandContextOf(ctx: ExecutionContext): CommandContext {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  const key = request.header('idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw ApiException.invalid(
      [
        {
          field: 'Idempotency-Key',
          rule: 'matches',
          message: 'Use 8 to 128 letters, digits, dots, dashes, underscores or colons.',
          messageSv: 'Använd 8 till 128 bokstäver, siffror, punkter, bindestreck, understreck eller kolon.',
        },
      ],
      'Idempotency-Key ska vara 8 till 128 tecken: bokstäver, siffror, punkt, bindestreck, understreck eller kolon.',
    );
  }
  return {
    requestId: String(request.id ?? ''),
    actor: request.principal ? actorOf(request.principal) : 'anonymous',
    principal: request.principal,
    party: request.actingParty,
    idempotencyKey: key,
    audit: commandAuditOf(request),
    endpoint: {
      method: request.method,
      route: String(request.route?.path ?? ''),
      path: (request.originalUrl ?? request.url).split('?')[0],
    },
    markReplayed: () => {
      request.idempotentReplay = true;
      ctx.switchToHttp().getResponse<Response>().setHeader('Idempotent-Replayed', 'true');
    },
  };
}

/** A command a workflow decides: its accepted audit entry travels with the move (see AuditInterceptor). */
export const Command = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => {
  const context = commandContextOf(ctx);
  // From here on, an accepted command's audit entry is the workflow's to write (see AuditInterceptor).
  ctx.switchToHttp().getRequest<AuthenticatedRequest>().auditedWithCommand = true;
  return context;
});

/** A command the API carries out itself, in one transaction of its own: the interceptor writes its audit entry. */
export const DirectCommand = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => commandContextOf(ctx));
