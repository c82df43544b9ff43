import { Controller, Get, HttpException, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { HealthConditions, TemporalHealthIndicator } from './temporal.health';
import { ReadModelAlertsHealthIndicator } from './read-model-alerts.health';
import { DrainState } from './drain-state';
import { fullHealthSchema, healthReportSchema } from './health-schemas';
import { Policy } from '../identity/policy';

/**
 * Three questions for three askers: is the process alive (an orchestrator restarts it when not), may it take requests
 * (a load balancer routes to it when so), and the whole picture (monitoring and people).
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly readModelAlerts: ReadModelAlertsHealthIndicator,
    private readonly drain: DrainState,
  ) {}

  /**
   * The full report: PostgreSQL, Temporal and the read model's alerts decide the status; whether a worker polls and
   * whether moves are being processed are reported conditions beside them, which never make it 503.
   */
  @Get()
  @Policy('public')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Every dependency and the reported conditions (worker polling, moves processed)' })
  @ApiOkResponse({
    description: 'PostgreSQL and Temporal answer; `conditions` says whether a worker polls and moves are processed',
    schema: fullHealthSchema('ok'),
  })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Temporal does not answer; the body says which', schema: fullHealthSchema('error') })
  async check(): Promise<HealthCheckResult & { conditions: HealthConditions }> {
    const [report, conditions] = await Promise.all([
      this.report([
        () => this.database.pingCheck('database', { timeout: 1500 }),
        () => this.temporal.isConnected('temporal'),
        () => this.readModelAlerts.check('readModel'),
      ]),
      this.temporal.conditions(),
    ]);
    const body = { ...report.body, conditions };
    if (!report.ok) throw new ServiceUnavailableException(body);
    return body;
  }

  /** The process runs and answers HTTP; nothing else is asked, so that an outage elsewhere never restarts it. */
  @Get('live')
  @Policy('public')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({
    description: 'The process runs',
    schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } },
  })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL and Temporal answer and the process is not draining. A worker is not asked (see /health). */
  @Get('ready')
  @Policy('public')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Readiness: PostgreSQL and Temporal answer, and the API is not draining' })
  @ApiOkResponse({ description: 'The API may take requests', schema: healthReportSchema('ok') })
  @ApiServiceUnavailableResponse({
    description: 'A dependency is down or the API is draining (`process`); the body says which',
    schema: healthReportSchema('error'),
  })
  async ready(): Promise<HealthCheckResult> {
    const report = await this.report([
      () => this.drain.check('process'),
      () => this.database.pingCheck('database', { timeout: 1500 }),
      () => this.temporal.isConnected('temporal'),
    ]);
    if (!report.ok) throw new ServiceUnavailableException(report.body);
    return report.body;
  }

  /** Terminus's report whether it passed or not (it throws the failing one as a 503 with the same body). */
  private async report(checks: Parameters<HealthCheckService['check']>[0]): Promise<{ ok: boolean; body: HealthCheckResult }> {
    try {
      return { ok: true, body: await this.health.check(checks) };
    } catch (error) {
      if (error instanceof HttpException) return { ok: false, body: error.getResponse() as HealthCheckResult };
      throw error;
    }
  }
}
