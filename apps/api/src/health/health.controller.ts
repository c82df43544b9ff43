import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { TemporalHealthIndicator } from './temporal.health';
import { ReadModelAlertsHealthIndicator } from './read-model-alerts.health';
import { Policy } from '../identity/policy';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly temporal: TemporalHealthIndicator,
    private readonly readModelAlerts: ReadModelAlertsHealthIndicator,
  ) {}

  /** 200 when PostgreSQL answers, Temporal answers and a worker polls the task queue; 503 otherwise. */
  @Get()
  @Policy('public')
  @HealthCheck()
  @ApiOkResponse({ description: 'Every dependency is up' })
  @ApiServiceUnavailableResponse({ description: 'At least one dependency is down; the body says which' })
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 1500 }),
      () => this.temporal.isConnected('temporal'),
      () => this.temporal.hasPollingWorker('worker'),
      () => this.readModelAlerts.check('readModel'),
    ]);
  }
}
