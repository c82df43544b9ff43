import { DynamicModule, Module, OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '@iop/config';
import { ApiMetrics } from './api-metrics';
import { MetricsController } from './metrics.controller';

/**
 * The API's Prometheus metrics: the registry every part of the API records into (global, so the services that time
 * a write need no import), and GET /metrics. With METRICS_ENABLED=false the route does not exist (404) and nothing
 * is collected. A method, as AppConfigModule.forRoot is, because tests set the environment before they build the app.
 */
@Module({})
export class MetricsModule implements OnApplicationShutdown {
  constructor(private readonly metrics: ApiMetrics) {}

  static register(): DynamicModule {
    // The value itself ('true' | 'false', default 'true') is validated with the rest of the environment.
    const enabled = process.env.METRICS_ENABLED !== 'false';
    return {
      module: MetricsModule,
      global: true,
      controllers: enabled ? [MetricsController] : [],
      providers: [{ provide: ApiMetrics, inject: [Environment], useFactory: (env: Environment) => new ApiMetrics(env.METRICS_ENABLED === 'true') }],
      exports: [ApiMetrics],
    };
  }

  onApplicationShutdown(): void {
    this.metrics.registry.clear();
  }
}
