import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { ApiErrorBody } from '../common/api-error';
import { Policy } from '../identity/policy';
import { ApiMetrics } from './api-metrics';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  /** The Prometheus exposition of this API process (each instance is scraped on its own). */
  @Get()
  @Policy('metrics:scrape')
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  @ApiBearerAuth()
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Requests per route, moves by outcome and reason, read-model writes and the process, in Prometheus text format',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiUnauthorizedResponse({ type: ApiErrorBody, description: 'METRICS_TOKEN is set and the request did not bring it' })
  scrape(): Promise<string> {
    return this.metrics.text();
  }
}
