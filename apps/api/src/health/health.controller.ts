import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { AppError, UNAVAILABLE_RETRY_AFTER_SECONDS } from '@app/core';
import { Public } from '@app/identity';
import { SEARCH_ENGINE, type SearchEngine } from '@app/search';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
} from '@nestjs/terminus';

const CHECK_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
  ) {}

  @Get('live')
  @HealthCheck()
  @ApiOperation({
    summary: 'The process is up (no dependency is checked).',
    description:
      'Liveness probe for the orchestrator: answers 200 as long as the process runs, without touching the database or the search index (so a slow dependency never gets the process restarted).',
  })
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: 'The process can serve requests: its database and its search index answer.',
    description:
      'Readiness probe: 200 when PostgreSQL and the search engine both answer, 503 with the failing check otherwise, so a load balancer stops sending traffic to this process until they recover.',
  })
  @ApiServiceUnavailableResponse({
    description:
      'problem+json `CORE.UNAVAILABLE` with Retry-After; `checks` says which dependency is down.',
  })
  async ready() {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: CHECK_TIMEOUT_MS }),
        () =>
          this.indicators
            .check('search')
            .attempt(async () => {
              if (!(await this.search.isHealthy())) throw new Error('search index not ready');
            })
            .withTimeout(CHECK_TIMEOUT_MS),
      ]);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) throw notReady(error);
      throw error;
    }
  }
}

/** Terminus's 503 as our problem document: which check is down, never why (no internals). */
function notReady(error: ServiceUnavailableException): AppError {
  const result = error.getResponse() as Partial<HealthCheckResult>;
  const checks = Object.fromEntries(
    Object.entries(result.details ?? {}).map(([name, detail]) => [name, detail.status]),
  );
  const down = Object.keys(checks).filter((name) => checks[name] !== 'up');
  const message =
    result.status === 'shutting_down' || down.length === 0
      ? 'Not ready: the process is shutting down.'
      : `Not ready: ${down.join(' and ')} ${down.length > 1 ? 'are' : 'is'} down.`;
  // `notReady` picks the catalogue's sentence (the checks are `database` and `search`).
  const notReady =
    result.status === 'shutting_down' || down.length === 0
      ? 'shuttingDown'
      : down.length > 1
        ? 'both'
        : down[0];
  return new AppError('unavailable', 'CORE.UNAVAILABLE', message, {
    retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    details: { checks },
    params: { notReady },
  });
}
