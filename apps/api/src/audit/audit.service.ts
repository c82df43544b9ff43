import { Injectable, Logger } from '@nestjs/common';
import { actorOf } from '@iop/identity';
import { AuditLogRepository } from '@iop/database';
import type { AuthenticatedRequest } from '../identity/authenticated-request';

const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A path that matched no route is kept only this long (its full length is recorded beside it). */
export const MAX_AUDITED_PATH = 200;

/**
 * One audit-log entry per command, accepted or refused: who (subject, role, party), what (action, target), the
 * outcome and its reason, and the request id. Reads are not commands.
 *
 * The action is the route template (`POST /partnerships/:id/meetings`), never the raw path, so a caller cannot
 * write text of their choosing into the log; a request no route matched is `POST (no route)` with its path
 * truncated. An entry joins a process's chain (a partnership's, ...) only when the guard found that process for a
 * signed-in caller: an anonymous request, or one for an id that does not exist, is kept in the chain of commands
 * outside any process, and creates no chain for it. The database links the entry to the process it names
 * (audit_log.process_id). A read the guard marks (`auditedRead`: the export of a whole case) is audited as a command.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(private readonly auditLog: AuditLogRepository) {}

  isCommand(request: AuthenticatedRequest): boolean {
    return COMMAND_METHODS.has(request.method) || request.auditedRead === true;
  }

  async record(request: AuthenticatedRequest, statusCode: number, reason: string | null, createdId?: string): Promise<void> {
    if (!this.isCommand(request)) return;
    const principal = request.principal;
    // Nest answers an unknown path through its catch-all route (`/{*path}`): that is no route of ours.
    const template = request.route?.path as string | undefined;
    const route = template && !template.includes('*') ? template : undefined;
    const path = (request.originalUrl ?? request.url ?? '').split('?')[0];
    try {
      await this.auditLog.append({
        requestId: String(request.id ?? ''),
        actor: principal ? actorOf(principal) : 'anonymous',
        actorRole: principal?.role ?? null,
        actorPublicParty: principal?.publicParty ?? null,
        actorOrganisation: principal?.organisationNumber ?? null,
        action: `${request.method} ${route ?? '(no route)'}`,
        target: principal ? (request.process?.id ?? createdId ?? null) : null,
        outcome: statusCode >= 500 ? 'FAILED' : statusCode >= 400 ? 'REFUSED' : request.idempotentReplay ? 'REPLAYED' : 'ACCEPTED',
        statusCode,
        reason,
        path: route ? null : path.slice(0, MAX_AUDITED_PATH),
        pathLength: route ? null : path.length,
      });
    } catch (error) {
      // The database may be the very thing that is down; the answer to the client must not wait on it.
      this.logger.error({ err: error, requestId: request.id }, 'Could not write the audit-log entry');
    }
  }
}
