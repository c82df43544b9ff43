import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { TemporalHealthIndicator } from './temporal.health';
import { ReadModelAlertsHealthIndicator } from './read-model-alerts.health';
import { DrainState } from './drain-state';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [TemporalHealthIndicator, ReadModelAlertsHealthIndicator, DrainState],
  exports: [DrainState],
})
export class HealthModule {}
