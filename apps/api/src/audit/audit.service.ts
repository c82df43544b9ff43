import { Injectable, Logger } from '@nestjs/common';
import { actorOf } from '@iop/identity';
import { AuditLogRepository } from '@iop/database';
import type { AuthenticatedRequest } from '../identity/authenticated-request';

const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const PARTNERSHIP_ID = /^\/partnerships\/([0-9a-f-]{36})(?:\/|$|\?)/i;

/**
 * One audit-log entry per command, accepted or refused: who (subject, role, party), what (action, target), the
 * outcome and its reason, and the request id. Reads are not commands.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(private readonly auditLog: AuditLogRepository) {}

  isCommand(request: AuthenticatedRequest): boolean {
    return COMMAND_METHODS.has(request.method);
  }

  async record(request: AuthenticatedRequest, statusCode: number, reason: string | null, createdId?: string): Promise<void> {
    if (!this.isCommand(request)) return;
    const principal = request.principal;
    const path = request.originalUrl ?? request.url;
    const target = createdId ?? PARTNERSHIP_ID.exec(path)?.[1] ?? null;
    try {
      await this.auditLog.append({
        requestId: String(request.id ?? ''),
        actor: principal ? actorOf(principal) : 'anonymous',
        actorRole: principal?.role ?? null,
        actorPublicParty: principal?.publicParty ?? null,
        actorOrganisation: principal?.organisationNumber ?? null,
        action: `${request.method} ${request.route?.path ?? path.split('?')[0]}`,
        target,
        outcome: statusCode < 400 ? (request.idempotentReplay ? 'REPLAYED' : 'ACCEPTED') : statusCode < 500 ? 'REFUSED' : 'FAILED',
        statusCode,
        reason,
      });
    } catch (error) {
      // The database may be the very thing that is down; the answer to the client must not wait on it.
      this.logger.error({ err: error, requestId: request.id }, 'Could not write the audit-log entry');
    }
  }
}
