import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * How many read-model writes PostgreSQL refused as data (see GET /reports/read-model-alerts). Reported, not a
 * failure of the service: one partnership's refused write must not make a load balancer take the API away from
 * everyone else's. Monitoring alerts on `alerts > 0`.
 */
@Injectable()
export class ReadModelAlertsHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async check(key: string) {
    const indicator = this.indicators.check(key);
    try {
      const [row] = (await this.dataSource.query(`SELECT count(*)::int AS alerts FROM read_model_alerts`)) as { alerts: number }[];
      return indicator.up({ alerts: row.alerts });
    } catch {
      // The database check beside this one names an outage; this one only counts.
      return indicator.up({ alerts: null });
    }
  }
}
