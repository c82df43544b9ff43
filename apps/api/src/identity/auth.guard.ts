import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Environment } from '@iop/config';
import { parseOrganisationNumber } from '@iop/domain';
import type { Principal } from '@iop/identity';
import { ProcessRepository, SignatoriesRepository } from '@iop/database';
import { ApiException } from '../common/api.exception';
import { SignatoryRefusals } from '../signatories/signatory-refusals';
import type { AuthenticatedRequest } from './authenticated-request';
import { POLICY_KEY, PolicyName } from './policy';
import { PROCESS_ROUTE_KEY, ProcessRouteOptions } from './process-route';
import { TokenVerifier } from './token-verifier';

const forbidden = (code: string, en: string, sv: string) => new ApiException(HttpStatus.FORBIDDEN, code, en, { messageSv: sv });

/**
 * The same answer whether the record does not exist or belongs to someone else: its existence is not revealed. (A
 * process's answer is its kind's own, from its route: PARTNERSHIP_NOT_FOUND for a partnership.)
 */
const organisationNotFound = (id: string) =>
  new ApiException(HttpStatus.NOT_FOUND, 'ORGANISATION_NOT_FOUND', `No organisation ${id} that you act for.`, {
    messageSv: `Ingen organisation ${id} som du företräder.`,
  });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PARTNERSHIP_START = { en: 'a partnership', sv: 'ett partnerskap' };
const FRAMEWORK_START = { en: 'a framework agreement', sv: 'en överenskommelse' };

const READ_ONLY = () => forbidden('READ_ONLY_ROLE', 'Auditors read everything and change nothing.', 'Granskare läser allt och ändrar inget.');

