import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { metricsRegistry } from '@app/core';
import { ServiceToken } from '@app/identity';

/**
 * Prometheus metrics on the API port, for a scraper holding METRICS_TOKEN. Registered only
 * when that token is set, so without it /metrics is an unknown route (404).
 */
@ApiExcludeController()
@ServiceToken('METRICS_TOKEN')
@Controller('metrics')
export class MetricsController {
  @Get()
  async metrics(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply
      .header('content-type', metricsRegistry.contentType)
      .header('cache-control', 'no-store');
    return metricsRegistry.metrics();
  }
}