/** Authentication and authorization for every route, decided here from the route's policy. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    private readonly processes: ProcessRepository,
    private readonly signatories: SignatoriesRepository,
    private readonly env: Environment,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<PolicyName | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Fail closed: a route nobody gave a policy is refused to everyone.
    if (!policy) throw forbidden('NO_POLICY', 'This route has no authorization policy.', 'Vägen saknar behörighetsregel.');
    if (policy === 'public') return true;
    if (policy === 'metrics:scrape') return this.mayScrape(request);
    // Marked before the token is checked, so that a refused export is on record too (by the exception filter).
    if (policy === 'records:archive') request.auditedRead = true;
    const principal = await this.tokens.verify(request.header('authorization'));
    request.principal = principal;
    switch (policy) {
      case 'authenticated':
        return true;
      case 'partnership:create':
        return this.mayCreate(principal, request, PARTNERSHIP_START);
      case 'framework:create':
        return this.mayCreate(principal, request, FRAMEWORK_START);
      case 'framework:read':
        return this.mayReadFramework(principal, request, context);
      case 'framework:apply':
        return this.mayApply(principal, request, context);
      case 'initiative:submit':
        return this.maySubmitInitiative(principal, request);
      case 'process:read':
        // The party one reads as is the one one would act for (none for an auditor): what the moves on offer depend on.
        request.actingParty = await this.partyInProcess(principal, request, this.processRouteOf(context), 'read');
        return true;
      case 'process:act':
        if (principal.role === 'auditor') {
          // An auditor reads every process, so a write they attempt on one is kept in that process's chain.
          await this.partyInProcess(principal, request, this.processRouteOf(context), 'read');
          throw READ_ONLY();
        }
        request.actingParty = await this.partyInProcess(principal, request, this.processRouteOf(context), 'act');
        return true;
      case 'organisation:tasks':
        return this.mayReadOrganisationTasks(principal, request);
      case 'signatory:register':
        if (principal.role === 'auditor') throw READ_ONLY();
        return true;
      case 'signatory:confirm':
        return this.mayConfirmSignatory(principal, request);
      case 'exchange-rates:record':
        if (principal.role === 'auditor') throw READ_ONLY();
        if (principal.role !== 'officer')
          throw forbidden('OFFICER_ONLY', 'Only an officer records exchange rates.', 'Bara en tjänsteperson för in växelkurser.');
        return true;
      case 'exchange-rates:read':
        if (principal.role === 'organisation_rep')
          throw forbidden('OFFICER_ONLY', 'Officers and auditors read the exchange rates.', 'Tjänstepersoner och granskare läser växelkurserna.');
        return true;
      case 'organisation:ledger':
        return this.mayReadOrganisationTasks(principal, request);
      case 'chain:read':
      case 'chain:checkpoint':
        if (principal.role !== 'auditor')
          throw forbidden(
            'AUDITOR_ONLY',
            'Only an auditor may read or sign the chains as a whole.',
            'Bara en granskare får läsa eller signera kedjorna i sin helhet.',
          );
        return true;
      case 'records:archive':
        return this.mayArchive(principal, request, context);
      case 'records:disposal-due':
        if (principal.role === 'organisation_rep')
          throw forbidden(
            'OFFICER_ONLY',
            'Officers and auditors read what is due for disposal.',
            'Tjänstepersoner och granskare läser vad som ska gallras.',
          );
        return true;
      case 'codec:decode':
        if (principal.role !== 'auditor')
          throw forbidden(
            'AUDITOR_ONLY',
            'Only an auditor may decrypt workflow payloads.',
            'Bara en granskare får dekryptera arbetsflödenas innehåll.',
          );
        return true;
    }
  }

  private mayCreate(principal: Principal, request: AuthenticatedRequest, what: { en: string; sv: string }): boolean {
    if (principal.role === 'auditor') throw READ_ONLY();
    if (principal.role !== 'officer') {
      throw forbidden(
        'OFFICER_ONLY',
        `Only an officer of the public party can start ${what.en}.`,
        `Bara en tjänsteperson hos den offentliga parten kan starta ${what.sv}.`,
      );
    }
    const requested = (request.body as { publicParty?: { name?: unknown } } | undefined)?.publicParty?.name;
    if (typeof requested === 'string' && requested.trim() !== principal.publicParty) {
      throw forbidden(
        'NOT_YOUR_PUBLIC_PARTY',
        `You act for ${principal.publicParty}, not for ${requested.trim()}.`,
        `Du företräder ${principal.publicParty}, inte ${requested.trim()}.`,
      );
    }
    return true;
  }

  /**
   * A Prometheus scraper holds no person's token: with METRICS_TOKEN set it sends that one (compared in constant
   * time); without it (never in production) the metrics answer whoever reaches the port.
   */
  private mayScrape(request: AuthenticatedRequest): boolean {
    const expected = this.env.METRICS_TOKEN;
    if (!expected) return true;
    const given = /^Bearer\s+(\S+)\s*$/i.exec(request.header('authorization') ?? '')?.[1] ?? '';
    const digest = (value: string) => createHash('sha256').update(value).digest();
    if (timingSafeEqual(digest(given), digest(expected))) return true;
    throw new ApiException(HttpStatus.UNAUTHORIZED, 'METRICS_TOKEN_INVALID', 'The metrics need the bearer token set in METRICS_TOKEN.', {
      messageSv: 'Mätvärdena kräver den bärartoken som är satt i METRICS_TOKEN.',
    });
  }

  /**
   * Anyone signed in reads a framework; on a route of one framework, the party one reads as (and would act for in
   * its available moves) is found here, and an id that does not exist answers 404.
   */
  private async mayReadFramework(principal: Principal, request: AuthenticatedRequest, context: ExecutionContext): Promise<boolean> {
    const route = this.reflector.getAllAndOverride<ProcessRouteOptions | undefined>(PROCESS_ROUTE_KEY, [context.getHandler(), context.getClass()]);
    if (!route || request.params[route.param] === undefined) return true;
    const scope = await this.foundProcess(request, route);
    if (!scope) return true;
    if (principal.role === 'officer' && scope.publicParty === principal.publicParty) request.actingParty = 'PUBLIC';
    else if (principal.role === 'organisation_rep') request.actingParty = principal.organisationNumber;
    return true;
  }

  /**
   * An organisation's representative applies to join a framework for their own organisation, which is not (yet)
   * party to it; the application's audit entry is kept in the framework's chain.
   */
  private async mayApply(principal: Principal, request: AuthenticatedRequest, context: ExecutionContext): Promise<boolean> {
    if (principal.role === 'auditor') throw READ_ONLY();
    if (principal.role !== 'organisation_rep')
      throw forbidden(
        'REPRESENTATIVE_ONLY',
        "Only an organisation's representative can apply for it to join.",
        'Bara en företrädare för en organisation kan ansöka om att den ska ansluta sig.',
      );
    await this.foundProcess(request, this.processRouteOf(context));
    request.actingParty = principal.organisationNumber;
    return true;
  }

  /** A representative submits an initiative for their own organisation only (compared canonically). */
  private maySubmitInitiative(principal: Principal, request: AuthenticatedRequest): boolean {
    if (principal.role === 'auditor') throw READ_ONLY();
    if (principal.role !== 'organisation_rep')
      throw forbidden(
        'REPRESENTATIVE_ONLY',
        "Only an organisation's representative can submit its initiative.",
        'Bara en företrädare för en organisation kan lämna in dess initiativ.',
      );
    const requested = (request.body as { organisation?: { organisationNumber?: unknown } } | undefined)?.organisation?.organisationNumber;
    const parsed = typeof requested === 'string' ? parseOrganisationNumber(requested) : undefined;
    // A malformed number is the validation pipe's to answer, with the field named.
    if (parsed?.ok && parsed.value !== principal.organisationNumber) {
      throw forbidden(
        'NOT_YOUR_ORGANISATION',
        `You act for ${principal.organisationNumber}, not for ${parsed.value}.`,
        `Du företräder ${principal.organisationNumber}, inte ${parsed.value}.`,
      );
    }
    return true;
  }

  /** The route's process, left on the request as its audit entry's chain; 404 when there is none of its kind. */
  private async foundProcess(request: AuthenticatedRequest, route: ProcessRouteOptions) {
    const id = String(request.params[route.param] ?? '').toLowerCase();
    // A malformed id is the validation pipe's to answer, with the field named.
    if (!UUID.test(id)) return undefined;
    const scope = await this.processes.findScope(route.kind, id);
    if (!scope) throw route.notFound(id);
    request.process = { kind: route.kind, id };
    return scope;
  }

  /** Which process the route concerns (its kind, its path parameter); a process policy without one fails closed. */
  private processRouteOf(context: ExecutionContext): ProcessRouteOptions {
    const route = this.reflector.getAllAndOverride<ProcessRouteOptions | undefined>(PROCESS_ROUTE_KEY, [context.getHandler(), context.getClass()]);
    if (!route)
      throw forbidden(
        'NO_POLICY',
        'This route names no kind of process for its policy.',
        'Vägen anger inte vilken sorts process dess behörighetsregel gäller.',
      );
    return route;
  }

  /**
   * The party the principal is in the route's process, or 404 when they have none (auditors read as nobody's). The
   * process found is left on the request: the chain its audit entry belongs to.
   */
  private async partyInProcess(
    principal: Principal,
    request: AuthenticatedRequest,
    route: ProcessRouteOptions,
    intent: 'read' | 'act',
  ): Promise<string | undefined> {
    const id = String(request.params[route.param] ?? '').toLowerCase();
    // A malformed id is the validation pipe's to answer, with the field named.
    if (!UUID.test(id)) return undefined;
    const scope = await this.processes.findScope(route.kind, id);
    if (!scope) throw route.notFound(id);
    const found = (party: string | undefined) => {
      request.process = { kind: route.kind, id };
      return party;
    };
    if (principal.role === 'auditor' && intent === 'read') return found(undefined);
    // The process's own chain receives the audit entry only of a caller who is party to it.
    if (principal.role === 'officer' && scope.publicParty === principal.publicParty) return found('PUBLIC');
    if (principal.role === 'organisation_rep' && scope.organisationNumbers.includes(principal.organisationNumber!))
      return found(principal.organisationNumber);
    throw route.notFound(id);
  }

  /**
   * The case as an e-archive package holds every handling, secrecy-marked ones too: the public party's officers and
   * auditors take it. A representative of one of the partnership's organisations is told so; to anyone else the
   * partnership does not exist.
   */
  private async mayArchive(principal: Principal, request: AuthenticatedRequest, context: ExecutionContext): Promise<boolean> {
    const party = await this.partyInProcess(principal, request, this.processRouteOf(context), 'read');
    // Without a process found the id was malformed: the validation pipe answers, naming the field.
    if (principal.role === 'organisation_rep' && request.process)
      throw forbidden(
        'ARCHIVE_PUBLIC_PARTY_ONLY',
        "Only the public party's officers and auditors export the case for the e-archive.",
        'Bara den offentliga partens tjänstepersoner och granskare exporterar ärendet till e-arkivet.',
      );
    request.actingParty = party;
    return true;
  }

  /** Whose entries an officer may confirm is decided here; that it is not their own entry, by the service. */
  private async mayConfirmSignatory(principal: Principal, request: AuthenticatedRequest): Promise<boolean> {
    if (principal.role === 'auditor') throw READ_ONLY();
    if (principal.role !== 'officer') throw SignatoryRefusals.officerOnly();
    const id = String(request.params.id ?? '');
    // A malformed id is the validation pipe's to answer, with the field named.
    if (!UUID.test(id)) return true;
    if (!(await this.signatories.isConfirmableBy(id, principal.publicParty!))) throw SignatoryRefusals.notFound(id);
    return true;
  }

  private mayReadOrganisationTasks(principal: Principal, request: AuthenticatedRequest): boolean {
    if (principal.role !== 'organisation_rep') return true;
    const parsed = parseOrganisationNumber(String(request.params.organisationNumber ?? ''));
    if (parsed.ok && parsed.value !== principal.organisationNumber) throw organisationNotFound(parsed.value);
    return true;
  }
}
